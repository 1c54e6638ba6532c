import { describe, expect, it } from 'vitest';
import { phoneColors } from '../../src/scenes/draw-place.ts';
import { contrast, luminance, paletteFor, slotsFor, WORLD_HEIGHT, WORLD_WIDTH } from '../../src/scenes/look.ts';
import { MAX_STANDING } from '../../src/scenes/stage.ts';
import type { Color } from '../../src/scenes/look.ts';
import {
  bubbleHeight,
  bubbleText,
  bubbleWidth,
  bubbleX,
  carriedOver,
  CHAT,
  CHAT_INK,
  chatWidth,
  clampLines,
  cssColor,
  initialOf,
  isSystemSender,
  MAX_MESSAGES,
  maxBubbleWidth,
  maxTextLines,
  needsSenderLabel,
  PHONE,
  recentMessages,
  sameMessages,
  sideOf,
  stackBubbles,
  wrapWidth,
} from '../../src/scenes/phone-layout.ts';
import type { PhoneMessage } from '../../src/scenes/phone-layout.ts';

const L = (text: string): PhoneMessage => ({ from: 'Lisa', text });
const J = (text: string): PhoneMessage => ({ from: 'John', text });
const bank = (text: string): PhoneMessage => ({ from: 'Bankapp', text });

/** WCAG contrast ratio of two colours. */
const ratio = (a: Color, b: Color): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('phone geometry', () => {
  it('keeps the phone inside the world and its parts inside the screen', () => {
    const { body, screen, header, composer, chat } = PHONE;
    expect(body.x).toBeGreaterThanOrEqual(0);
    expect(body.y).toBeGreaterThanOrEqual(0);
    expect(body.x + body.w).toBeLessThanOrEqual(WORLD_WIDTH);
    expect(body.y + body.h).toBeLessThanOrEqual(WORLD_HEIGHT);
    expect(screen.x).toBeGreaterThan(body.x);
    expect(screen.x + screen.w).toBeLessThan(body.x + body.w);
    expect(header.y).toBeGreaterThan(screen.y);
    expect(chat.top).toBeGreaterThanOrEqual(header.y + header.h);
    expect(chat.bottom).toBeLessThanOrEqual(composer.y);
    expect(composer.y + composer.h).toBeLessThanOrEqual(screen.y + screen.h);
    expect(chat.left).toBeGreaterThanOrEqual(screen.x);
    expect(chat.right).toBeLessThanOrEqual(screen.x + screen.w);
  });

  it('is centred, with room for several lines of readable text', () => {
    expect(PHONE.body.x + PHONE.body.w / 2).toBe(WORLD_WIDTH / 2);
    expect(CHAT.fontSize).toBeGreaterThanOrEqual(16);
    expect(maxTextLines(CHAT.fontSize * 1.3)).toBeGreaterThanOrEqual(6);
    // a line holds a few words: about 12 px per character at most
    expect(wrapWidth('other') / (CHAT.fontSize * 0.7)).toBeGreaterThanOrEqual(15);
  });

  it('keeps the characters beside the phone, not in front of it', () => {
    const half = 45; // half a character's shoulders, roughly
    for (let n = 1; n <= MAX_STANDING; n++) {
      for (const x of slotsFor('telefoon', n)) {
        expect(x + half < PHONE.body.x || x - half > PHONE.body.x + PHONE.body.w).toBe(true);
      }
    }
  });
});

describe('readability', () => {
  it('has text that contrasts strongly with every bubble, in both looks', () => {
    const k = phoneColors(paletteFor('telefoon'));
    for (const fill of [k.other, k.own, k.system, k.header]) {
      expect(ratio(CHAT_INK.text.std, fill)).toBeGreaterThanOrEqual(7);
      expect(ratio(CHAT_INK.text.hc, contrast(fill))).toBeGreaterThanOrEqual(7);
      expect(ratio(CHAT_INK.label.std, fill)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(CHAT_INK.label.hc, contrast(fill))).toBeGreaterThanOrEqual(7);
    }
  });

  it('tells own bubbles from the other side by colour as well as by side', () => {
    const k = phoneColors(paletteFor('telefoon'));
    expect(k.own).not.toBe(k.other);
    expect(contrast(k.own)).not.toBe(contrast(k.other));
  });

  it('writes colours as CSS', () => {
    expect(cssColor(0x15181c)).toBe('#15181c');
    expect(cssColor(0)).toBe('#000000');
    expect(cssColor(0xffffff)).toBe('#ffffff');
  });
});

describe('which messages', () => {
  it('keeps the latest ones, oldest first, trimmed and without empty ones', () => {
    const many = Array.from({ length: 12 }, (_, i) => L(` bericht ${i} `));
    const recent = recentMessages([...many, J('   ')]);
    expect(recent).toHaveLength(MAX_MESSAGES);
    expect(recent[0]).toEqual(L(`bericht ${12 - MAX_MESSAGES}`));
    expect(recent.at(-1)).toEqual(L('bericht 11'));
    expect(recentMessages([], 5)).toEqual([]);
    expect(recentMessages([L('a'), L('b')], 0)).toEqual([]);
  });

  it("puts the owner's messages on the right, an app's in the middle, the rest on the left", () => {
    expect(sideOf('John', 'John')).toBe('own');
    expect(sideOf(' john ', 'John')).toBe('own');
    expect(sideOf('Lisa', 'John')).toBe('other');
    expect(sideOf('Bankapp', 'John')).toBe('system');
    expect(sideOf('John', null)).toBe('other');
    expect(isSystemSender('BankApp')).toBe(true);
    expect(isSystemSender('Onbekend')).toBe(false);
  });

  it('labels only a second person in the chat', () => {
    const onbekend: PhoneMessage = { from: 'Onbekend', text: 'Wie ben jij?' };
    expect(needsSenderLabel(L('hoi'), 'Lisa', 'John')).toBe(false);
    expect(needsSenderLabel(onbekend, 'Lisa', 'John')).toBe(true);
    expect(needsSenderLabel(J('hoi'), 'Lisa', 'John')).toBe(false);
    expect(needsSenderLabel(bank('x'), 'Lisa', 'John')).toBe(false);
  });

  it('finds which messages carry over when the chat moves on', () => {
    const a = [L('1'), L('2'), J('3')];
    expect(carriedOver([], a)).toBe(0);
    expect(carriedOver(a, a)).toBe(3);
    expect(carriedOver(a, [...a, L('4')])).toBe(3);
    // the window slides: the oldest drops off the front
    expect(carriedOver(a, [L('2'), J('3'), L('4')])).toBe(2);
    // two new at once
    expect(carriedOver(a, [J('3'), L('4'), L('5')])).toBe(1);
    // another chat
    expect(carriedOver(a, [L('x'), L('y')])).toBe(0);
    // repeated texts: the longest overlap wins
    const b = [bank('€ 10'), bank('€ 10')];
    expect(carriedOver(b, [bank('€ 10'), bank('€ 10'), bank('€ 10')])).toBe(2);
    expect(sameMessages(a, [...a])).toBe(true);
    expect(sameMessages(a, a.slice(1))).toBe(false);
  });
});

describe('bubble maths', () => {
  it('sizes a bubble to its text, within limits', () => {
    expect(bubbleWidth('other', 10)).toBe(CHAT.minWidth);
    expect(bubbleWidth('other', 100)).toBe(100 + 2 * CHAT.padX);
    expect(bubbleWidth('own', 1000)).toBe(maxBubbleWidth('own'));
    expect(bubbleWidth('system', 10)).toBe(chatWidth());
    expect(maxBubbleWidth('other')).toBeLessThan(chatWidth());
    expect(wrapWidth('other') + 2 * CHAT.padX).toBe(maxBubbleWidth('other'));
    expect(bubbleHeight(20)).toBe(20 + 2 * CHAT.padY);
    expect(bubbleHeight(20, 18)).toBe(38 + 2 * CHAT.padY);
  });

  it('puts own bubbles against the right, the other side against the left, apps across', () => {
    expect(bubbleX('own', 120) + 120).toBe(PHONE.chat.right);
    expect(bubbleX('other', 120)).toBe(PHONE.chat.left);
    expect(bubbleX('system', chatWidth())).toBe(PHONE.chat.left);
  });

  it('stacks the newest at the bottom, oldest first, with gaps', () => {
    const area = { top: 100, bottom: 300, coverTop: 40 };
    const placed = stackBubbles([40, 30, 50], area, 8);
    expect(placed).toEqual([
      { index: 0, y: 300 - 50 - 8 - 30 - 8 - 40 },
      { index: 1, y: 300 - 50 - 8 - 30 },
      { index: 2, y: 250 },
    ]);
    expect(stackBubbles([], area)).toEqual([]);
  });

  it('lets old bubbles scroll under the header and drops those above it', () => {
    const area = { top: 100, bottom: 300, coverTop: 40 };
    const placed = stackBubbles([60, 60, 60, 60, 60], area, 10);
    // 300-60=240, 170, 100, 30 (above coverTop: dropped)
    expect(placed.map((p) => p.index)).toEqual([2, 3, 4]);
    expect(placed.map((p) => p.y)).toEqual([100, 170, 240]);
    const partly = stackBubbles([80, 60, 60], area, 10);
    // 240, 170, 80: partly under the header (80 < 100) but below coverTop, so kept
    expect(partly.map((p) => p.y)).toEqual([80, 170, 240]);
  });

  it('always keeps the newest bubble, even a very tall one', () => {
    const placed = stackBubbles([30, 500], { top: 100, bottom: 300, coverTop: 40 });
    expect(placed).toEqual([{ index: 1, y: -200 }]);
  });

  it('keeps every bubble that fits in the default chat', () => {
    const h = bubbleHeight(CHAT.fontSize * 1.3);
    const fits = Math.floor((PHONE.chat.bottom - PHONE.chat.top + CHAT.gap) / (h + CHAT.gap));
    const placed = stackBubbles(Array.from({ length: fits }, () => h));
    expect(placed).toHaveLength(fits);
    expect(placed[0]?.y).toBeGreaterThanOrEqual(PHONE.chat.top);
    expect(placed.at(-1)?.y).toBe(PHONE.chat.bottom - h);
  });

  it('caps a message so it fits on the screen', () => {
    const lineHeight = 23;
    const lines = maxTextLines(lineHeight);
    expect(bubbleHeight(lines * lineHeight, CHAT.labelSize * 1.4)).toBeLessThanOrEqual(
      PHONE.chat.bottom - PHONE.chat.top,
    );
    expect(maxTextLines(10_000)).toBe(1);
  });
});

describe('text in a bubble', () => {
  it('keeps an amount together', () => {
    expect(bubbleText('Bijschrijving € 2.350,00')).toBe('Bijschrijving €\u00a02.350,00');
    expect(bubbleText(' 150 € vóór vrijdag ')).toBe('150\u00a0€ vóór vrijdag');
    expect(bubbleText('Maandag 20.00 uur')).toBe('Maandag 20.00 uur');
  });

  it('cuts long text with an ellipsis, never making a line wider', () => {
    const lines = ['Dit is een heel', 'lang bericht dat', 'niet past op het', 'scherm van de'];
    expect(clampLines(lines, 4)).toEqual(lines);
    const cut = clampLines(lines, 2);
    expect(cut).toEqual(['Dit is een heel', 'lang bericht…']);
    expect((cut[1] ?? '').length).toBeLessThanOrEqual((lines[1] ?? '').length);
    expect(clampLines(['Eén. Twee', 'drie'], 1)).toEqual(['Eén. …']);
    expect(clampLines(['Eenwoord', 'twee'], 1)).toEqual(['Eenwoor…']);
    expect(clampLines(['a', 'b'], 0)).toEqual(['…']);
  });

  it('gives an initial for an icon', () => {
    expect(initialOf('Bankapp')).toBe('B');
    expect(initialOf(' ëlla')).toBe('Ë');
    expect(initialOf('  ')).toBe('?');
  });
});

