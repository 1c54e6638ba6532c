/**
 * What the world looks like, as plain data: sizes, palettes per place, a stable look per character
 * name, and where characters stand. No `phaser` here, so all of it runs (and is tested) in Node.
 */
import type { PlaceId } from '../story/places.ts';

/** Logical size of the drawn world. Everything is drawn in these units. */
export const WORLD_WIDTH = 960;
export const WORLD_HEIGHT = 400;
/**
 * The narrowest piece of the world the picture shows, in world units. On a phone the picture is
 * taller for its width (9:5, not 12:5), so the people are drawn a third larger; the sides of the
 * room are cut instead.
 */
export const NARROW_VIEW = 720;

/** How wide a piece of the world fits a picture of this aspect (width / height): all of it at 12:5. */
export function viewWidthFor(aspect: number): number {
  if (!(aspect > 0)) return WORLD_WIDTH;
  return Math.round(Math.min(WORLD_WIDTH, Math.max(NARROW_VIEW, aspect * WORLD_HEIGHT)));
}

/** The centre of a view `view` units wide: on the middle of these x positions (the people), inside the world. */
export function viewCentre(view: number, xs: readonly number[]): number {
  const half = view / 2;
  if (view >= WORLD_WIDTH || xs.length === 0) return WORLD_WIDTH / 2;
  const mid = (Math.min(...xs) + Math.max(...xs)) / 2;
  return Math.min(WORLD_WIDTH - half, Math.max(half, mid));
}

/** Where the characters' feet are. */
export const FLOOR_Y = 388;
/** At most this many characters stand in a place at once (a meeting table seats more). */
/**
 * How much larger than drawn a character stands in the world. The picture is often small on
 * screen (a side column at 1280 px, the width of a phone), so people fill most of its height:
 * faces, heights and family colouring must read at that size.
 */
export const FIGURE_SCALE = 1.45;
/** Length of a place cross-fade and of characters coming and going, in ms. */
export const FADE_MS = 300;

/** 0xRRGGBB */
export type Color = number;

/**
 * The colours of one place. Every place uses the same roles; the drawing of each place decides
 * what "main" or "accent" is (a board, lockers, a couch).
 */
export type PlacePalette = {
  readonly wall: Color;
  readonly wallShade: Color;
  readonly floor: Color;
  readonly floorShade: Color;
  readonly trim: Color;
  readonly main: Color;
  readonly mainDark: Color;
  readonly accent: Color;
  readonly soft: Color;
  readonly glow: Color;
  readonly ink: Color;
};

/** Muted, calm palettes: a serious subject, so nothing loud. */
export const PLACE_PALETTES: { readonly [P in PlaceId]: PlacePalette } = {
  klaslokaal: {
    wall: 0xe6dcc8, wallShade: 0xd6cbb4, floor: 0xa9b3b5, floorShade: 0x959fa2, trim: 0x8a7a62,
    main: 0x2f4a44, mainDark: 0x223630, accent: 0xb98a5a, soft: 0xbfd3dc, glow: 0xf3efe4, ink: 0x3b3a36,
  },
  gang: {
    wall: 0xdcdad2, wallShade: 0xc9c6bc, floor: 0x9c968c, floorShade: 0x8a8479, trim: 0x6f6a60,
    main: 0x5d7f8c, mainDark: 0x4a6672, accent: 0xc9a26a, soft: 0xb9cdd2, glow: 0xf4f1e8, ink: 0x34383a,
  },
  spreekkamer: {
    wall: 0xdfe3d6, wallShade: 0xcdd2c2, floor: 0xb49f86, floorShade: 0xa08b72, trim: 0x8c8070,
    main: 0x8fa58c, mainDark: 0x6f8570, accent: 0xc98f6b, soft: 0xc9dbe2, glow: 0xf4f3ea, ink: 0x3a3d38,
  },
  kantoor: {
    wall: 0xd9dde0, wallShade: 0xc6cbcf, floor: 0x7d8790, floorShade: 0x6d7680, trim: 0x5f666d,
    main: 0x4f6477, mainDark: 0x3c4d5d, accent: 0xb7a06e, soft: 0xaec6d6, glow: 0xeef1f2, ink: 0x2f3438,
  },
  straat_avond: {
    wall: 0x1f2a44, wallShade: 0x18213a, floor: 0x3a3f4b, floorShade: 0x2f333d, trim: 0x4a4f5c,
    main: 0x5a4a48, mainDark: 0x463a39, accent: 0xe9c77b, soft: 0x6a7591, glow: 0xf2d58f, ink: 0x12182a,
  },
  telefoon: {
    wall: 0x2c3440, wallShade: 0x252c36, floor: 0x262d37, floorShade: 0x1f252e, trim: 0x3b4452,
    main: 0x1a1d22, mainDark: 0x111317, accent: 0x6f9bb3, soft: 0xdfe6ea, glow: 0xc9d9c4, ink: 0x0c0e11,
  },
  jongerencentrum: {
    wall: 0xe3d6c3, wallShade: 0xd2c3ad, floor: 0x9a7a5c, floorShade: 0x86684c, trim: 0x6e5a47,
    main: 0x3f6b5a, mainDark: 0x2f5345, accent: 0xc46e4e, soft: 0x7fa3b5, glow: 0xf1e2b8, ink: 0x3a302a,
  },
  wijkteam: {
    wall: 0xeadfd2, wallShade: 0xdacdbd, floor: 0x8f8578, floorShade: 0x7c7366, trim: 0x7a6d5e,
    main: 0xb56f55, mainDark: 0x935843, accent: 0x7f9a86, soft: 0xbcd0d6, glow: 0xf6f0e6, ink: 0x3b342d,
  },
  huisartspraktijk: {
    wall: 0xe4ece8, wallShade: 0xd2ddd8, floor: 0xaab8b4, floorShade: 0x97a6a2, trim: 0x7d8d89,
    main: 0x5f8f8a, mainDark: 0x4a736f, accent: 0xd9c9a3, soft: 0xc4dce3, glow: 0xfbfcfa, ink: 0x32403d,
  },
  thuis: {
    wall: 0xeadbc0, wallShade: 0xdbcaab, floor: 0xa27c58, floorShade: 0x8d6a49, trim: 0x7b5f45,
    main: 0x8a9a6c, mainDark: 0x6e7d55, accent: 0xc47a5a, soft: 0xc8d8dc, glow: 0xf6e6bd, ink: 0x3d3328,
  },
};

/** The backdrop when no place is known yet. */
export const NEUTRAL_PALETTE: PlacePalette = {
  wall: 0x3a4250, wallShade: 0x333a47, floor: 0x2f3641, floorShade: 0x2a303a, trim: 0x485161,
  main: 0x4c5668, mainDark: 0x404959, accent: 0x6d7a8e, soft: 0x5c687b, glow: 0x8d99aa, ink: 0x1e232b,
};

/** Mix two colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: Color, b: Color, t: number): Color {
  const k = Math.min(1, Math.max(0, t));
  const ch = (shift: number): number => {
    const x = (a >> shift) & 0xff;
    const y = (b >> shift) & 0xff;
    return Math.round(x + (y - x) * k) << shift;
  };
  return ch(16) | ch(8) | ch(0);
}

/** Push a colour away from mid-grey, for the high-contrast look. */
export function contrast(c: Color, amount = 1.35): Color {
  const ch = (shift: number): number => {
    const v = ((c >> shift) & 0xff) - 128;
    return Math.min(255, Math.max(0, Math.round(v * amount + 128))) << shift;
  };
  return ch(16) | ch(8) | ch(0);
}

/** Relative luminance (WCAG), 0..1. */
export function luminance(c: Color): number {
  const lin = (shift: number): number => {
    const s = ((c >> shift) & 0xff) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(16) + 0.7152 * lin(8) + 0.0722 * lin(0);
}

/** How shapes get their colour and outline: the normal or the high-contrast look. */
export type Ink = {
  readonly color: (c: Color) => Color;
  /** Outline colour and width in world units, or null for no outlines. */
  readonly outline: { readonly color: Color; readonly width: number } | null;
};

/** The ink for a look: high contrast adds outlines and stretches the palette. */
export function inkFor(highContrast: boolean): Ink {
  return highContrast
    ? { color: (c) => contrast(c), outline: { color: 0x111111, width: 2.5 } }
    : { color: (c) => c, outline: null };
}

/** The palette of a place (null = neutral backdrop). */
export function paletteFor(place: PlaceId | null): PlacePalette {
  return place === null ? NEUTRAL_PALETTE : PLACE_PALETTES[place];
}

// ---------------------------------------------------------------------------------------------
// Characters

/** FNV-1a over the trimmed, lower-cased name: the same name always gives the same number. */
export function hashName(name: string): number {
  const s = name.trim().toLowerCase();
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A well-mixed number from the hash and a salt, so each trait varies on its own. */
function trait(hash: number, salt: number, count: number): number {
  let h = (hash ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h = (h ^ (h >>> 16)) >>> 0;
  return h % count;
}

export const HAIR_STYLES = ['short', 'long', 'bun', 'curls', 'scarf', 'ponytail', 'crop', 'bob'] as const;
export type HairStyle = (typeof HAIR_STYLES)[number];

const SKIN = [0xf1d3bc, 0xe6bf9f, 0xd7a57f, 0xc08a62, 0xa36d47, 0x8a5a3b, 0x6b4430, 0xf3dcc9] as const;
const HAIR = [0x2a2420, 0x3d2b22, 0x5a3b28, 0x7a5232, 0x9a6b3f, 0xb89263, 0x6e6a66, 0x1f1f24] as const;
const SCARF = [0x5b6e8c, 0x7b5a6e, 0x4f6f64, 0x8c6b52, 0x3f4a5e] as const;
const TOPS = [
  0x4f6d7a, 0x6b7f5a, 0x8a5d4f, 0x5d5a7a, 0xa0834f, 0x456259, 0x7a6a5c, 0x3e4f6b, 0x8b6f7d, 0x5f7f8f,
] as const;
const BOTTOMS = [0x2f3a4c, 0x3b3b3e, 0x4a5a72, 0x5c5446, 0x403a36, 0x344640] as const;
const SHOES = [0x2a2a2a, 0x4a3a2e, 0xe8e4dc, 0x3a4452] as const;

/** Everything needed to draw one character. */
export type CharacterLook = {
  readonly skin: Color;
  readonly hair: Color;
  readonly hairStyle: HairStyle;
  readonly top: Color;
  readonly collar: Color;
  readonly bottom: Color;
  readonly shoes: Color;
  readonly glasses: boolean;
  /** Which side the fringe falls to. */
  readonly parting: -1 | 1;
  /** 0.92..1: a little variation in height, nothing more. */
  readonly height: number;
  /** 0..2: narrow to broad shoulders. */
  readonly build: number;
  /** Under 18: drawn slighter (narrower shoulders) as well as shorter. */
  readonly young: boolean;
};

function at<T>(list: readonly T[], index: number): T {
  const v = list[index % list.length];
  if (v === undefined) throw new Error('empty list');
  return v;
}

/** The stable look of a character, derived from the name only (someone the header does not name). */
export function characterLook(name: string): CharacterLook {
  return figureLook({ name, age: null, family: null });
}

/** Who a figure is, as far as its looks go (see stage.ts). */
export type LookOf = { readonly name: string; readonly age: number | null; readonly family: string | null };

/**
 * How tall someone is drawn, as a share of an adult: children are visibly shorter (a 12-year-old
 * at about five sixths), teenagers close to grown; adults (and unknown ages) are 1.
 */
export function heightForAge(age: number | null): number {
  if (age === null || age >= 18) return 1;
  return Math.max(0.6, 0.52 + 0.026 * Math.max(0, age));
}

/**
 * The look of a figure: skin and hair colour come from the family (so a mother and her son look
 * related), the rest (hair style, clothes) from the name; the height from the age. Someone
 * without a family is their own family. Older adults go a little grey.
 */
export function figureLook(who: LookOf): CharacterLook {
  const h = hashName(who.name);
  const kin = hashName(who.family ?? who.name);
  const hairStyle = at(HAIR_STYLES, trait(h, 1, HAIR_STYLES.length));
  const top = at(TOPS, trait(h, 3, TOPS.length));
  const familyHair = at(HAIR, trait(kin, 2, HAIR.length));
  const greying = who.age !== null && who.age >= 50 ? Math.min(0.55, (who.age - 45) / 40) : 0;
  const hair = hairStyle === 'scarf' ? at(SCARF, trait(h, 2, SCARF.length)) : mix(familyHair, 0x9a9794, greying);
  const adult = who.age === null || who.age >= 18;
  return {
    skin: at(SKIN, trait(kin, 0, SKIN.length)),
    hair,
    hairStyle,
    top,
    collar: mix(top, 0xf4f1ea, 0.55),
    bottom: at(BOTTOMS, trait(h, 4, BOTTOMS.length)),
    shoes: at(SHOES, trait(h, 5, SHOES.length)),
    glasses: trait(h, 6, 5) === 0,
    parting: trait(h, 9, 2) === 0 ? -1 : 1,
    // adults vary a little; a child's height is their age
    height: heightForAge(who.age) * (adult ? 0.92 + trait(h, 7, 9) / 100 : 1),
    build: adult ? trait(h, 8, 3) : 0,
    young: !adult,
  };
}

/** How a character is shown: speaking, present while someone else speaks, or during narration. */
export type Focus = 'speaker' | 'listener' | 'neutral';

/** The colours of a listener: pulled towards a quiet grey so the speaker stands out. */
export function dimmed(c: Color, highContrast: boolean): Color {
  return mix(c, highContrast ? 0x5a5f66 : 0x6b717a, highContrast ? 0.35 : 0.5);
}

const DEFAULT_SLOTS: readonly (readonly number[])[] = [[], [480], [370, 590], [270, 480, 690]];

/** Places where the middle holds the thing to see (the phone): characters stand beside it. */
const SIDE_SLOTS: Partial<{ readonly [P in PlaceId]: readonly (readonly number[])[] }> = {
  telefoon: [[], [210], [200, 760], [110, 245, 800]],
};

/** Seats at a meeting table, for 1 to 5 people. */
const TABLE_SLOTS: readonly (readonly number[])[] = [[], [480], [390, 570], [300, 480, 660], [225, 405, 585, 765], [190, 335, 480, 625, 770]];

/** x positions for `count` characters at a place, left to right in order of arrival (at a table: seats). */
export function slotsFor(place: PlaceId | null, count: number, table = false): readonly number[] {
  if (table) return TABLE_SLOTS[Math.min(Math.max(0, count), TABLE_SLOTS.length - 1)] ?? [];
  const slots = (place !== null ? SIDE_SLOTS[place] : undefined) ?? DEFAULT_SLOTS;
  // the tables stop at stage.ts's MAX_STANDING (tested): importing it made this lazy chunk reach the stage
  return slots[Math.min(Math.max(0, count), slots.length - 1)] ?? [];
}
