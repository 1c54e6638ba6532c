/** The header of a story, read from its global tags. */

/** The language the stories are written in; the interface around them may be in another. */
export const STORY_LANG = 'nl';
import { META_KEYS, parseTag, type MetaKey } from './tags.ts';

export type StoryMeta = Readonly<Record<MetaKey, string>>;

/** Reads the header tags; throws naming the missing keys when the header is incomplete. */
export function readMeta(globalTags: readonly string[]): StoryMeta {
  const found: Partial<Record<MetaKey, string>> = {};
  for (const raw of globalTags) {
    const parsed = parseTag(raw);
    if (parsed.ok && parsed.tag.kind === 'meta') found[parsed.tag.key] = parsed.tag.value;
  }
  const missing = META_KEYS.filter((k) => found[k] === undefined);
  if (missing.length > 0) throw new Error(`Story header misses: ${missing.join(', ')}`);
  return found as StoryMeta;
}

/** The child's first name, from the header ("John, 14 jaar" gives "John"): whose phone the phone scenes show. */
export function childName(meta: StoryMeta): string {
  return meta.kind.split(',')[0]!.trim();
}
