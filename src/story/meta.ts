/** The header of a story, read from its global tags. */

// in a file of its own so a page that only writes story text (the phone's) loads no tag parser
export { STORY_LANG } from './lang.ts';
import { META_KEYS, parseTag, type MetaKey, type OptionalMetaKey } from './tags.ts';
import type { Person } from './cast.ts';

export type StoryMeta = Readonly<Record<MetaKey, string>> & Readonly<Partial<Record<OptionalMetaKey, string>>>;

/** Reads the header tags; throws naming the missing keys when the header is incomplete. */
export function readMeta(globalTags: readonly string[]): StoryMeta {
  const found: Partial<Record<MetaKey | OptionalMetaKey, string>> = {};
  for (const raw of globalTags) {
    const parsed = parseTag(raw);
    if (parsed.ok && parsed.tag.kind === 'meta') found[parsed.tag.key] = parsed.tag.value;
  }
  const missing = META_KEYS.filter((k) => found[k] === undefined);
  if (missing.length > 0) throw new Error(`Story header misses: ${missing.join(', ')}`);
  return found as StoryMeta;
}

/** The people the header names (`# persoon:`), in order; a later line for the same name wins. */
export function readCast(globalTags: readonly string[]): Person[] {
  const byName = new Map<string, Person>();
  for (const raw of globalTags) {
    const parsed = parseTag(raw);
    if (parsed.ok && parsed.tag.kind === 'person') byName.set(parsed.tag.person.name, parsed.tag.person);
  }
  return [...byName.values()];
}

/** The child's first name, from the header ("John, 14 jaar" gives "John"): whose phone the phone scenes show. */
export function childName(meta: StoryMeta): string {
  return meta.kind.split(',')[0]!.trim();
}

/** Where a case stands in the menu (`# volgorde:`); a case without one comes after those with one. */
export function menuPlace(meta: StoryMeta): number {
  return meta.volgorde === undefined ? Number.POSITIVE_INFINITY : Number(meta.volgorde);
}

/** The case menu's order: by `# volgorde:`, then by story id, so equal or missing numbers still give one order. */
export function byMenuOrder<T extends { readonly id: string; readonly meta: StoryMeta }>(cases: readonly T[]): T[] {
  return [...cases].sort((a, b) => menuPlace(a.meta) - menuPlace(b.meta) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
