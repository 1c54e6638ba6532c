import { describe, expect, it } from 'vitest';
import { PLACES } from '../../src/story/places.ts';
import type { PlaceId } from '../../src/story/places.ts';
import { SceneKey, TextureKey } from '../../src/scenes/keys.ts';
import {
  characterLook,
  contrast,
  hashName,
  inkFor,
  luminance,
  mix,
  paletteFor,
  PLACE_PALETTES,
  slotsFor,
  viewCentre,
  viewWidthFor,
  WORLD_WIDTH,
} from '../../src/scenes/look.ts';
import { MAX_STANDING } from '../../src/scenes/stage.ts';

const placeIds = Object.keys(PLACES) as PlaceId[];
const isColor = (c: number): boolean => Number.isInteger(c) && c >= 0 && c <= 0xffffff;

describe('place palettes', () => {
  it('has a palette of valid colours for every place, and a neutral one', () => {
    expect(Object.keys(PLACE_PALETTES).sort()).toEqual([...placeIds].sort());
    for (const place of [...placeIds, null]) {
      for (const c of Object.values(paletteFor(place))) expect(isColor(c)).toBe(true);
    }
  });

  it('keeps the night street dark and the rooms light', () => {
    expect(luminance(PLACE_PALETTES.straat_avond.wall)).toBeLessThan(0.05);
    for (const place of placeIds.filter((p) => p !== 'straat_avond' && p !== 'telefoon')) {
      expect(luminance(PLACE_PALETTES[place].wall)).toBeGreaterThan(0.5);
    }
  });
});

describe('colour helpers', () => {
  it('mixes colours per channel', () => {
    expect(mix(0x000000, 0xffffff, 0)).toBe(0x000000);
    expect(mix(0x000000, 0xffffff, 1)).toBe(0xffffff);
    expect(mix(0x000000, 0xff8800, 0.5)).toBe(0x804400);
    expect(mix(0x102030, 0x102030, 0.7)).toBe(0x102030);
  });

  it('stretches contrast away from mid-grey and stays in range', () => {
    expect(contrast(0x808080)).toBe(0x808080);
    expect(luminance(contrast(0xe6dcc8))).toBeGreaterThan(luminance(0xe6dcc8));
    expect(luminance(contrast(0x2f4a44))).toBeLessThan(luminance(0x2f4a44));
    expect(contrast(0xffffff)).toBe(0xffffff);
    expect(contrast(0x000000)).toBe(0x000000);
  });

  it('gives outlines only in high contrast', () => {
    expect(inkFor(false).outline).toBeNull();
    expect(inkFor(true).outline).not.toBeNull();
    expect(inkFor(false).color(0x123456)).toBe(0x123456);
  });
});

describe('characterLook', () => {
  it('is stable for a name, ignoring case and surrounding spaces', () => {
    expect(characterLook('Sylvia')).toEqual(characterLook('Sylvia'));
    expect(characterLook('  sylvia ')).toEqual(characterLook('Sylvia'));
    expect(hashName('Mevrouw De Vries')).toBe(hashName('mevrouw de vries'));
  });

  it('gives different names different looks', () => {
    const names = ['Sylvia', 'Mevrouw De Vries', 'Kevin', 'Juf Anouk', 'Meneer Bakker', 'Dokter Yilmaz', 'Mo', 'Sanne'];
    const looks = new Set(names.map((n) => JSON.stringify(characterLook(n))));
    expect(looks.size).toBe(names.length);
  });

  it('only uses valid colours and modest heights', () => {
    for (let i = 0; i < 200; i++) {
      const look = characterLook(`Naam ${i}`);
      for (const c of [look.skin, look.hair, look.top, look.collar, look.bottom, look.shoes]) expect(isColor(c)).toBe(true);
      expect(look.height).toBeGreaterThanOrEqual(0.92);
      expect(look.height).toBeLessThanOrEqual(1);
    }
  });
});

describe('slotsFor', () => {
  it('gives one position per drawn character, inside the world, left to right', () => {
    for (const place of [...placeIds, null]) {
      for (let n = 0; n <= MAX_STANDING + 1; n++) {
        const slots = slotsFor(place, n);
        expect(slots).toHaveLength(Math.min(n, MAX_STANDING));
        for (const x of slots) expect(x > 60 && x < WORLD_WIDTH - 60).toBe(true);
      }
    }
  });

  it('keeps the middle of the phone free', () => {
    for (let n = 1; n <= MAX_STANDING; n++) {
      for (const x of slotsFor('telefoon', n)) expect(Math.abs(x - WORLD_WIDTH / 2)).toBeGreaterThan(150);
    }
  });
});

describe('keys', () => {
  it('gives each place and look its own texture key', () => {
    const keys = new Set([...placeIds, null].flatMap((p) => [TextureKey.place(p, false), TextureKey.place(p, true)]));
    expect(keys.size).toBe((placeIds.length + 1) * 2);
    expect(TextureKey.character('Sylvia', false, true)).not.toBe(TextureKey.character('Sylvia', false, false));
    expect(SceneKey.Place).toMatch(/place/);
  });
});

describe('the view on a phone', () => {
  it('shows the whole world in a 12:5 picture and a narrower piece, larger, in a taller one', () => {
    expect(viewWidthFor(12 / 5)).toBe(960);
    expect(viewWidthFor(3)).toBe(960);
    expect(viewWidthFor(9 / 5)).toBe(720);
    expect(viewWidthFor(1)).toBe(720);
    // a box with no size yet: the whole world
    expect(viewWidthFor(Number.NaN)).toBe(960);
    expect(viewWidthFor(0)).toBe(960);
  });

  it('centres a narrow view on the people, never past the world\'s edge', () => {
    expect(viewCentre(960, [110])).toBe(480);
    expect(viewCentre(720, [270, 480, 690])).toBe(480);
    expect(viewCentre(720, [])).toBe(480);
    expect(viewCentre(720, [110])).toBe(360);
    expect(viewCentre(720, [800, 900])).toBe(600);
    // three people stand inside a 720-wide view, each with room for their body
    const c = viewCentre(720, slotsFor('thuis', 3));
    for (const x of slotsFor('thuis', 3)) {
      expect(x - 75).toBeGreaterThanOrEqual(c - 360);
      expect(x + 75).toBeLessThanOrEqual(c + 360);
    }
  });
});
