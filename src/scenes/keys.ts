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
  /** A figure as the story gives it: name, age, family and face are all in the key. */
  figure: (f: { readonly name: string; readonly age: number | null; readonly family: string | null; readonly expression: string }, highContrast: boolean, dim: boolean): string =>
    `niet-pluis/figure/${highContrast ? 'hc' : 'std'}/${dim ? 'dim' : 'lit'}/${f.name}/${f.age ?? 'adult'}/${f.family ?? '-'}/${f.expression}`,
  /** Furniture for a group (a class's desks, a meeting table) at a place. */
  group: (kind: string, place: PlaceId | null, highContrast: boolean): string =>
    `niet-pluis/group/${kind}/${place ?? 'neutral'}/${highContrast ? 'hc' : 'std'}`,
  spot: 'niet-pluis/spot',
} as const;
