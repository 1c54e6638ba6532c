/**
 * The chat on the phone: a header with the contact's name and the latest messages as bubbles,
 * drawn live over the phone in the backdrop (draw-place.ts). Text only, never images. The canvas
 * stays aria-hidden: the HTML layer shows the same messages.
 *
 * Layout maths is in phone-layout.ts; this file only makes and moves the Phaser objects.
 */
import Phaser from 'phaser';
import { drawCharacter } from './draw-character.ts';
import { phoneColors, phoneTop } from './draw-place.ts';
import { FADE_MS, figureLook, inkFor, mix } from './look.ts';
import type { PhoneScreen } from './stage.ts';
import { PLACE_PALETTES, type PlacePalette } from './look.ts';
import { Painter } from './paint.ts';
import {
  BUBBLE_IN_MS,
  BUBBLE_RISE,
  CALL,
  callStatus,
  bubbleHeight,
  bubbleWidth,
  bubbleText,
  bubbleX,
  carriedOver,
  CHAT,
  CHAT_INK,
  clampLines,
  cssColor,
  initialOf,
  maxTextLines,
  needsSenderLabel,
  PHONE,
  recentMessages,
  sameMessages,
  sideOf,
  stackBubbles,
  SYSTEM_ICON,
  wrapWidth,
} from './phone-layout.ts';
import type { PhoneMessage } from './phone-layout.ts';

type Bubble = {
  readonly message: PhoneMessage;
  readonly root: Phaser.GameObjects.Container;
  readonly height: number;
};

/** Everything on the screen for one look (normal or high contrast). */
type Layer = {
  readonly root: Phaser.GameObjects.Container;
  /** Bubbles go in here, under the header that hides the ones scrolled up. */
  readonly chat: Phaser.GameObjects.Container;
  readonly header: Phaser.GameObjects.Container;
  readonly highContrast: boolean;
  owner: string | null;
  contact: string | null;
  /** The messages laid out, oldest first, and their bubbles (null: scrolled off the top). */
  messages: PhoneMessage[];
  bubbles: (Bubble | null)[];
};

export type PhoneShow = {
  /** Show the chat (we are at the phone) or not. */
  readonly visible: boolean;
  /** What the screen shows: chat (bubbles), or a call or video call (no bubbles). */
  readonly screen: PhoneScreen | null;
  readonly messages: readonly PhoneMessage[];
  readonly owner: string | null;
  readonly highContrast: boolean;
  /** No tweens at all. */
  readonly instant: boolean;
  /** The place has just changed: come and go with the backdrop's cross-fade. */
  readonly withBackdrop: boolean;
};

export class PhoneView {
  private layer: Layer | null = null;
  /** Layers fading out, kept so that a shutdown mid-fade can still clean them up. */
  private readonly leaving = new Set<Layer>();
  /** A call or video call on screen, and what it was drawn for. */
  private call: { readonly key: string; readonly root: Phaser.GameObjects.Container } | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly res: number,
    private readonly depth: number,
  ) {}

  show(s: PhoneShow): void {
    const calling = s.visible && s.screen !== null && s.screen.mode !== 'chat' ? s.screen : null;
    this.showCall(calling, s);
    if (!s.visible || calling) {
      this.hide(s.instant);
      return;
    }
    this.contact = s.screen?.contact ?? null;
    const messages = recentMessages(s.messages);
    const current = this.layer;
    if (current === null || current.highContrast !== s.highContrast) {
      // A new look, or arriving at the phone: build it all. High contrast swaps at once.
      const lookOnly = current !== null;
      if (current !== null) this.drop(current);
      this.layer = null;
      const layer = this.makeLayer(s.highContrast);
      this.layer = layer;
      this.update(layer, messages, s.owner, false);
      if (!s.instant && !lookOnly && s.withBackdrop) {
        layer.root.setAlpha(0);
        this.scene.tweens.add({ targets: layer.root, alpha: 1, duration: FADE_MS, ease: 'Sine.easeInOut' });
      }
      return;
    }
    this.update(current, messages, s.owner, !s.instant);
  }

  /** Who the chat is with (call-track.ts decides it, for the text's header too); null: nobody yet. */
  private contact: string | null = null;

  /** Draw, swap or take away the call screen. */
  private showCall(screen: PhoneScreen | null, s: PhoneShow): void {
    const key = screen === null ? null : JSON.stringify([screen, s.highContrast]);
    if (this.call?.key === key) return;
    const old = this.call;
    this.call = null;
    if (old) {
      this.scene.tweens.killTweensOf(old.root);
      old.root.destroy();
    }
    if (screen === null || key === null || screen.mode === 'chat') return;
    const root = this.scene.add.container(0, 0).setDepth(this.depth + 1);
    this.drawCall(root, screen, s.highContrast);
    if (!s.instant && s.withBackdrop) {
      root.setAlpha(0);
      this.scene.tweens.add({ targets: root, alpha: 1, duration: FADE_MS, ease: 'Sine.easeInOut' });
    }
    this.call = { key, root };
  }

  private drawCall(root: Phaser.GameObjects.Container, screen: PhoneScreen, hc: boolean): void {
    const mode = screen.mode === 'chat' ? 'bellen' : screen.mode;
    const c = this.palette();
    const k = phoneColors(c);
    const ink = inkFor(hc);
    const { screen: area, body } = PHONE;
    const g = this.scene.make.graphics({}, false);
    const p = new Painter(g, ink);
    const light = mode !== 'video';
    const textColor = light ? CHAT_INK.text[hc ? 'hc' : 'std'] : 0xffffff;
    const subColor = light ? CHAT_INK.label[hc ? 'hc' : 'std'] : 0xe8eef2;
    // The whole screen, over the chat's header and message field.
    p.rect(area.x, area.y, area.w, area.h, light ? mix(k.screen, 0xffffff, 0.25) : 0x2a3440, { r: area.r, line: false });
    root.add(g);
    if (mode === 'video') {
      // The contact, large, as on a video call: head and shoulders fill the screen.
      const face = this.scene.make.graphics({}, false);
      const fp = new Painter(face, ink);
      const k2 = CALL.face.scale;
      fp.rect((area.x - CALL.face.x) / k2, (area.y - CALL.face.headY) / k2, area.w / k2, area.h / k2, mix(0x3b4a58, 0x6f8796, 0.4), { line: false, raw: true });
      if (screen.face) {
        const look = figureLook(screen.face);
        drawCharacter(fp, look, 0, 178 * look.height, false, hc, screen.face.expression);
      }
      face.setScale(CALL.face.scale).setPosition(CALL.face.x, CALL.face.headY);
      root.add(face);
      // The shoulders go on below the screen: the phone's lower rim, redrawn on top, covers them.
      const rim = this.scene.make.graphics({}, false);
      const rp = new Painter(rim, ink);
      const bottom = area.y + area.h;
      rp.rect(body.x - 10, body.y + body.h, body.w + 20, 20, c.wall, { line: false });
      rp.rect(body.x, bottom - 40, body.w, body.y + body.h - bottom + 40, c.main, { r: { tl: 0, tr: 0, bl: body.r, br: body.r } });
      rp.rect(area.x, bottom - 40, area.w, 40, 0x2a3440, { r: { tl: 0, tr: 0, bl: area.r, br: area.r }, line: false });
      // The bar with the buttons, and yourself in a small frame.
      rp.rect(area.x, CALL.bar.y, area.w, CALL.bar.h, 0x000000, { alpha: 0.45, line: false, raw: true });
      const self = CALL.self;
      rp.rect(self.x - 2, self.y - 2, self.w + 4, self.h + 4, 0xffffff, { r: self.r + 2 });
      rp.rect(self.x, self.y, self.w, self.h, 0x55636f, { r: self.r, line: false });
      rp.circle(self.x + self.w / 2, self.y + 38, 15, 0xd9b08c);
      rp.rect(self.x + 12, self.y + 58, self.w - 24, self.h - 58, 0x4f6d7a, { r: { tl: 14, tr: 14, bl: self.r, br: self.r } });
      rp.rect(self.x + 20, self.y + 20, 30, 9, 0x3d2b22, { r: 5, line: false });
      rp.rect(area.x, area.y + 26, area.w, 44, 0x000000, { alpha: 0.35, line: false, raw: true });
      this.callButtons(rp, CALL.bar.y + CALL.bar.h / 2, mode, true);
      root.add(rim);
      const name = this.text(screen.contact ?? '', CHAT.nameSize, textColor, true);
      name.setOrigin(0, 0.5).setPosition(area.x + 16, area.y + 48);
      this.fitName(name, screen.contact ?? '', self.x - 8 - (area.x + 16));
      root.add(name);
      return;
    }
    // A call: the contact's initial in a circle, the name, the status, the buttons.
    const av = CALL.avatar;
    p.circle(av.x, av.y, av.r, k.avatar);
    const initial = this.text(initialOf(screen.contact ?? ''), 40, 0xffffff, true);
    initial.setOrigin(0.5, 0.5).setPosition(av.x, av.y);
    const name = this.text(screen.contact ?? '', 22, textColor, true);
    name.setOrigin(0.5, 0.5).setPosition(CALL.name.x, CALL.name.y);
    this.fitName(name, screen.contact ?? '', area.w - 32);
    const status = this.text(callStatus(mode), CHAT.labelSize + 2, subColor, false);
    status.setOrigin(0.5, 0.5).setPosition(CALL.status.x, CALL.status.y);
    this.callButtons(p, CALL.buttons.y, mode, false);
    root.add([initial, name, status]);
  }

  /** Round buttons: mute, speaker (lit on the speaker), keypad or camera, and hang up. */
  private callButtons(p: Painter, y: number, mode: 'bellen' | 'luidspreker' | 'video', dark: boolean): void {
    const c = this.palette();
    const xs = CALL.buttons.xs;
    const r = dark ? 17 : CALL.buttons.r;
    const off = dark ? 0x5b6670 : mix(c.soft, c.main, 0.25);
    xs.forEach((x, i) => {
      const lit = (i === 1 && mode === 'luidspreker') || (i === 2 && mode === 'video');
      const bx = dark && i === 1 ? x - 35 : x;
      if (dark && i === 2) return;
      p.circle(bx, y, r, lit ? 0xffffff : off);
      const mark = lit ? c.main : dark ? 0xffffff : c.main;
      if (i === 0) {
        // a microphone
        p.rect(bx - 4, y - 10, 8, 13, mark, { r: 4, line: false });
        p.line(bx, y + 4, bx, y + 9, mark, 2);
      } else if (i === 1) {
        // a loudspeaker with waves
        p.poly([bx - 8, y - 4, bx - 3, y - 4, bx + 3, y - 9, bx + 3, y + 9, bx - 3, y + 4, bx - 8, y + 4], mark, { line: false });
        p.line(bx + 7, y - 4, bx + 7, y + 4, mark, 2);
      } else {
        // a camera
        p.rect(bx - 9, y - 6, 12, 12, mark, { r: 2, line: false });
        p.poly([bx + 3, y, bx + 9, y - 5, bx + 9, y + 5], mark, { line: false });
      }
    });
    const h = dark ? { x: xs[1] + 35, y, r: 19 } : { x: CALL.hangUp.x, y: CALL.hangUp.y, r: CALL.hangUp.r };
    p.circle(h.x, h.y, h.r, 0xc0392b);
    // the handset, turned down
    p.rect(h.x - 11, h.y - 3, 22, 7, 0xffffff, { r: 3, line: false });
  }

  /** Shorten a name that does not fit rather than run off the screen. */
  private fitName(label: Phaser.GameObjects.Text, full: string, room: number): void {
    for (let keep = [...full].length - 1; label.width > room && keep > 0; keep--) {
      label.setText(`${[...full].slice(0, keep).join('').trimEnd()}…`);
    }
  }

  destroy(): void {
    if (this.call) this.call.root.destroy();
    this.call = null;
    for (const layer of this.leaving) this.drop(layer);
    this.leaving.clear();
    if (this.layer) this.drop(this.layer);
    this.layer = null;
  }

  private hide(instant: boolean): void {
    const layer = this.layer;
    if (layer === null) return;
    this.layer = null;
    if (instant) {
      this.drop(layer);
      return;
    }
    this.leaving.add(layer);
    this.scene.tweens.killTweensOf(layer.root);
    this.scene.tweens.add({
      targets: layer.root,
      alpha: 0,
      duration: FADE_MS,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        this.leaving.delete(layer);
        this.drop(layer);
      },
    });
  }

  private drop(layer: Layer): void {
    this.scene.tweens.killTweensOf(layer.root);
    for (const b of layer.bubbles) if (b) this.scene.tweens.killTweensOf(b.root);
    layer.root.destroy();
  }

  // -------------------------------------------------------------------------------------------

  private palette(): PlacePalette {
    // a typed key, not the place id: importing places.ts here split it into a chunk of its own
    return PLACE_PALETTES.telefoon;
  }

  private makeLayer(highContrast: boolean): Layer {
    const chat = this.scene.make.container({}, false);
    const header = this.scene.make.container({}, false);
    const root = this.scene.add.container(0, 0, [chat, header]).setDepth(this.depth);
    return { root, chat, header, highContrast, owner: null, contact: null, messages: [], bubbles: [] };
  }

  /** Bring a layer in line with these messages; with `animate`, bubbles that are new move in. */
  private update(layer: Layer, messages: PhoneMessage[], owner: string | null, animate: boolean): void {
    const contact = this.contact;
    const ownerChanged = owner !== layer.owner;
    if (!ownerChanged && contact === layer.contact && sameMessages(messages, layer.messages)) return;

    if (ownerChanged || contact !== layer.contact || layer.header.length === 0) {
      this.drawHeader(layer, contact, messages.length > 0 || contact !== null);
    }

    // Bubbles that carry over keep their objects (sides and labels depend on owner and contact).
    const kept = ownerChanged || contact !== layer.contact ? 0 : carriedOver(layer.messages, messages);
    const gone = layer.bubbles.length - kept;
    for (const b of layer.bubbles.slice(0, gone)) this.dropBubble(b);
    const reused = layer.bubbles.slice(gone);
    // A carried-over message that had scrolled off has no bubble: it is made again (and will be
    // off screen again, since the chat only moves on).
    const bubbles: Bubble[] = messages.map(
      (m, i) => (i < kept ? reused[i] : null) ?? this.makeBubble(layer, m, owner, contact),
    );

    const placed = stackBubbles(bubbles.map((b) => b.height));
    const shown = new Set(placed.map((p) => p.index));
    for (const p of placed) {
      const b = bubbles[p.index];
      if (b === undefined) continue;
      this.scene.tweens.killTweensOf(b.root);
      if (!animate || p.index < kept) {
        // Reduced motion, or the chat comes with the backdrop or a new look: all in place at
        // once. Older bubbles step up; only new ones move.
        b.root.setY(p.y).setAlpha(1);
      } else {
        b.root.setY(p.y + BUBBLE_RISE).setAlpha(0);
        this.scene.tweens.add({
          targets: b.root,
          y: p.y,
          alpha: 1,
          duration: BUBBLE_IN_MS,
          delay: Math.min(p.index - kept, 3) * 90,
          ease: 'Cubic.easeOut',
        });
      }
    }
    layer.bubbles = bubbles.map((b, i) => {
      if (shown.has(i)) return b;
      this.dropBubble(b);
      return null;
    });
    layer.messages = messages;
    layer.owner = owner;
    layer.contact = contact;
  }

  private dropBubble(b: Bubble | null): void {
    if (b === null) return;
    this.scene.tweens.killTweensOf(b.root);
    b.root.destroy();
  }

  private text(content: string, size: number, color: number, bold: boolean, wrap?: number): Phaser.GameObjects.Text {
    const style: Phaser.Types.GameObjects.Text.TextStyle = {
      fontFamily: CHAT.font,
      fontSize: `${size}px`,
      fontStyle: bold ? 'bold' : '',
      color: cssColor(color),
      lineSpacing: CHAT.lineSpacing,
      resolution: this.res,
    };
    if (wrap !== undefined) style.wordWrap = { width: wrap, useAdvancedWrap: true };
    return new Phaser.GameObjects.Text(this.scene, 0, 0, content, style);
  }

  private drawHeader(layer: Layer, contact: string | null, cover: boolean): void {
    layer.header.removeAll(true);
    if (!cover) return;
    const hc = layer.highContrast;
    const g = this.scene.make.graphics({}, false);
    phoneTop(new Painter(g, inkFor(hc)), this.palette());
    layer.header.add(g);
    if (contact === null) return;
    const { header } = PHONE;
    const left = header.x + 76;
    const name = this.text(contact, CHAT.nameSize, CHAT_INK.text[hc ? 'hc' : 'std'], true);
    name.setOrigin(0, 0.5).setPosition(left, header.y + header.h / 2);
    // A very long name is shortened rather than run off the screen.
    const room = header.x + header.w - 12 - left;
    for (let keep = [...contact].length - 1; name.width > room && keep > 0; keep--) {
      name.setText(`${[...contact].slice(0, keep).join('').trimEnd()}…`);
    }
    layer.header.add(name);
  }

  private makeBubble(layer: Layer, message: PhoneMessage, owner: string | null, contact: string | null): Bubble {
    const hc = layer.highContrast;
    const side = sideOf(message.from, owner);
    const ink = inkFor(hc);
    const colors = phoneColors(this.palette());
    const textColor = CHAT_INK.text[hc ? 'hc' : 'std'];
    const labelColor = CHAT_INK.label[hc ? 'hc' : 'std'];

    const body = this.text(bubbleText(message.text), CHAT.fontSize, textColor, false, wrapWidth(side));
    // A message longer than the chat is cut with an ellipsis: the HTML layer has all of it.
    const lines = body.getWrappedText();
    const lineHeight = body.height / Math.max(1, lines.length);
    const max = maxTextLines(lineHeight);
    if (lines.length > max) body.setText(clampLines(lines, max).join('\n'));

    const parts: Phaser.GameObjects.GameObject[] = [];
    const g = this.scene.make.graphics({}, false);
    parts.push(g);
    let top = CHAT.padY;
    let labelW = 0;
    if (side === 'system') {
      // A notification: a small app icon with the app's initial and the app's name, then the text.
      const mark = this.text(initialOf(message.from), 13, 0xffffff, true);
      mark.setOrigin(0.5, 0.5).setPosition(CHAT.padX + SYSTEM_ICON / 2, top + SYSTEM_ICON / 2);
      const label = this.text(message.from, CHAT.labelSize, labelColor, true);
      label.setOrigin(0, 0.5).setPosition(CHAT.padX + SYSTEM_ICON + 8, top + SYSTEM_ICON / 2);
      parts.push(mark, label);
      top += SYSTEM_ICON + 4;
    } else if (needsSenderLabel(message, contact, owner)) {
      // A second person in the chat: their name above their words.
      const label = this.text(message.from, CHAT.labelSize, labelColor, true);
      label.setPosition(CHAT.padX, top);
      parts.push(label);
      labelW = label.width;
      top += label.height + 2;
    }
    body.setPosition(CHAT.padX, top);
    parts.push(body);

    const w = bubbleWidth(side, Math.max(body.width, labelW));
    const h = bubbleHeight(body.height, top - CHAT.padY);
    const x = bubbleX(side, w);
    const p = new Painter(g, ink);
    const fill = side === 'own' ? colors.own : side === 'system' ? colors.system : colors.other;
    const r = CHAT.radius;
    // A chat tail: the corner nearest the sender is sharper.
    const corners =
      side === 'own' ? { tl: r, tr: r, bl: r, br: 4 } : side === 'other' ? { tl: r, tr: r, bl: 4, br: r } : r;
    p.rect(0, 0, w, h, fill, { r: corners });
    if (side === 'system') p.rect(CHAT.padX, CHAT.padY, SYSTEM_ICON, SYSTEM_ICON, colors.icon, { r: 6 });

    const root = this.scene.make.container({ x, y: 0 }, false);
    root.add(parts);
    layer.chat.add(root);
    return { message, root, height: h };
  }
}
