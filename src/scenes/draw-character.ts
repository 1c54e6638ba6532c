/**
 * A character: a stylised, fully clothed figure of rounded shapes, with eyes, brows and a small
 * mouth that carry one of a few expressions. The look comes from the story (see figureLook): the
 * family gives the colouring, the age the height, the name the rest.
 */
import type { Expression } from '../story/cast.ts';
import { dimmed, mix } from './look.ts';
import type { CharacterLook, Color } from './look.ts';
import type { Painter } from './paint.ts';

/** Size of a baked character texture in world units; the feet stand at (FEET_X, FEET_Y). */
export const CHARACTER_BOX = { width: 150, height: 240, feetX: 75, feetY: 232 } as const;

const EYES = 0x2b2622;

/**
 * Draw a character with the feet at (x, y). `dim` pulls the colours to grey for someone who is
 * present but not speaking.
 */
export function drawCharacter(
  p: Painter,
  look: CharacterLook,
  x: number,
  y: number,
  dim: boolean,
  highContrast: boolean,
  expression: Expression = 'neutraal',
): void {
  const col = (c: Color): Color => (dim ? dimmed(c, highContrast) : c);
  const s = look.height;
  // a child's shoulders are narrower, growing towards an adult's with the height (that is, the age)
  const sw = look.young ? Math.round(40 + Math.max(0, s - 0.8) * 70) : 54 + look.build * 6;
  const skin = col(look.skin);
  const hair = col(look.hair);
  const top = col(look.top);
  const sleeve = col(mixDark(look.top));
  const hy = y - 178 * s;

  // Ground shadow
  p.ellipse(x, y, 78, 12, 0x000000, { alpha: 0.16, line: false, raw: true });

  // Hair that falls behind the head and shoulders
  switch (look.hairStyle) {
    case 'long':
      p.rect(x - 25, hy - 10, 50, 52, hair, { r: { tl: 22, tr: 22, bl: 10, br: 10 } });
      break;
    case 'bob':
      p.rect(x - 26, hy - 12, 52, 34, hair, { r: { tl: 22, tr: 22, bl: 10, br: 10 } });
      break;
    case 'ponytail':
      p.ellipse(x + 22, hy + 8, 14, 34, hair);
      break;
    case 'curls':
      for (let i = 0; i <= 8; i++) {
        const a = Math.PI * (1 + i / 8);
        p.circle(x + Math.cos(a) * 19, hy - 4 + Math.sin(a) * 18, 10, hair);
      }
      break;
    case 'scarf':
      p.poly([x - 27, hy, x + 27, hy, x + 36, y - 132 * s, x - 36, y - 132 * s], hair);
      p.circle(x, hy, 27, hair);
      break;
    default:
      break;
  }

  // Legs and shoes
  const legTop = y - 86 * s;
  const bottom = col(look.bottom);
  p.rect(x - 18, legTop, 16, y - 6 - legTop, bottom, { r: 5 });
  p.rect(x + 2, legTop, 16, y - 6 - legTop, bottom, { r: 5 });
  p.rect(x - 22, y - 10, 21, 10, col(look.shoes), { r: { tl: 5, tr: 5, bl: 3, br: 3 } });
  p.rect(x + 1, y - 10, 21, 10, col(look.shoes), { r: { tl: 5, tr: 5, bl: 3, br: 3 } });

  // Arms behind the torso edges, then the torso, neck and collar
  const shoulderY = y - 152 * s;
  const handY = y - 86 * s;
  p.rect(x - sw / 2 - 8, shoulderY + 8, 15, handY - shoulderY - 8, sleeve, { r: 7 });
  p.rect(x + sw / 2 - 7, shoulderY + 8, 15, handY - shoulderY - 8, sleeve, { r: 7 });
  if (expression !== 'gesloten') {
    p.circle(x - sw / 2 - 0.5, handY + 2, 6.5, skin);
    p.circle(x + sw / 2 + 0.5, handY + 2, 6.5, skin);
  }
  if (look.hairStyle !== 'scarf') p.rect(x - 6, hy + 14, 12, shoulderY - hy - 8, skin, { line: false });
  p.rect(x - sw / 2, shoulderY, sw, y - 78 * s - shoulderY, top, { r: { tl: 18, tr: 18, bl: 6, br: 6 } });
  p.poly([x - 10, shoulderY, x + 10, shoulderY, x, shoulderY + 14], col(look.collar), { line: false });
  if (look.hairStyle === 'scarf') {
    p.poly([x - 22, shoulderY - 2, x + 22, shoulderY - 2, x + 12, shoulderY + 16, x - 12, shoulderY + 16], hair);
  }
  if (expression === 'gesloten') {
    // Arms folded across the chest: closed off.
    const fy = shoulderY + (handY - shoulderY) * 0.45;
    p.rect(x - sw / 2 - 4, fy, sw + 8, 17, sleeve, { r: 8 });
    p.circle(x - sw / 2 + 6, fy + 8, 6, skin);
    p.circle(x + sw / 2 - 6, fy + 8, 6, skin);
  }

  // Head
  if (look.hairStyle === 'scarf') {
    p.ellipse(x, hy + 2, 32, 38, skin);
  } else {
    p.circle(x, hy, 21, skin);
  }

  // Hair on top of the head; the hairline sits well above the eyes
  const cap = hy - 8;
  switch (look.hairStyle) {
    case 'short':
    case 'long':
    case 'ponytail':
    case 'bob':
      p.poly(hairCap(x, cap, 21.5, look.parting, 7), hair);
      break;
    case 'bun':
      p.circle(x, hy - 27, 10, hair);
      p.poly(hairCap(x, cap, 21.5, look.parting, 4), hair);
      break;
    case 'crop':
      p.poly(hairCap(x, cap + 1, 20.5, look.parting, 2), hair);
      break;
    case 'curls':
      p.poly(hairCap(x, cap, 21.5, look.parting, 3), hair, { line: false });
      break;
    case 'scarf':
      break;
  }

  // Eyes, brows and mouth for the expression, and glasses for some
  const eyeY = hy + 3;
  drawFace(p, x, hy, expression, col(mix(look.skin, 0x4a2a24, 0.55)));
  if (look.glasses) {
    p.ring(x - 7, eyeY, 6, 0x3a3a3a, 1.6);
    p.ring(x + 7, eyeY, 6, 0x3a3a3a, 1.6);
    p.line(x - 1, eyeY, x + 1, eyeY, 0x3a3a3a, 1.6);
  }
}

/**
 * The face: eyes, brows and mouth. Few lines, nothing realistic: neutral (calm), worried (brows
 * up in the middle, mouth down), closed (eyes lowered, mouth pressed flat), relieved (a small smile).
 */
export function drawFace(p: Painter, x: number, hy: number, expression: Expression, mouth: Color): void {
  const eyeY = hy + 3;
  if (expression === 'gesloten') {
    // Eyes lowered: short lids instead of dots.
    p.line(x - 10, eyeY + 2, x - 4, eyeY + 2, EYES, 2);
    p.line(x + 4, eyeY + 2, x + 10, eyeY + 2, EYES, 2);
    p.line(x - 11, eyeY - 5, x - 3, eyeY - 4, EYES, 1.8);
    p.line(x + 3, eyeY - 4, x + 11, eyeY - 5, EYES, 1.8);
    p.line(x - 4, hy + 13, x + 4, hy + 13, mouth, 2);
    return;
  }
  p.circle(x - 7, eyeY, 2.3, EYES, { line: false });
  p.circle(x + 7, eyeY, 2.3, EYES, { line: false });
  switch (expression) {
    case 'bezorgd':
      p.line(x - 11, eyeY - 5, x - 3, eyeY - 8, EYES, 1.8);
      p.line(x + 3, eyeY - 8, x + 11, eyeY - 5, EYES, 1.8);
      p.polyline([x - 5, hy + 14, x - 2, hy + 12, x + 2, hy + 12, x + 5, hy + 14], mouth, 2);
      break;
    case 'opgelucht':
      p.polyline([x - 11, eyeY - 6, x - 7, eyeY - 8, x - 3, eyeY - 6], EYES, 1.6);
      p.polyline([x + 3, eyeY - 6, x + 7, eyeY - 8, x + 11, eyeY - 6], EYES, 1.6);
      p.polyline([x - 6, hy + 11, x - 3, hy + 13.5, x + 3, hy + 13.5, x + 6, hy + 11], mouth, 2);
      break;
    default:
      p.line(x - 3.5, hy + 12.5, x + 3.5, hy + 12.5, mouth, 1.8);
      break;
  }
}

/**
 * The hair over the top of the head as a polygon: round on top, with a soft fringe that dips
 * towards one side (`parting`) by `fringe` units.
 */
function hairCap(x: number, cy: number, r: number, parting: -1 | 1, fringe: number): number[] {
  const pts: number[] = [];
  const from = Math.PI * 0.94;
  const to = Math.PI * 2.06;
  for (let i = 0; i <= 20; i++) {
    const a = from + ((to - from) * i) / 20;
    pts.push(x + Math.cos(a) * r, cy + Math.sin(a) * r);
  }
  const edge = Math.sin(to) * r;
  for (let i = 1; i < 12; i++) {
    const t = 1 - i / 12; // right to left
    const lean = parting > 0 ? 1 - t : t;
    pts.push(x + (t * 2 - 1) * r * 0.99, cy + edge - 2 + Math.sin(Math.PI * t) * fringe * lean * 1.4);
  }
  return pts;
}

function mixDark(c: Color): Color {
  const f = 0.86;
  return (Math.round(((c >> 16) & 0xff) * f) << 16) | (Math.round(((c >> 8) & 0xff) * f) << 8) | Math.round((c & 0xff) * f);
}
