/**
 * The places, drawn with flat shapes in world units (WORLD_WIDTH x WORLD_HEIGHT). Calm and
 * plain on purpose: each place needs one clear silhouette (a board, lockers, a phone), no more.
 */
import type { PlaceId } from '../story/places.ts';
import { mix, paletteFor, WORLD_HEIGHT as H, WORLD_WIDTH as W } from './look.ts';
import type { Color, PlacePalette } from './look.ts';
import type { Painter } from './paint.ts';
import { PHONE } from './phone-layout.ts';

type Draw = (p: Painter, c: PlacePalette) => void;

/** Draw a place (null = the neutral backdrop) onto the painter. */
export function drawPlace(p: Painter, place: PlaceId | null): void {
  const c = paletteFor(place);
  if (place === null) neutral(p, c);
  else DRAWINGS[place](p, c);
}

const DRAWINGS: { readonly [P in PlaceId]: Draw } = {
  klaslokaal,
  gang,
  spreekkamer,
  kantoor,
  straat_avond: straatAvond,
  telefoon,
  jongerencentrum,
  wijkteam,
  huisartspraktijk,
  thuis,
};

// ---------------------------------------------------------------------------------------------
// Shared pieces

const SHADOW = 0x000000;

/** Wall, skirting and floor; returns the y where the floor starts. */
function room(p: Painter, c: PlacePalette, floorY = 300): number {
  p.rect(0, 0, W, floorY, c.wall, { line: false });
  p.rect(0, floorY - 40, W, 40, c.wallShade, { line: false, alpha: 0.35 });
  p.rect(0, floorY, W, H - floorY, c.floor, { line: false });
  p.rect(0, floorY, W, 10, c.floorShade, { line: false });
  p.rect(0, floorY - 8, W, 8, c.trim, { line: false });
  return floorY;
}

/** A window with a frame, panes and a sill. */
function windowFrame(
  p: Painter,
  x: number,
  y: number,
  w: number,
  h: number,
  frame: Color,
  glass: Color,
  cols = 2,
  rows = 2,
): void {
  p.rect(x - 6, y - 6, w + 12, h + 12, frame, { r: 3 });
  p.rect(x, y, w, h, glass, { line: false });
  for (let i = 1; i < cols; i++) p.rect(x + (w * i) / cols - 3, y, 6, h, frame, { line: false });
  for (let j = 1; j < rows; j++) p.rect(x, y + (h * j) / rows - 3, w, 6, frame, { line: false });
  p.rect(x - 12, y + h + 4, w + 24, 8, mix(frame, SHADOW, 0.1), { r: 2 });
}

/** Soft light on glass: a pale diagonal band. */
function glassShine(p: Painter, x: number, y: number, w: number, h: number): void {
  p.poly([x + w * 0.15, y, x + w * 0.35, y, x + w * 0.05, y + h, x, y + h, x, y + h * 0.7], 0xffffff, {
    alpha: 0.18,
    line: false,
    raw: true,
  });
}

/** A simple chair seen from the front-side: back, seat, legs. */
function chair(p: Painter, x: number, y: number, color: Color, legs: Color, scale = 1): void {
  const s = scale;
  p.rect(x - 18 * s, y - 46 * s, 36 * s, 30 * s, color, { r: 5 * s });
  p.rect(x - 20 * s, y - 18 * s, 40 * s, 8 * s, mix(color, SHADOW, 0.15), { r: 3 * s });
  p.rect(x - 17 * s, y - 10 * s, 4 * s, 28 * s, legs, { line: false });
  p.rect(x + 13 * s, y - 10 * s, 4 * s, 28 * s, legs, { line: false });
}

/** A table seen from the side: top and two legs. */
function table(p: Painter, x: number, y: number, w: number, legH: number, top: Color, legs: Color, thick = 10): void {
  p.rect(x + 10, y + thick, 8, legH, legs, { line: false });
  p.rect(x + w - 18, y + thick, 8, legH, legs, { line: false });
  p.rect(x, y, w, thick, top, { r: 2 });
}

/** A potted plant: a pot and a few leaves. */
function plant(p: Painter, x: number, y: number, pot: Color, leaf: Color, scale = 1): void {
  const s = scale;
  const leaves: readonly [number, number, number, number][] = [
    [-16, -62, 20, 46],
    [14, -66, 20, 50],
    [0, -82, 20, 54],
    [-26, -40, 18, 36],
    [24, -42, 18, 36],
  ];
  leaves.forEach(([dx, dy, w, h], i) => {
    p.ellipse(x + dx * s, y + dy * s, w * s, h * s, i % 2 === 0 ? leaf : mix(leaf, SHADOW, 0.15));
  });
  p.poly([x - 20 * s, y - 28 * s, x + 20 * s, y - 28 * s, x + 15 * s, y, x - 15 * s, y], pot);
}

/** Points of a soft hill inside a box, as a closed polygon: never leaves the box. */
function hill(x: number, y: number, w: number, h: number, from: number, to: number, height: number): number[] {
  const pts: number[] = [];
  const steps = 16;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const hx = x + w * (from + (to - from) * t);
    pts.push(hx, y + h - Math.sin(t * Math.PI) * height);
  }
  pts.push(x + w * to, y + h, x + w * from, y + h);
  return pts;
}

/** A framed abstract picture: soft hills, nothing that needs reading. */
function picture(p: Painter, x: number, y: number, w: number, h: number, frame: Color, a: Color, b: Color, sky: Color): void {
  p.rect(x - 6, y - 6, w + 12, h + 12, frame, { r: 2 });
  p.rect(x, y, w, h, sky, { line: false });
  p.circle(x + w * 0.74, y + h * 0.3, h * 0.11, 0xf2e6c4, { line: false });
  p.poly(hill(x, y, w, h, 0, 0.75, h * 0.55), a, { line: false });
  p.poly(hill(x, y, w, h, 0.35, 1, h * 0.4), b, { line: false });
}

/** A pupil's desk seen slightly from above, with its chair behind it. */
function schoolDesk(p: Painter, x: number, y: number, top: Color, chairColor: Color, metal: Color): void {
  p.rect(x + 34, y - 40, 52, 34, chairColor, { r: 5 });
  p.rect(x + 40, y - 8, 4, 12, metal, { line: false });
  p.rect(x + 76, y - 8, 4, 12, metal, { line: false });
  p.poly([x + 8, y - 12, x + 112, y - 12, x + 120, y, x, y], mix(top, 0xffffff, 0.15));
  p.rect(x, y, 120, 8, top, { r: 2 });
  p.rect(x + 10, y + 8, 100, 22, mix(top, SHADOW, 0.2), { line: false });
  p.rect(x + 6, y + 8, 5, 46, metal, { line: false });
  p.rect(x + 109, y + 8, 5, 46, metal, { line: false });
}

// ---------------------------------------------------------------------------------------------
// The places

function neutral(p: Painter, c: PlacePalette): void {
  p.rect(0, 0, W, H, c.wall, { line: false });
  p.rect(0, 300, W, 100, c.floor, { line: false });
  p.circle(180, 120, 140, c.soft, { alpha: 0.12, line: false });
  p.circle(760, 90, 110, c.glow, { alpha: 0.08, line: false });
  p.circle(560, 260, 180, c.main, { alpha: 0.12, line: false });
}

function klaslokaal(p: Painter, c: PlacePalette): void {
  room(p, c, 300);
  // Window on the left
  windowFrame(p, 36, 52, 120, 170, c.glow, c.soft, 2, 3);
  glassShine(p, 36, 52, 120, 170);
  // Board with a wooden frame, a chalk tray and a few calm chalk marks
  p.rect(282, 38, 396, 164, c.accent, { r: 4 });
  p.rect(292, 48, 376, 144, c.main, { line: false });
  const chalk = c.glow;
  p.polyline([320, 82, 360, 70, 400, 82, 440, 70], chalk, 3, 0.55);
  p.line(320, 108, 470, 108, chalk, 3, 0.4);
  p.line(320, 130, 430, 130, chalk, 3, 0.4);
  p.line(320, 152, 450, 152, chalk, 3, 0.4);
  p.ring(560, 100, 30, chalk, 3, 0.5);
  p.polyline([530, 170, 560, 130, 600, 170, 530, 170], chalk, 3, 0.5);
  p.rect(300, 200, 360, 7, mix(c.accent, SHADOW, 0.2), { r: 2 });
  // Clock
  p.circle(744, 70, 24, c.glow);
  p.ring(744, 70, 24, c.ink, 3);
  p.line(744, 70, 744, 55, c.ink, 3);
  p.line(744, 70, 756, 74, c.ink, 2);
  // Bookcase on the right
  p.rect(790, 120, 140, 172, c.accent, { r: 3 });
  const books: readonly Color[] = [0x6b7f8f, 0x9a6b55, 0x7f8f6b, 0xb59a62, 0x5f6d80, 0x8a6f7d];
  for (let shelf = 0; shelf < 3; shelf++) {
    const y = 132 + shelf * 54;
    p.rect(798, y + 44, 124, 6, mix(c.accent, SHADOW, 0.25), { line: false });
    let x = 802;
    for (let i = 0; i < 7 && x < 912; i++) {
      const w = 12 + ((shelf * 7 + i) % 3) * 3;
      const bh = 34 + ((shelf + i) % 3) * 4;
      p.rect(x, y + 44 - bh, w, bh, books[(shelf * 3 + i) % books.length] ?? c.main, { line: false });
      x += w + 3;
    }
  }
  // A row of pupils' desks with chairs
  for (const x of [40, 250, 590, 800]) schoolDesk(p, x, 306, c.accent, mix(c.main, c.soft, 0.35), mix(c.ink, c.floor, 0.3));
}

function gang(p: Painter, c: PlacePalette): void {
  // One-point perspective: end wall in the middle, walls, floor and ceiling towards it.
  const ex0 = 392;
  const ex1 = 568;
  const ey0 = 118;
  const ey1 = 262;
  const n0 = -40;
  const n1 = W + 40;
  const nt = -40;
  const nb = H + 40;
  p.poly([n0, nt, n1, nt, ex1, ey0, ex0, ey0], c.wallShade, { line: false });
  p.poly([n0, nt, ex0, ey0, ex0, ey1, n0, nb], c.wall, { line: false });
  p.poly([n1, nt, ex1, ey0, ex1, ey1, n1, nb], mix(c.wall, c.wallShade, 0.5), { line: false });
  p.poly([n0, nb, ex0, ey1, ex1, ey1, n1, nb], c.floor, { line: false });
  p.rect(ex0, ey0, ex1 - ex0, ey1 - ey0, c.glow, { line: false });
  // Floor seams towards the vanishing point
  for (const f of [0.2, 0.4, 0.6, 0.8]) {
    p.line(ex0 + (ex1 - ex0) * f, ey1, n0 + (n1 - n0) * f, nb, c.floorShade, 2, 0.6);
  }
  // Ceiling lights
  for (const t of [0.18, 0.5, 0.72, 0.86]) {
    const y = nt + (ey0 - nt) * t;
    const half = ((n1 - n0) / 2) * (1 - t) + ((ex1 - ex0) / 2) * t;
    const w = half * 0.28;
    const h = 10 * (1 - t) + 3;
    p.rect(480 - w / 2, y, w, h, 0xfbf7ea, { line: false, raw: true, alpha: 0.95 });
  }
  // End wall: double door with small windows
  p.rect(452, 160, 56, 102, c.trim, { line: false });
  p.rect(455, 164, 24, 98, c.accent, { line: false });
  p.rect(481, 164, 24, 98, c.accent, { line: false });
  p.rect(460, 176, 14, 26, c.soft, { line: false });
  p.rect(486, 176, 14, 26, c.soft, { line: false });
  p.rect(470, 140, 20, 9, 0x5f9a74, { line: false });
  // Lockers along both walls, narrowing with depth
  const depth = (k: number): number => 1 - 1 / (1 + k * 0.42);
  const lockersOn = (side: -1 | 1): void => {
    const nearX = side < 0 ? n0 : n1;
    const farX = side < 0 ? ex0 : ex1;
    const at = (t: number, v: number): [number, number] => {
      const x = nearX + (farX - nearX) * t;
      const top = nt + (ey0 - nt) * t;
      const bottom = nb + (ey1 - nb) * t;
      return [x, top + (bottom - top) * v];
    };
    for (let k = 0; k < 14; k++) {
      const t0 = depth(k + 0.6);
      const t1 = depth(k + 1.6);
      const [ax, ay] = at(t0, 0.3);
      const [bx, by] = at(t1, 0.3);
      const [cx, cy] = at(t1, 0.86);
      const [dx, dy] = at(t0, 0.86);
      const shade = k % 2 === 0 ? c.main : mix(c.main, c.mainDark, 0.5);
      p.poly([ax, ay, bx, by, cx, cy, dx, dy], shade, { line: k < 6 });
      // vents and handle
      const [vx, vy] = at((t0 + t1) / 2, 0.36);
      const [hx, hy] = at(t0 + (t1 - t0) * (side < 0 ? 0.8 : 0.8), 0.55);
      const size = Math.abs(bx - ax);
      p.rect(vx - size * 0.25, vy, size * 0.5, Math.max(1.5, size * 0.06), c.mainDark, { line: false });
      p.rect(hx - size * 0.04, hy, Math.max(1.5, size * 0.06), Math.max(3, size * 0.16), c.glow, { line: false });
    }
    // skirting line
    const [sx0, sy0] = at(0, 0.93);
    const [sx1, sy1] = at(1, 0.93);
    p.line(sx0, sy0, sx1, sy1, c.trim, 3, 0.8);
  };
  lockersOn(-1);
  lockersOn(1);
}

function spreekkamer(p: Painter, c: PlacePalette): void {
  room(p, c, 300);
  // Window with blinds half down
  windowFrame(p, 660, 48, 200, 170, c.glow, c.soft, 2, 1);
  glassShine(p, 660, 48, 200, 170);
  p.rect(660, 48, 200, 70, mix(c.glow, c.wallShade, 0.4), { line: false });
  for (let y = 56; y < 118; y += 9) p.line(660, y, 860, y, c.trim, 1.5, 0.5);
  // Calm picture
  picture(p, 120, 70, 150, 100, c.trim, c.main, c.mainDark, c.soft);
  // Plant in the corner
  plant(p, 60, 300, c.accent, c.main, 1.2);
  // Low cabinet with a lamp
  p.rect(880, 210, 70, 90, c.trim, { r: 3 });
  p.rect(890, 230, 50, 4, mix(c.trim, SHADOW, 0.3), { line: false });
  p.poly([902, 176, 928, 176, 936, 200, 894, 200], c.glow);
  p.rect(913, 200, 4, 10, c.ink, { line: false });
  // Round table with three chairs and water
  chair(p, 370, 300, c.mainDark, c.ink);
  chair(p, 590, 300, c.mainDark, c.ink);
  chair(p, 480, 290, c.mainDark, c.ink, 0.95);
  p.rect(470, 290, 20, 60, c.ink, { line: false });
  p.ellipse(480, 350, 90, 10, mix(c.ink, c.floor, 0.55), { line: false });
  p.ellipse(480, 286, 310, 44, c.trim);
  p.ellipse(480, 281, 300, 38, mix(c.trim, c.glow, 0.2), { line: false });
  p.rect(430, 240, 22, 40, 0xdfeef2, { r: 5, alpha: 0.9 });
  p.rect(470, 262, 14, 18, 0xdfeef2, { r: 3, alpha: 0.9 });
  p.rect(494, 262, 14, 18, 0xdfeef2, { r: 3, alpha: 0.9 });
  p.rect(530, 262, 40, 16, c.glow, { r: 3 });
}

function kantoor(p: Painter, c: PlacePalette): void {
  room(p, c, 300);
  // Big window with a quiet city view
  p.rect(560, 36, 350, 200, c.trim, { r: 3 });
  p.rect(568, 44, 334, 184, c.soft, { line: false });
  const towers: readonly [number, number, number][] = [
    [576, 120, 50], [630, 90, 44], [680, 140, 60], [746, 100, 40], [792, 130, 56], [852, 80, 46],
  ];
  for (const [x, top, w] of towers) {
    p.rect(x, top, w, 228 - top, mix(c.soft, c.main, 0.45), { line: false });
    for (let wy = top + 10; wy < 220; wy += 16) {
      p.rect(x + 8, wy, w - 16, 5, mix(c.soft, c.glow, 0.6), { line: false, alpha: 0.7 });
    }
  }
  p.rect(731, 44, 8, 184, c.trim, { line: false });
  glassShine(p, 568, 44, 334, 184);
  p.rect(552, 234, 366, 8, mix(c.trim, SHADOW, 0.1), { r: 2 });
  // Shelf with binders
  p.rect(170, 140, 300, 8, c.trim, { r: 2 });
  const binders: readonly Color[] = [c.main, c.accent, c.mainDark, 0x8a8f7a, c.main, 0x9a7b6a];
  binders.forEach((b, i) => p.rect(184 + i * 26, 86, 20, 54, b, { r: 2 }));
  p.rect(350, 112, 60, 28, c.glow, { r: 2 });
  // Filing cabinet
  p.rect(30, 150, 96, 150, mix(c.wallShade, c.trim, 0.4), { r: 3 });
  for (let i = 0; i < 3; i++) {
    p.rect(38, 160 + i * 46, 80, 40, mix(c.wallShade, c.glow, 0.3), { r: 2 });
    p.rect(68, 176 + i * 46, 20, 5, c.ink, { line: false });
  }
  // Desk with a monitor, lamp, papers and a mug
  p.rect(170, 282, 360, 14, c.accent, { r: 2 });
  p.rect(184, 296, 110, 64, mix(c.accent, SHADOW, 0.15), { r: 2 });
  p.rect(500, 296, 10, 64, mix(c.accent, SHADOW, 0.3), { line: false });
  p.rect(330, 196, 120, 76, c.mainDark, { r: 4 });
  p.rect(336, 202, 108, 62, mix(c.soft, c.main, 0.3), { line: false });
  p.rect(384, 272, 12, 10, c.mainDark, { line: false });
  p.rect(360, 278, 60, 5, c.mainDark, { r: 2 });
  p.line(220, 280, 236, 226, c.ink, 4);
  p.line(236, 226, 262, 240, c.ink, 4);
  p.poly([250, 230, 280, 240, 272, 256, 246, 246], c.ink);
  p.rect(212, 276, 30, 6, c.ink, { r: 2 });
  p.rect(460, 272, 46, 10, c.glow, { r: 1 });
  p.rect(286, 268, 14, 14, c.glow, { r: 2 });
  // Office chair
  p.rect(580, 230, 56, 62, c.mainDark, { r: 10 });
  p.rect(574, 288, 68, 12, mix(c.mainDark, SHADOW, 0.2), { r: 5 });
  p.rect(604, 300, 8, 36, c.ink, { line: false });
  p.rect(580, 336, 56, 6, c.ink, { r: 3 });
}

function straatAvond(p: Painter, c: PlacePalette): void {
  // Sky, a moon, a row of gabled houses with some windows lit, pavement and street.
  p.rect(0, 0, W, H, c.wall, { line: false });
  p.rect(0, 170, W, 130, mix(c.wall, c.soft, 0.25), { line: false });
  p.circle(846, 62, 40, c.glow, { alpha: 0.08, line: false, raw: true });
  p.circle(846, 62, 22, 0xe9e4d2);
  const houses: readonly { x: number; w: number; top: number; gable: 'point' | 'step' | 'neck' | 'flat'; color: Color }[] = [
    { x: -10, w: 150, top: 120, gable: 'point', color: c.main },
    { x: 140, w: 120, top: 96, gable: 'step', color: mix(c.main, c.soft, 0.3) },
    { x: 260, w: 140, top: 130, gable: 'flat', color: c.mainDark },
    { x: 400, w: 120, top: 92, gable: 'neck', color: mix(c.main, c.accent, 0.12) },
    { x: 520, w: 150, top: 118, gable: 'point', color: mix(c.mainDark, c.soft, 0.25) },
    { x: 670, w: 130, top: 100, gable: 'step', color: c.main },
    { x: 800, w: 170, top: 126, gable: 'flat', color: mix(c.main, c.soft, 0.2) },
  ];
  houses.forEach((h, i) => {
    const peak = h.top - 42;
    const mid = h.x + h.w / 2;
    if (h.gable === 'point') p.poly([h.x, h.top, mid, peak, h.x + h.w, h.top], h.color);
    if (h.gable === 'step') {
      const s = h.w / 6;
      p.poly(
        [
          h.x, h.top, h.x, h.top - 12, h.x + s, h.top - 12, h.x + s, h.top - 24, h.x + 2 * s, h.top - 24,
          h.x + 2 * s, peak, h.x + 4 * s, peak, h.x + 4 * s, h.top - 24, h.x + 5 * s, h.top - 24,
          h.x + 5 * s, h.top - 12, h.x + h.w, h.top - 12, h.x + h.w, h.top,
        ],
        h.color,
      );
    }
    if (h.gable === 'neck') {
      p.poly([h.x, h.top, h.x + 24, h.top - 16, h.x + 34, peak, h.x + h.w - 34, peak, h.x + h.w - 24, h.top - 16, h.x + h.w, h.top], h.color);
    }
    p.rect(h.x, h.top, h.w, 300 - h.top, h.color);
    p.rect(h.x, h.top + 4, h.w, 4, mix(h.color, SHADOW, 0.25), { line: false });
    // Windows: lit or dark, fixed per house so the street always looks the same
    const cols = Math.max(2, Math.floor(h.w / 46));
    const gap = h.w / cols;
    for (let row = 0; row < 3; row++) {
      const wy = h.top + 18 + row * 52;
      if (wy + 34 > 276) break;
      for (let col = 0; col < cols; col++) {
        const lit = (i * 5 + row * 3 + col * 7) % 4 === 0 || (i + row + col) % 5 === 1;
        const wx = h.x + col * gap + gap / 2 - 13;
        if (row === 2 && col === 0) continue;
        p.rect(wx, wy, 26, 34, lit ? c.glow : mix(c.wall, c.soft, 0.2), { r: 2 });
        if (lit) p.rect(wx, wy, 26, 34, c.glow, { alpha: 0.15, line: false, raw: true });
        p.rect(wx + 12, wy, 2, 34, mix(h.color, SHADOW, 0.3), { line: false });
      }
    }
    p.rect(h.x + 14, 244, 24, 56, mix(h.color, SHADOW, 0.4), { r: { tl: 10, tr: 10, bl: 0, br: 0 } });
  });
  // Pavement and street
  p.rect(0, 300, W, 30, mix(c.floor, c.soft, 0.3), { line: false });
  p.rect(0, 328, W, 5, mix(c.floor, c.soft, 0.5), { line: false });
  p.rect(0, 333, W, H - 333, c.floor, { line: false });
  for (let x = 20; x < W; x += 120) p.rect(x, 372, 60, 4, c.floorShade, { line: false, alpha: 0.9 });
  // Street lamps with a soft pool of light
  for (const x of [120, 470, 820]) {
    p.poly([x + 18, 128, x - 40, 330, x + 76, 330], c.glow, { alpha: 0.07, line: false, raw: true });
    p.ellipse(x + 18, 330, 150, 22, c.glow, { alpha: 0.12, line: false, raw: true });
    p.rect(x - 3, 120, 6, 212, c.ink);
    p.rect(x - 3, 116, 26, 5, c.ink, { line: false });
    p.poly([x + 8, 121, x + 28, 121, x + 24, 132, x + 12, 132], c.ink);
    p.ellipse(x + 18, 133, 14, 6, c.glow, { line: false });
  }
  // A bicycle against the middle lamp post
  const bx = 520;
  const by = 314;
  p.ring(bx, by, 15, c.ink, 3);
  p.ring(bx + 50, by, 15, c.ink, 3);
  p.polyline([bx, by, bx + 18, by - 24, bx + 42, by - 24, bx + 50, by, bx + 24, by, bx + 18, by - 24], c.ink, 3);
  p.line(bx + 42, by - 24, bx + 40, by - 32, c.ink, 3);
  p.line(bx + 14, by - 30, bx + 24, by - 30, c.ink, 4);
}

function telefoon(p: Painter, c: PlacePalette): void {
  p.rect(0, 0, W, H, c.wall, { line: false });
  p.circle(170, 330, 220, c.trim, { alpha: 0.25, line: false });
  p.circle(830, 60, 180, c.trim, { alpha: 0.2, line: false });
  // The phone: body, an empty chat screen, notch. The chat itself (header with the name,
  // bubbles with the messages) is drawn live on top by phone-view.ts.
  const { body, screen } = PHONE;
  p.rect(body.x + 6, body.y + 8, body.w, body.h, SHADOW, { r: body.r, alpha: 0.25, line: false, raw: true });
  p.rect(body.x, body.y, body.w, body.h, c.main, { r: body.r });
  p.rect(screen.x, screen.y, screen.w, screen.h, phoneColors(c).screen, { r: screen.r, line: false });
  phoneTop(p, c);
  phoneComposer(p, c);
}

/** The colours of the chat on the phone, shared with the live drawing in phone-view.ts. */
export function phoneColors(c: PlacePalette): {
  readonly screen: Color;
  readonly header: Color;
  readonly avatar: Color;
  readonly other: Color;
  readonly own: Color;
  readonly system: Color;
  readonly icon: Color;
  readonly field: Color;
} {
  return {
    screen: c.soft,
    header: mix(c.soft, c.accent, 0.25),
    avatar: mix(c.accent, c.soft, 0.2),
    other: 0xffffff,
    own: c.glow,
    system: mix(c.soft, 0xffffff, 0.6),
    icon: c.accent,
    field: 0xffffff,
  };
}

/**
 * The top of the screen: status bar with the notch, and the chat header without a name (a back
 * arrow and an empty profile picture). Drawn again over the bubbles, so it hides those scrolled up.
 */
export function phoneTop(p: Painter, c: PlacePalette): void {
  const { screen, notch, header } = PHONE;
  const k = phoneColors(c);
  const cy = header.y + header.h / 2;
  p.rect(screen.x, screen.y, screen.w, header.y - screen.y, k.screen, {
    r: { tl: screen.r, tr: screen.r, bl: 0, br: 0 },
    line: false,
  });
  p.rect(notch.x, notch.y, notch.w, notch.h, c.main, { r: notch.h / 2, line: false });
  p.rect(header.x, header.y, header.w, header.h, k.header, { line: false });
  p.polyline([header.x + 22, cy - 8, header.x + 14, cy, header.x + 22, cy + 8], c.main, 3);
  // No profile photo: the neutral head-and-shoulders every app shows.
  // A thin line under the header (a firm black one in high contrast).
  const edge = p.ink.outline;
  const ey = header.y + header.h;
  if (edge) p.line(header.x, ey, header.x + header.w, ey, edge.color, 2);
  else p.line(header.x, ey, header.x + header.w, ey, mix(k.header, c.main, 0.25), 1);
  const ax = header.x + 50;
  p.circle(ax, cy, 17, k.avatar, { line: false });
  p.circle(ax, cy - 4, 6.5, mix(k.avatar, 0xffffff, 0.55), { line: false, raw: true });
  p.arc(ax, cy + 12, 11, Math.PI, Math.PI * 2, mix(k.avatar, 0xffffff, 0.55), { line: false, raw: true });
}

function phoneComposer(p: Painter, c: PlacePalette): void {
  const { composer, send } = PHONE;
  const k = phoneColors(c);
  p.rect(composer.x, composer.y, composer.w, composer.h, k.field, { r: composer.h / 2 });
  p.circle(send.x, send.y, send.r, c.accent);
  p.poly([send.x - 6, send.y - 7, send.x + 8, send.y, send.x - 6, send.y + 7, send.x - 3, send.y], 0xffffff, {
    line: false,
  });
}

function jongerencentrum(p: Painter, c: PlacePalette): void {
  room(p, c, 300);
  // Painted mural: a panel with broad calm waves and a sun
  const mx = 330;
  const my = 70;
  const mw = 600;
  const mh = 180;
  p.rect(mx, my, mw, mh, mix(c.wall, c.soft, 0.35), { r: 18, line: false });
  p.circle(mx + mw * 0.8, my + 54, 30, c.glow, { line: false });
  const wave = (base: number, amp: number, phase: number, color: Color): void => {
    const pts: number[] = [];
    for (let i = 0; i <= 30; i++) {
      const t = i / 30;
      pts.push(mx + 10 + (mw - 20) * t, my + base + Math.sin(t * Math.PI * 2.5 + phase) * amp);
    }
    pts.push(mx + mw - 10, my + mh - 10, mx + 10, my + mh - 10);
    p.poly(pts, color, { line: false });
  };
  wave(96, 14, 0, c.soft);
  wave(122, 12, 1.4, c.main);
  wave(148, 9, 2.6, c.accent);
  // String of lights
  const lights: number[] = [];
  for (let i = 0; i <= 20; i++) {
    const x = 300 + i * 32;
    const y = 30 + Math.abs(Math.sin((i / 20) * Math.PI * 3)) * 14;
    lights.push(x, y);
  }
  p.polyline(lights, c.ink, 2, 0.6);
  for (let i = 0; i + 1 < lights.length; i += 4) p.circle(lights[i] ?? 0, (lights[i + 1] ?? 0) + 6, 5, c.glow);
  // Window and a board with flyers
  windowFrame(p, 40, 52, 110, 140, c.trim, c.soft, 2, 2);
  glassShine(p, 40, 52, 110, 140);
  p.rect(180, 70, 100, 86, mix(c.accent, c.trim, 0.6), { r: 3 });
  const flyers: readonly Color[] = [0xf1e2b8, 0xcfe0e8, 0xe8cfc4, 0xdfe8cf];
  flyers.forEach((f, i) => p.rect(188 + (i % 2) * 46, 78 + Math.floor(i / 2) * 38, 38, 32, f, { r: 1 }));
  // Couch with cushions
  p.rect(30, 216, 250, 64, c.main, { r: 16 });
  p.rect(30, 262, 250, 44, mix(c.main, c.mainDark, 0.5), { r: 10 });
  p.rect(18, 236, 34, 72, c.mainDark, { r: 12 });
  p.rect(258, 236, 34, 72, c.mainDark, { r: 12 });
  p.rect(66, 236, 50, 34, c.accent, { r: 10 });
  p.rect(196, 238, 46, 32, c.glow, { r: 10 });
  p.rect(40, 306, 8, 12, c.ink, { line: false });
  p.rect(262, 306, 8, 12, c.ink, { line: false });
  // Pool table with balls and a cue
  p.rect(520, 300, 18, 60, c.trim, { line: false });
  p.rect(842, 300, 18, 60, c.trim, { line: false });
  p.poly([486, 300, 894, 300, 870, 258, 510, 258], c.trim);
  p.poly([500, 294, 880, 294, 860, 264, 520, 264], 0x3f7a5c);
  p.rect(486, 300, 408, 16, mix(c.trim, SHADOW, 0.2), { r: 3 });
  const balls: readonly [number, number, Color][] = [
    [600, 280, 0xf4f1ea], [720, 276, 0xc9a23e], [736, 282, 0x9a4a3e], [752, 276, 0x3e5a8a], [744, 270, 0x2a2a2a],
  ];
  for (const [bx, by, bc] of balls) p.circle(bx, by, 6, bc, { line: false });
  p.line(540, 288, 690, 270, 0xd8b98a, 4);
}

function wijkteam(p: Painter, c: PlacePalette): void {
  room(p, c, 300);
  // Board full of sticky notes
  p.rect(80, 44, 300, 150, 0xf7f5f0, { r: 4 });
  p.rect(80, 194, 300, 6, c.trim, { r: 2 });
  const notes: readonly Color[] = [0xe9d98a, 0xe6b8a8, 0xb9d6b4, 0xb8cde0, 0xe9d98a];
  for (let i = 0; i < 14; i++) {
    const col = i % 7;
    const row = Math.floor(i / 7);
    const nx = 96 + col * 40 + (row % 2) * 8;
    const ny = 60 + row * 58 + (col % 2) * 6;
    p.rect(nx, ny, 30, 30, notes[(i * 3) % notes.length] ?? c.glow, { line: false });
  }
  p.polyline([100, 180, 160, 172, 220, 178], c.main, 3, 0.7);
  // Map of the neighbourhood: blocks and streets, a marked spot
  p.rect(420, 44, 190, 150, c.trim, { r: 3 });
  p.rect(426, 50, 178, 138, 0xe6ecd9, { line: false });
  for (const [mx, my, mw, mh] of [
    [434, 58, 50, 34], [494, 58, 44, 34], [548, 58, 48, 50], [434, 102, 50, 38], [494, 102, 44, 76],
    [548, 118, 48, 60], [434, 150, 50, 28],
  ] as const) {
    p.rect(mx, my, mw, mh, 0xcfd6c2, { line: false });
  }
  p.circle(516, 136, 6, c.main, { line: false });
  // Window with a plant on the sill
  windowFrame(p, 690, 56, 210, 150, c.glow, c.soft, 3, 1);
  glassShine(p, 690, 56, 210, 150);
  plant(p, 860, 212, c.main, c.accent, 0.6);
  // Coat rack
  p.rect(36, 80, 6, 220, c.ink, { line: false });
  p.rect(20, 296, 38, 6, c.ink, { r: 2 });
  p.rect(26, 96, 30, 100, c.mainDark, { r: { tl: 12, tr: 12, bl: 4, br: 4 } });
  // Meeting table and chairs; desk with monitors on the right
  chair(p, 200, 300, c.accent, c.ink);
  chair(p, 330, 300, c.accent, c.ink);
  table(p, 160, 288, 210, 56, mix(c.trim, c.glow, 0.35), c.ink, 10);
  p.rect(196, 270, 36, 18, 0xf7f5f0, { r: 2 });
  p.rect(290, 276, 14, 12, c.main, { r: 2 });
  table(p, 590, 282, 330, 62, mix(c.trim, c.glow, 0.35), c.ink, 12);
  for (const mx of [640, 790]) {
    p.rect(mx, 214, 96, 60, c.ink, { r: 4 });
    p.rect(mx + 5, 219, 86, 50, mix(c.soft, c.accent, 0.25), { line: false });
    p.rect(mx + 42, 274, 12, 8, c.ink, { line: false });
  }
}

function huisartspraktijk(p: Painter, c: PlacePalette): void {
  room(p, c, 300);
  // Curtain rail and a drawn-back privacy curtain
  p.rect(16, 26, 420, 6, c.trim, { r: 3 });
  p.rect(20, 32, 70, 250, mix(c.soft, c.main, 0.25), { r: { tl: 0, tr: 0, bl: 12, br: 12 } });
  for (let x = 32; x < 88; x += 14) p.line(x, 36, x, 276, mix(c.soft, c.main, 0.5), 2, 0.8);
  // Examination couch with a paper roll
  p.rect(120, 254, 300, 22, c.main, { r: 8 });
  p.poly([120, 258, 118, 222, 190, 232, 196, 258], c.main);
  p.rect(150, 248, 260, 8, 0xfbfbf6, { r: 3 });
  p.rect(140, 276, 8, 64, c.trim, { line: false });
  p.rect(392, 276, 8, 64, c.trim, { line: false });
  p.rect(134, 300, 272, 6, c.trim, { line: false });
  p.rect(392, 252, 28, 20, 0xfbfbf6, { r: 8 });
  p.rect(300, 326, 70, 16, c.trim, { r: 3 });
  // Medicine cabinet with a cross
  p.rect(470, 96, 110, 84, 0xfbfcfa, { r: 4 });
  p.rect(517, 118, 16, 40, c.main, { line: false });
  p.rect(505, 130, 40, 16, c.main, { line: false });
  // Doctor's desk with a computer
  table(p, 450, 280, 190, 60, c.accent, c.trim, 12);
  p.rect(500, 214, 84, 56, c.ink, { r: 4 });
  p.rect(505, 219, 74, 46, c.soft, { line: false });
  p.rect(536, 270, 12, 10, c.ink, { line: false });
  // Sink with a tap, mirror and towel dispenser
  p.rect(728, 60, 120, 110, c.soft, { r: 6 });
  p.rect(728, 60, 120, 110, 0xffffff, { r: 6, alpha: 0.25, line: false, raw: true });
  p.rect(868, 120, 50, 60, 0xfbfcfa, { r: 4 });
  p.rect(880, 176, 26, 20, 0xfbfcfa, { line: false });
  p.rect(700, 226, 190, 74, c.main, { r: 3 });
  p.rect(712, 238, 78, 54, mix(c.main, c.glow, 0.2), { r: 2 });
  p.rect(800, 238, 78, 54, mix(c.main, c.glow, 0.2), { r: 2 });
  p.rect(692, 212, 206, 16, 0xfbfcfa, { r: 4 });
  p.ellipse(790, 214, 110, 12, mix(c.soft, c.ink, 0.15), { line: false });
  p.polyline([790, 206, 790, 190, 810, 190, 810, 200], c.trim, 5);
  p.rect(740, 196, 14, 16, c.main, { r: 3 });
}

function thuis(p: Painter, c: PlacePalette): void {
  room(p, c, 300);
  // Window with curtains
  windowFrame(p, 70, 56, 170, 140, 0xf3ede2, c.soft, 2, 2);
  glassShine(p, 70, 56, 170, 140);
  p.rect(50, 40, 210, 6, c.trim, { r: 3 });
  p.rect(50, 46, 40, 170, c.accent, { r: { tl: 0, tr: 0, bl: 10, br: 10 } });
  p.rect(220, 46, 40, 170, c.accent, { r: { tl: 0, tr: 0, bl: 10, br: 10 } });
  // Kitchen: tiles, upper and lower cabinets, a kettle, a fridge
  p.rect(520, 136, 320, 86, mix(c.wall, c.glow, 0.5), { line: false });
  for (let x = 520; x <= 840; x += 32) p.line(x, 136, x, 222, c.wallShade, 1.5, 0.8);
  for (let y = 136; y <= 222; y += 22) p.line(520, y, 840, y, c.wallShade, 1.5, 0.8);
  for (let i = 0; i < 4; i++) {
    p.rect(524 + i * 79, 40, 75, 90, c.main, { r: 3 });
    p.rect(552 + i * 79, 112, 20, 5, c.glow, { r: 2 });
  }
  p.rect(514, 218, 332, 12, mix(c.trim, c.glow, 0.3), { r: 2 });
  for (let i = 0; i < 4; i++) {
    p.rect(524 + i * 79, 232, 75, 64, c.main, { r: 3 });
    p.rect(552 + i * 79, 240, 20, 5, c.glow, { r: 2 });
  }
  p.rect(590, 190, 30, 28, c.ink, { r: { tl: 10, tr: 10, bl: 3, br: 3 } });
  p.rect(700, 200, 40, 18, c.glow, { r: 3 });
  p.rect(858, 60, 92, 240, 0xf0ede6, { r: 6 });
  p.line(858, 140, 950, 140, c.wallShade, 2);
  p.rect(868, 100, 6, 30, c.trim, { r: 2 });
  p.rect(868, 152, 6, 40, c.trim, { r: 2 });
  // Pendant lamp over the table
  p.line(300, 0, 300, 86, c.ink, 2);
  p.poly([276, 110, 324, 110, 312, 86, 288, 86], c.accent);
  p.ellipse(300, 112, 30, 6, c.glow, { line: false });
  // Kitchen table with chairs, a bowl of fruit and a mug
  chair(p, 200, 302, c.trim, c.ink);
  chair(p, 400, 302, c.trim, c.ink);
  table(p, 150, 290, 300, 60, mix(c.trim, c.glow, 0.3), c.trim, 12);
  p.arc(300, 280, 24, 0, Math.PI, c.soft);
  p.circle(292, 274, 8, 0xc9a23e, { line: false });
  p.circle(306, 272, 8, 0x9a4a3e, { line: false });
  p.circle(300, 266, 7, 0x7f9a4e, { line: false });
  p.rect(380, 274, 16, 16, c.glow, { r: 3 });
}
