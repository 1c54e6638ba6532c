/**
 * Furniture for groups: the meeting table people sit behind, and the desks in front of a class.
 * Drawn in front of the figures, so only their upper bodies show, as when seated.
 */
import type { Figure } from './stage.ts';
import { mix, WORLD_WIDTH } from './look.ts';
import type { PlacePalette } from './look.ts';
import type { Painter } from './paint.ts';

/** The meeting table: top edge and how far figures sink behind it to look seated. */
export const TABLE = { top: 322, left: 120, right: WORLD_WIDTH - 120, seatDrop: 53 } as const;

/** A class: where the pupils sit (x, feet y) and how small they are drawn (further back). */
export const CLASS_SEATS: readonly { readonly x: number; readonly y: number }[] = [
  { x: 70, y: 318 }, { x: 175, y: 312 }, { x: 300, y: 318 }, { x: 415, y: 312 },
  { x: 545, y: 318 }, { x: 660, y: 312 }, { x: 785, y: 318 }, { x: 895, y: 312 },
];
export const CLASS_SCALE = 0.8;
/** The desks' top edge in front of the pupils. */
const DESK_TOP = 268;

/**
 * The pupils of a class, as figures: the child's age, each their own family, neutral faces
 * (turned to the viewer: "half the class looks at you"). Stable, so the picture does not change.
 */
export function classPupils(age: number): Figure[] {
  return CLASS_SEATS.map((_, i) => ({ name: `leerling ${i + 1}`, age, family: `klas ${i + 1}`, expression: 'neutraal' }));
}

export function drawTable(p: Painter, c: PlacePalette): void {
  const { top, left, right } = TABLE;
  const wood = mix(c.accent, c.trim, 0.35);
  p.ellipse((left + right) / 2, 392, right - left + 40, 30, 0x000000, { alpha: 0.14, line: false, raw: true });
  p.rect(left, top + 14, right - left, 86, mix(wood, 0x000000, 0.18), { r: 4 });
  p.rect(left - 14, top, right - left + 28, 18, wood, { r: 6 });
  // Papers and cups on the table: a meeting, not a dinner.
  for (const [x, w] of [[250, 46], [450, 52], [640, 44]] as const) {
    p.rect(x, top + 3, w, 9, 0xf4f1ea, { r: 2 });
  }
  for (const x of [340, 560, 740]) {
    p.rect(x, top - 12, 14, 15, c.glow, { r: 3 });
  }
}

export function drawDesks(p: Painter, c: PlacePalette): void {
  const wood = mix(c.accent, c.wall, 0.15);
  for (let i = 0; i < CLASS_SEATS.length; i += 2) {
    const a = CLASS_SEATS[i];
    const b = CLASS_SEATS[i + 1];
    if (!a || !b) continue;
    const left = a.x - 50;
    const right = b.x + 50;
    p.rect(left + 8, DESK_TOP + 10, 6, 300 - DESK_TOP, mix(c.ink, c.floor, 0.4), { line: false });
    p.rect(right - 14, DESK_TOP + 10, 6, 300 - DESK_TOP, mix(c.ink, c.floor, 0.4), { line: false });
    p.rect(left, DESK_TOP, right - left, 12, wood, { r: 3 });
    p.rect(left + 6, DESK_TOP + 12, right - left - 12, 26, mix(wood, 0x000000, 0.12), { r: 2 });
  }
}
