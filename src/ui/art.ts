/**
 * The drawings of the HTML layer: the key art on the title screen and a small picture per case
 * card. Flat shapes in the scenes' palettes (src/scenes/look.ts), built as SVG elements (never as
 * markup text), so they look drawn by the same hand as the world. They are decoration: hidden from
 * assistive technology, with no people in them.
 */
import { mix, PLACE_PALETTES, type Color } from '../scenes/look.ts';
import type { PlaceId } from '../story/places.ts';

const NS = 'http://www.w3.org/2000/svg';

type Attrs = Readonly<Record<string, string | number>>;
/** One shape: an SVG tag, its attributes, and a fill. */
type Shape = readonly [tag: 'rect' | 'circle' | 'ellipse' | 'polygon' | 'path', attrs: Attrs, fill: Color, alpha?: number | undefined];

const hex = (c: Color) => `#${c.toString(16).padStart(6, '0')}`;

function svg(width: number, height: number, shapes: readonly Shape[], className: string, defs?: SVGElement): SVGSVGElement {
  const root = document.createElementNS(NS, 'svg');
  if (defs) root.appendChild(defs);
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('class', className);
  root.setAttribute('aria-hidden', 'true');
  root.setAttribute('focusable', 'false');
  root.setAttribute('preserveAspectRatio', 'xMidYMid slice');
  for (const [tag, attrs, fill, alpha] of shapes) {
    const el = document.createElementNS(NS, tag);
    el.setAttribute('fill', hex(fill));
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (alpha !== undefined) el.setAttribute('fill-opacity', String(alpha));
    root.appendChild(el);
  }
  return root;
}

const rect = (x: number, y: number, width: number, height: number, fill: Color, rx = 0, alpha?: number): Shape => [
  'rect', { x, y, width, height, rx }, fill, alpha,
];
const circle = (cx: number, cy: number, r: number, fill: Color, alpha?: number): Shape => ['circle', { cx, cy, r }, fill, alpha];
const poly = (points: readonly number[], fill: Color, alpha?: number): Shape => ['polygon', { points: points.join(' ') }, fill, alpha];

type House = { readonly x: number; readonly w: number; readonly top: number; readonly gable: 'point' | 'step' | 'neck' | 'flat'; readonly color: Color };

/** A row of Dutch gabled houses with windows, some lit; `lit` picks which by house and row. */
function houses(row: readonly House[], ground: number, glow: Color, dark: Color, lit: (house: number, r: number, c: number) => boolean): Shape[] {
  const out: Shape[] = [];
  row.forEach((h, i) => {
    const peak = h.top - h.w * 0.3;
    const mid = h.x + h.w / 2;
    if (h.gable === 'point') out.push(poly([h.x, h.top, mid, peak, h.x + h.w, h.top], h.color));
    if (h.gable === 'step') {
      const s = h.w / 6;
      const step = (h.top - peak) / 3;
      out.push(poly([
        h.x, h.top, h.x, h.top - step, h.x + s, h.top - step, h.x + s, h.top - 2 * step, h.x + 2 * s, h.top - 2 * step,
        h.x + 2 * s, peak, h.x + 4 * s, peak, h.x + 4 * s, h.top - 2 * step, h.x + 5 * s, h.top - 2 * step,
        h.x + 5 * s, h.top - step, h.x + h.w, h.top - step, h.x + h.w, h.top,
      ], h.color));
    }
    if (h.gable === 'neck') out.push(poly([h.x, h.top, h.x + h.w * 0.18, h.top - (h.top - peak) * 0.4, h.x + h.w * 0.25, peak, h.x + h.w * 0.75, peak, h.x + h.w * 0.82, h.top - (h.top - peak) * 0.4, h.x + h.w, h.top], h.color));
    out.push(rect(h.x, h.top, h.w, ground - h.top, h.color));
    const cols = Math.max(2, Math.floor(h.w / 34));
    const gap = h.w / cols;
    const ww = gap * 0.46;
    for (let r = 0; ; r++) {
      const wy = h.top + 12 + r * 40;
      if (wy + 28 > ground - 6) break;
      for (let c = 0; c < cols; c++) {
        const wx = h.x + c * gap + (gap - ww) / 2;
        const on = lit(i, r, c);
        if (on) out.push(rect(wx - 5, wy - 5, ww + 10, 38, glow, 4, 0.16));
        out.push(rect(wx, wy, ww, 28, on ? glow : dark, 2));
        out.push(rect(wx, wy + 13, ww, 2, mix(on ? glow : dark, h.color, 0.5)));
      }
    }
  });
  return out;
}

/**
 * The title screen's key art: a street at dusk, one window still lit, a bench under a lamp with a
 * phone left on it. Quiet, and about noticing: the thing that is not quite right.
 */
export function keyArt(): SVGSVGElement {
  const c = PLACE_PALETTES.straat_avond;
  const W = 640;
  const H = 360;
  const ground = 268;
  // dusk: the sky keeps a little warmth low down (the one gradient; the page has one key art, so one id)
  const sky: Shape[] = [['rect', { x: 0, y: 0, width: W, height: ground, fill: 'url(#key-art-sky)' }, 0x1f2a44]];
  const row: House[] = [
    { x: -10, w: 112, top: 150, gable: 'point', color: c.main },
    { x: 102, w: 92, top: 126, gable: 'step', color: mix(c.main, c.soft, 0.3) },
    { x: 194, w: 104, top: 160, gable: 'flat', color: c.mainDark },
    { x: 298, w: 92, top: 118, gable: 'neck', color: mix(c.main, c.accent, 0.12) },
    { x: 390, w: 112, top: 146, gable: 'point', color: mix(c.mainDark, c.soft, 0.25) },
    { x: 502, w: 148, top: 134, gable: 'step', color: c.main },
  ];
  const lampX = 470;
  return svg(W, H, [
    ...sky,
    circle(548, 66, 44, c.glow, 0.1),
    circle(548, 66, 20, 0xe9e4d2),
    // distant roofs
    poly([0, 200, 60, 168, 130, 190, 210, 160, 300, 186, 380, 158, 470, 182, 560, 156, 640, 176, 640, 240, 0, 240], mix(c.wall, c.soft, 0.35)),
    // only the one window in the neck house is lit, upstairs: someone is awake (the first floor, not the
    // top: the phone's band, which shows the street at eye level, keeps it in view)
    ...houses(row, ground, c.glow, mix(c.ink, c.wall, 0.4), (h, r, col) => h === 3 && r === 1 && col === 1),
    rect(0, ground, W, 18, mix(c.floor, c.soft, 0.25)),
    rect(0, ground + 18, W, 4, c.floorShade),
    rect(0, ground + 22, W, H - ground - 22, c.floor),
    ...[40, 150, 260, 370, 480, 590].map((x) => rect(x, ground + 52, 60, 6, mix(c.floor, c.soft, 0.35), 3)),
    // the lamp's light on the pavement
    poly([lampX - 8, 156, lampX + 8, 156, lampX + 70, ground + 14, lampX - 70, ground + 14], c.glow, 0.07),
    ['ellipse', { cx: lampX, cy: ground + 10, rx: 78, ry: 8 }, c.glow, 0.16],
    rect(lampX - 3, 150, 6, ground - 146, mix(c.ink, c.soft, 0.3)),
    rect(lampX - 14, 142, 28, 12, mix(c.ink, c.soft, 0.3), 4),
    rect(lampX - 9, 152, 18, 6, c.glow, 2),
    // a bench, and a phone left on it, its screen on
    rect(lampX - 78, ground - 26, 84, 7, c.accent, 2),
    rect(lampX - 78, ground - 40, 84, 6, mix(c.accent, c.ink, 0.2), 2),
    ['rect', { x: lampX - 72, y: ground - 19, width: 6, height: 19, 'data-part': 'bench-leg' }, mix(c.ink, c.soft, 0.2)],
    rect(lampX - 6, ground - 19, 6, 19, mix(c.ink, c.soft, 0.2)),
    circle(lampX - 30, ground - 28, 12, 0xbfd3dc, 0.25),
    // named (and the bench's leg), so a test can see that the phone's band keeps them in view
    ['rect', { x: lampX - 37, y: ground - 30, width: 14, height: 4, rx: 1, 'data-part': 'phone' }, 0xbfd3dc],
    // a bicycle against the wall, as in any Dutch street
    circle(132, ground - 16, 15, mix(c.ink, c.soft, 0.25)),
    circle(132, ground - 16, 11, mix(c.main, c.soft, 0.3)),
    circle(176, ground - 16, 15, mix(c.ink, c.soft, 0.25)),
    circle(176, ground - 16, 11, mix(c.main, c.soft, 0.3)),
    poly([132, ground - 16, 152, ground - 38, 170, ground - 38, 176, ground - 16, 172, ground - 16, 166, ground - 34, 154, ground - 34, 136, ground - 14], mix(c.ink, c.soft, 0.25)),
    rect(146, ground - 44, 14, 4, mix(c.ink, c.soft, 0.2), 2),
  ], 'key-art', skyGradient([[0, 0x1d2741], [0.55, 0x2e3c63], [1, 0x5d5f7a]]));
}

/** A vertical gradient for the key art's sky. */
function skyGradient(stops: ReadonlyArray<readonly [number, Color]>): SVGElement {
  const defs = document.createElementNS(NS, 'defs');
  const g = document.createElementNS(NS, 'linearGradient');
  g.setAttribute('id', 'key-art-sky');
  g.setAttribute('x1', '0');
  g.setAttribute('y1', '0');
  g.setAttribute('x2', '0');
  g.setAttribute('y2', '1');
  for (const [offset, color] of stops) {
    const stop = document.createElementNS(NS, 'stop');
    stop.setAttribute('offset', String(offset));
    stop.setAttribute('stop-color', hex(color));
    g.appendChild(stop);
  }
  defs.appendChild(g);
  return defs;
}

const CARD_W = 240;
const CARD_H = 120;

/** A room seen from the front: wall, skirting and floor. */
function room(p: typeof PLACE_PALETTES[PlaceId], floorY = 92): Shape[] {
  return [rect(0, 0, CARD_W, floorY, p.wall), rect(0, floorY - 4, CARD_W, 4, p.trim), rect(0, floorY, CARD_W, CARD_H - floorY, p.floor), rect(0, floorY, CARD_W, 3, p.floorShade)];
}

function windowShape(x: number, y: number, w: number, h: number, frame: Color, pane: Color): Shape[] {
  return [rect(x - 3, y - 3, w + 6, h + 6, frame, 2), rect(x, y, w, h, pane), rect(x + w / 2 - 1.5, y, 3, h, frame), rect(x, y + h / 2 - 1.5, w, 3, frame)];
}

function plant(x: number, floor: number, pot: Color, leaf: Color): Shape[] {
  return [circle(x - 6, floor - 26, 9, leaf), circle(x + 6, floor - 28, 9, mix(leaf, 0xffffff, 0.12)), circle(x, floor - 36, 9, leaf), rect(x - 8, floor - 18, 16, 18, pot, 2)];
}

/** The small pictures on the case cards, one per place (`# kaartbeeld:`). */
const CARD_ART: { readonly [P in PlaceId]?: () => Shape[] } = {
  gang: () => {
    const p = PLACE_PALETTES.gang;
    const lockers: Shape[] = [];
    for (let i = 0; i < 7; i++) {
      const x = 92 + i * 20;
      lockers.push(rect(x, 30, 18, 58, i % 3 === 1 ? p.mainDark : p.main, 1), rect(x + 3, 36, 12, 2, p.soft), rect(x + 3, 40, 12, 2, p.soft), rect(x + 13, 58, 2, 8, p.accent));
    }
    return [...room(p), ...windowShape(20, 22, 50, 38, p.trim, p.soft), rect(20, 62, 50, 4, p.wallShade), ...lockers, rect(86, 88, 150, 4, p.wallShade)];
  },
  thuis: () => {
    const p = PLACE_PALETTES.thuis;
    return [
      ...room(p),
      ...windowShape(150, 18, 56, 44, p.trim, 0x2c3a5a),
      circle(190, 30, 5, 0xe9e4d2),
      rect(140, 14, 14, 56, p.accent, 2), rect(202, 14, 14, 56, p.accent, 2),
      // sofa and a lamp that is on
      rect(24, 60, 92, 20, p.main, 6), rect(20, 70, 100, 20, p.mainDark, 5), rect(22, 88, 6, 5, p.trim), rect(112, 88, 6, 5, p.trim),
      poly([132, 44, 124, 58, 140, 58], p.glow), circle(132, 60, 20, p.glow, 0.18), rect(131, 58, 2, 32, p.trim), rect(125, 88, 14, 4, p.trim, 1),
      ...plant(222, 92, p.accent, p.main),
    ];
  },
  telefoon: () => {
    const p = PLACE_PALETTES.telefoon;
    return [
      rect(0, 0, CARD_W, CARD_H, p.wall),
      circle(120, 60, 54, p.accent, 0.12),
      rect(90, 8, 60, 108, p.main, 10), rect(95, 16, 50, 90, p.soft, 3),
      rect(99, 22, 30, 10, mix(p.soft, p.ink, 0.18), 4), rect(111, 36, 30, 10, p.accent, 4), rect(99, 50, 26, 10, mix(p.soft, p.ink, 0.18), 4),
      rect(99, 64, 34, 10, mix(p.soft, p.ink, 0.18), 4), rect(115, 78, 26, 10, p.accent, 4),
      rect(112, 110, 16, 2, p.soft, 1),
      // a second, darker message waiting on top: the pressure
      circle(146, 14, 7, 0xc98f6b),
    ];
  },
  straat_avond: () => {
    const c = PLACE_PALETTES.straat_avond;
    const row: House[] = [
      { x: -6, w: 70, top: 54, gable: 'point', color: c.main },
      { x: 64, w: 60, top: 44, gable: 'step', color: mix(c.main, c.soft, 0.3) },
      { x: 124, w: 56, top: 58, gable: 'flat', color: c.mainDark },
      { x: 180, w: 66, top: 46, gable: 'neck', color: mix(c.main, c.accent, 0.12) },
    ];
    return [
      rect(0, 0, CARD_W, CARD_H, c.wall), rect(0, 50, CARD_W, 50, mix(c.wall, c.soft, 0.25)), circle(40, 18, 8, 0xe9e4d2),
      ...houses(row, 98, c.glow, mix(c.ink, c.wall, 0.4), (h, r, col) => h === 1 && r === 0 && col === 0),
      rect(0, 98, CARD_W, 22, c.floor), rect(0, 98, CARD_W, 4, mix(c.floor, c.soft, 0.25)),
      poly([150, 52, 118, 100, 182, 100], c.glow, 0.14), rect(148, 50, 4, 50, mix(c.ink, c.soft, 0.3)), rect(143, 46, 14, 6, c.glow, 2),
    ];
  },
  huisartspraktijk: () => {
    const p = PLACE_PALETTES.huisartspraktijk;
    return [
      ...room(p),
      ...windowShape(160, 18, 56, 40, p.trim, p.soft),
      // a chart on the wall, a desk with a screen, and the examination couch
      rect(24, 16, 30, 40, 0xffffff), rect(28, 22, 22, 3, p.main), rect(28, 29, 16, 3, p.main), rect(28, 36, 20, 3, p.main), rect(28, 43, 12, 3, p.main),
      rect(70, 62, 66, 6, p.mainDark, 2), rect(74, 68, 4, 22, p.mainDark), rect(128, 68, 4, 22, p.mainDark),
      rect(86, 40, 30, 20, p.ink, 2), rect(89, 43, 24, 14, p.soft), rect(99, 60, 4, 3, p.ink),
      rect(150, 70, 76, 10, p.main, 3), rect(150, 66, 22, 6, 0xffffff, 3), rect(154, 80, 4, 10, p.trim), rect(218, 80, 4, 10, p.trim),
    ];
  },
  jongerencentrum: () => {
    const p = PLACE_PALETTES.jongerencentrum;
    return [
      ...room(p),
      rect(18, 14, 34, 44, p.accent, 2), rect(58, 20, 28, 34, p.soft, 2), rect(190, 16, 32, 40, p.main, 2),
      // table football and a couch
      rect(96, 56, 80, 22, p.main, 3), rect(100, 60, 72, 14, mix(p.main, 0xffffff, 0.25), 2), rect(92, 64, 88, 2, p.trim), rect(102, 78, 4, 12, p.trim), rect(166, 78, 4, 12, p.trim),
      rect(188, 70, 46, 18, p.accent, 5),
    ];
  },
  klaslokaal: () => {
    const p = PLACE_PALETTES.klaslokaal;
    return [...room(p), rect(40, 16, 120, 50, p.trim, 2), rect(44, 20, 112, 42, p.main), rect(54, 30, 40, 2, p.soft), rect(54, 38, 60, 2, p.soft), ...windowShape(180, 20, 40, 40, p.trim, p.soft), rect(30, 74, 60, 5, p.accent), rect(120, 74, 60, 5, p.accent)];
  },
};

/** A quiet fallback for a place without a card picture of its own: a lit window in a dark wall. */
function litWindow(): Shape[] {
  const c = PLACE_PALETTES.straat_avond;
  return [rect(0, 0, CARD_W, CARD_H, c.mainDark), circle(120, 56, 40, c.glow, 0.12), ...windowShape(96, 30, 48, 52, mix(c.ink, c.soft, 0.3), c.glow)];
}

/** The picture on a case card: drawn for the card's place, or a lit window. */
export function cardArt(place: PlaceId | undefined): SVGSVGElement {
  const draw = place === undefined ? undefined : CARD_ART[place];
  return svg(CARD_W, CARD_H, draw ? draw() : litWindow(), 'card-art');
}
