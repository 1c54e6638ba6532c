/**
 * The chat on the phone, as plain data: where the phone and its parts are, which messages are
 * shown and where each bubble goes. No `phaser` here, so all of it runs (and is tested) in Node;
 * the drawing is in phone-view.ts (bubbles and text) and draw-place.ts (the phone itself).
 *
 * Only text is ever shown in a bubble: threats and demands are words on a screen, never images.
 */
import type { Color } from './look.ts';
import { isSystemSender, sameName } from './names.ts';

export { isSystemSender };

/** One message on the phone, as the WorldState gives it. */
export type PhoneMessage = { readonly from: string; readonly text: string };

/** Own messages on the right, the other side's on the left, notifications of an app centred. */
export type BubbleSide = 'own' | 'other' | 'system';

type Box = { readonly x: number; readonly y: number; readonly w: number; readonly h: number };

// ---------------------------------------------------------------------------------------------
// Geometry, in world units (the world is 960 x 400). The phone is drawn a little wider than a
// real one so that a line of chat text at a readable size holds a few words.

const BODY = { x: 330, y: 6, w: 300, h: 388, r: 34 } as const;
const BEZEL = 10;
const SCREEN = { x: BODY.x + BEZEL, y: BODY.y + BEZEL, w: BODY.w - 2 * BEZEL, h: BODY.h - 2 * BEZEL, r: 24 } as const;
/** Above the header: the notch and the status bar. */
const STATUS_H = 26;
const HEADER = { x: SCREEN.x, y: SCREEN.y + STATUS_H, w: SCREEN.w, h: 50 } as const;
/** The message field at the bottom. */
const COMPOSER = { x: SCREEN.x + 12, y: SCREEN.y + SCREEN.h - 42, w: SCREEN.w - 60, h: 32 } as const;

export const PHONE = {
  body: BODY,
  screen: SCREEN,
  notch: { x: BODY.x + BODY.w / 2 - 26, y: SCREEN.y + 8, w: 52, h: 11 },
  header: HEADER,
  composer: COMPOSER,
  send: { x: SCREEN.x + SCREEN.w - 28, y: COMPOSER.y + COMPOSER.h / 2, r: 16 },
  /** Where bubbles may be: between the header and the composer. */
  chat: {
    left: SCREEN.x + 10,
    right: SCREEN.x + SCREEN.w - 10,
    top: HEADER.y + HEADER.h + 8,
    bottom: COMPOSER.y - 10,
  },
} as const satisfies {
  readonly body: Box & { readonly r: number };
  readonly screen: Box & { readonly r: number };
  readonly notch: Box;
  readonly header: Box;
  readonly composer: Box;
  readonly send: { readonly x: number; readonly y: number; readonly r: number };
  readonly chat: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
};

/** Text and bubble sizes. 17 px at the 960 x 400 world: as large as the lines under it allow. */
export const CHAT = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  fontSize: 17,
  /** Extra space between wrapped lines. */
  lineSpacing: 3,
  /** The sender's name above a bubble (only when several people write) and an app's name. */
  labelSize: 14,
  nameSize: 18,
  padX: 12,
  padY: 8,
  /** Between bubbles. */
  gap: 8,
  /** A bubble never gets wider than this share of the chat width, so the sides stay clear. */
  maxShare: 0.86,
  minWidth: 44,
  radius: 14,
} as const;

/** Text colours: near-black on the light bubbles, black in high contrast; names a dark blue. */
export const CHAT_INK = {
  text: { std: 0x15181c, hc: 0x000000 },
  label: { std: 0x3d5566, hc: 0x0a2233 },
} as const;

/** At most this many messages are laid out (the caller gives ~5; the rest would be off screen). */
export const MAX_MESSAGES = 8;

/** How long a new bubble takes to slide and fade in, in ms. */
export const BUBBLE_IN_MS = 240;
/** How far below its place a new bubble starts. */
export const BUBBLE_RISE = 14;

// ---------------------------------------------------------------------------------------------
// Which messages, on which side



/** The messages to lay out: trimmed, without empty ones, the latest `max`, oldest first. */
export function recentMessages(messages: readonly PhoneMessage[], max = MAX_MESSAGES): PhoneMessage[] {
  const clean = messages
    .map((m) => ({ from: m.from.trim(), text: m.text.trim() }))
    .filter((m) => m.text !== '');
  return clean.slice(Math.max(0, clean.length - Math.max(0, max)));
}

export function sideOf(from: string, owner: string | null): BubbleSide {
  if (sameName(from, owner)) return 'own';
  if (isSystemSender(from)) return 'system';
  return 'other';
}


/** The sender's name goes above a bubble only when it is not the contact (a second person). */
export function needsSenderLabel(message: PhoneMessage, contact: string | null, owner: string | null): boolean {
  return sideOf(message.from, owner) === 'other' && message.from.trim() !== '' && !sameName(message.from, contact);
}

/** Same messages in the same order? */
export function sameMessages(a: readonly PhoneMessage[], b: readonly PhoneMessage[]): boolean {
  return a.length === b.length && a.every((m, i) => m.from === b[i]?.from && m.text === b[i]?.text);
}

/**
 * How many of the first messages of `after` are the last ones of `before` (the chat moved on by
 * the rest). 0 when nothing carries over: a different chat, or the first look at the phone.
 */
export function carriedOver(before: readonly PhoneMessage[], after: readonly PhoneMessage[]): number {
  for (let n = Math.min(before.length, after.length); n > 0; n--) {
    if (sameMessages(before.slice(before.length - n), after.slice(0, n))) return n;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Bubble maths

/** Width of a chat lane: the chat minus the margins. */
export function chatWidth(): number {
  return PHONE.chat.right - PHONE.chat.left;
}

/** The widest a bubble of this side may be (notifications span the chat). */
export function maxBubbleWidth(side: BubbleSide): number {
  return side === 'system' ? chatWidth() : Math.floor(chatWidth() * CHAT.maxShare);
}

/** Where the text wraps inside a bubble of this side. */
export function wrapWidth(side: BubbleSide): number {
  return maxBubbleWidth(side) - 2 * CHAT.padX;
}

/** Side of the small app icon in a notification; the app's name stands next to it. */
export const SYSTEM_ICON = 22;

/** Bubble width for text that measured `textWidth` after wrapping. */
export function bubbleWidth(side: BubbleSide, textWidth: number): number {
  if (side === 'system') return maxBubbleWidth(side);
  const w = Math.ceil(Math.max(0, textWidth)) + 2 * CHAT.padX;
  return Math.min(maxBubbleWidth(side), Math.max(CHAT.minWidth, w));
}

/** Left edge of a bubble: own ones against the right, the other's against the left. */
export function bubbleX(side: BubbleSide, width: number): number {
  if (side === 'own') return PHONE.chat.right - width;
  if (side === 'system') return PHONE.chat.left + (chatWidth() - width) / 2;
  return PHONE.chat.left;
}

/** Bubble height for text that measured `textHeight` (plus an optional label line). */
export function bubbleHeight(textHeight: number, labelHeight = 0): number {
  return Math.ceil(Math.max(0, textHeight) + Math.max(0, labelHeight) + 2 * CHAT.padY);
}

/**
 * The most lines one message may take, so that even a very long one fits on the screen with
 * room for a label. The HTML layer always has the whole text.
 */
export function maxTextLines(lineHeight: number): number {
  const room = PHONE.chat.bottom - PHONE.chat.top - 2 * CHAT.padY - CHAT.labelSize * 1.4;
  return Math.max(1, Math.floor(room / Math.max(1, lineHeight)));
}

/** A bubble on screen: which message (index into the laid out list) and its top edge. */
export type Placed = { readonly index: number; readonly y: number };

/**
 * Stack bubbles of these heights (oldest first) with the newest on the bottom of the chat.
 * Older bubbles go up and scroll off: a bubble stays while its top is at or below `coverTop`
 * (the top of the screen: the status bar and header, drawn over the bubbles, hide what is above
 * `top`); those higher up are left out. The newest always stays.
 * Returned oldest first.
 */
export function stackBubbles(
  heights: readonly number[],
  area: { readonly top: number; readonly bottom: number; readonly coverTop: number } = {
    top: PHONE.chat.top,
    bottom: PHONE.chat.bottom,
    coverTop: PHONE.screen.y,
  },
  gap: number = CHAT.gap,
): Placed[] {
  const placed: Placed[] = [];
  let bottom = area.bottom;
  for (let i = heights.length - 1; i >= 0; i--) {
    const h = Math.max(0, heights[i] ?? 0);
    const y = bottom - h;
    if (placed.length > 0 && (y < area.coverTop || bottom <= area.top)) break;
    placed.push({ index: i, y });
    bottom = y - gap;
  }
  return placed.reverse();
}

/**
 * The text as shown in a bubble: an amount stays on one line ("€ 2.350,00" does not break after
 * the euro sign), since the wrap only breaks at ordinary spaces.
 */
export function bubbleText(text: string): string {
  return text.trim().replace(/€ +(?=\d)/g, '€\u00a0').replace(/(\d) +€/g, '$1\u00a0€');
}

/**
 * Keep at most `max` wrapped lines; when lines are cut, the last kept one ends in an ellipsis
 * (its last word makes room for it, so the line never gets wider).
 */
export function clampLines(lines: readonly string[], max: number): string[] {
  const n = Math.max(1, Math.floor(max));
  if (lines.length <= n) return [...lines];
  const kept = lines.slice(0, n);
  const last = kept[n - 1] ?? '';
  const shorter = last.replace(/\s*\S+\s*$/, '');
  const base = shorter === '' ? last.slice(0, Math.max(0, last.length - 1)) : shorter;
  kept[n - 1] = /[.!?,;:]$/.test(base) ? `${base} …` : `${base}…`;
  return kept;
}

/** 0xRRGGBB as a CSS colour for text. */
export function cssColor(c: Color): string {
  return `#${(c & 0xffffff).toString(16).padStart(6, '0')}`;
}

/** A short mark for an avatar or app icon: the first letter, upper case ('?' for none). */
export function initialOf(name: string): string {
  const first = [...name.trim()][0];
  return first === undefined ? '?' : first.toLocaleUpperCase('nl-NL');
}

// ---------------------------------------------------------------------------------------------
// Calls: a call screen (name, status, buttons) and a video call (the contact's face, a small
// view of yourself). No bubbles: a call is heard, not read.

/** Where the parts of a call screen go, in world units. */
export const CALL = {
  avatar: { x: SCREEN.x + SCREEN.w / 2, y: SCREEN.y + 120, r: 46 },
  name: { x: SCREEN.x + SCREEN.w / 2, y: SCREEN.y + 192 },
  status: { x: SCREEN.x + SCREEN.w / 2, y: SCREEN.y + 220 },
  /** Round buttons (mute, speaker, keypad) and, below them, the red button to hang up. */
  buttons: { y: SCREEN.y + 272, r: 21, xs: [SCREEN.x + SCREEN.w / 2 - 70, SCREEN.x + SCREEN.w / 2, SCREEN.x + SCREEN.w / 2 + 70] },
  hangUp: { x: SCREEN.x + SCREEN.w / 2, y: SCREEN.y + 334, r: 24 },
  /** Video: the contact fills the screen from this head position; you are in a small frame. */
  face: { x: SCREEN.x + SCREEN.w / 2, headY: SCREEN.y + 150, scale: 2.2 },
  self: { x: SCREEN.x + SCREEN.w - 84, y: SCREEN.y + 36, w: 70, h: 94, r: 10 },
  bar: { y: SCREEN.y + SCREEN.h - 64, h: 64 },
} as const;

/** The words under the name on a call screen, per language of the story (Dutch). */
export function callStatus(mode: 'bellen' | 'luidspreker' | 'video'): string {
  return mode === 'luidspreker' ? 'Luidspreker aan' : mode === 'video' ? 'Videobellen' : 'In gesprek';
}
