/**
 * The chat on the phone: a header with the contact's name and the latest messages as bubbles,
 * drawn live over the phone in the backdrop (draw-place.ts). Text only, never images. The canvas
 * stays aria-hidden: the HTML layer shows the same messages.
 *
 * Layout maths is in phone-layout.ts; this file only makes and moves the Phaser objects.
 */
import Phaser from 'phaser';
import { phoneColors, phoneTop } from './draw-place.ts';
import { FADE_MS, inkFor, paletteFor } from './look.ts';
import type { PlacePalette } from './look.ts';
import { Painter } from './paint.ts';
import {
  BUBBLE_IN_MS,
  BUBBLE_RISE,
  bubbleHeight,
  bubbleWidth,
  bubbleText,
  bubbleX,
  carriedOver,
  CHAT,
  CHAT_INK,
  chatContact,
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

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly res: number,
    private readonly depth: number,
  ) {}

  show(s: PhoneShow): void {
    if (!s.visible) {
      this.hide(s.instant);
      return;
    }
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

  destroy(): void {
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
    return paletteFor('telefoon');
  }

  private makeLayer(highContrast: boolean): Layer {
    const chat = this.scene.make.container({}, false);
    const header = this.scene.make.container({}, false);
    const root = this.scene.add.container(0, 0, [chat, header]).setDepth(this.depth);
    return { root, chat, header, highContrast, owner: null, contact: null, messages: [], bubbles: [] };
  }

  /** Bring a layer in line with these messages; with `animate`, bubbles that are new move in. */
  private update(layer: Layer, messages: PhoneMessage[], owner: string | null, animate: boolean): void {
    const contact = chatContact(messages, owner);
    const ownerChanged = owner !== layer.owner;
    if (!ownerChanged && contact === layer.contact && sameMessages(messages, layer.messages)) return;

    if (ownerChanged || contact !== layer.contact || layer.header.length === 0) {
      this.drawHeader(layer, contact, messages.length > 0);
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
