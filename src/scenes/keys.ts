/** Scene and texture keys of the drawn world, in one place. No `phaser` here. */
import type { PlaceId } from '../story/places.ts';

/** Scene keys. */
export const SceneKey = {
  Place: 'niet-pluis/place',
} as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];

/** Texture keys: baked drawings, one per place and look, two per character (lit, dimmed). */
export const TextureKey = {
  place: (place: PlaceId | null, highContrast: boolean): string =>
    `niet-pluis/place/${place ?? 'neutral'}/${highContrast ? 'hc' : 'std'}`,
  character: (name: string, highContrast: boolean, dim: boolean): string =>
    `niet-pluis/character/${highContrast ? 'hc' : 'std'}/${dim ? 'dim' : 'lit'}/${name}`,
  spot: 'niet-pluis/spot',
} as const;
