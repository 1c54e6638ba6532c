/**
 * The tag grammar, parsed in one place. Authors write `# key: value` in ink; this turns each tag
 * into a typed value or a readable error. stories/README.md documents the same grammar for authors.
 */
import { isPlaceId, type PlaceId } from './places.ts';
import { isPrincipleId, PRINCIPLE_IDS, type PrincipleId } from './principles.ts';
import { GUIDE_TIPS, parseSourceRef, type GuideTip, type SourceRef } from './sources.ts';
import { isRouteRole, ROUTE_ROLE_IDS, type RouteRole } from './route-roles.ts';

/** Story header tags (top of the main file), shown on the case card and content note. */
export const META_KEYS = ['titel', 'kind', 'leeftijd', 'thema', 'rol', 'duur', 'inhoud'] as const;
export type MetaKey = (typeof META_KEYS)[number];

export type MetaTag = { readonly kind: 'meta'; readonly key: MetaKey; readonly value: string };

export type LineTag =
  | { readonly kind: 'speaker'; readonly name: string }
  | { readonly kind: 'place'; readonly place: PlaceId }
  | { readonly kind: 'signal'; readonly id: string }
  | { readonly kind: 'ending'; readonly id: string }
  | { readonly kind: 'time'; readonly text: string }
  | { readonly kind: 'prompt'; readonly text: string }
  /** Why a signal line is a signal: the answer key the debrief shows after play (with a `# bron:` on the same line). */
  | { readonly kind: 'signal-why'; readonly text: string }
  /** A policy question for the workshop, tied to a tip of the guide, shown at the next decision. */
  | { readonly kind: 'policy'; readonly tip: GuideTip; readonly question: string }
  /** The line names a role in the referral route; a workshop shows its local route map there. */
  | { readonly kind: 'route'; readonly role: RouteRole };

export type ChoiceTag =
  | { readonly kind: 'score'; readonly principle: PrincipleId; readonly value: number }
  | { readonly kind: 'neutral' }
  | { readonly kind: 'feedback'; readonly text: string }
  | { readonly kind: 'source'; readonly refs: readonly SourceRef[] };

export type Tag = MetaTag | LineTag | ChoiceTag;
export type TagScope = 'meta' | 'line' | 'choice';

export type TagParse = { readonly ok: true; readonly tag: Tag; readonly scope: TagScope } | { readonly ok: false; readonly error: string };

/** The largest score a single choice may give or take on one principle. */
export const MAX_CHOICE_SCORE = 3;

const ID = /^[a-z0-9_]+$/;

const LINE_KEYS: Record<string, (v: string) => LineTag | string> = {
  spreker: (v) => (v ? { kind: 'speaker', name: v } : 'spreker needs a name, e.g. "# spreker: Sylvia"'),
  plek: (v) => (isPlaceId(v) ? { kind: 'place', place: v } : `unknown place "${v}" (known places are listed in stories/README.md)`),
  signaal: (v) => (ID.test(v) ? { kind: 'signal', id: v } : `signaal needs an id of lowercase letters, digits and _, got "${v}"`),
  einde: (v) => (ID.test(v) ? { kind: 'ending', id: v } : `einde needs an id of lowercase letters, digits and _, got "${v}"`),
  tijd: (v) => (v ? { kind: 'time', text: v } : 'tijd needs a text, e.g. "# tijd: Maandag, 8.30 uur"'),
  gespreksvraag: (v) => (v ? { kind: 'prompt', text: v } : 'gespreksvraag needs a question'),
  waarom: (v) => (v ? { kind: 'signal-why', text: v } : 'waarom needs one or two sentences on why this line is a signal'),
  beleidsvraag: parsePolicy,
  route: (v) => (isRouteRole(v) ? { kind: 'route', role: v } : `unknown route role "${v}" (known roles: ${ROUTE_ROLE_IDS.join(', ')})`),
};

/** `# beleidsvraag: Tip 8: Is er in onze gemeente een routekaart?` */
function parsePolicy(v: string): LineTag | string {
  const m = /^Tip\s*(\d+)\s*:\s*(.+)$/i.exec(v);
  if (!m) return 'beleidsvraag needs a tip and a question, e.g. "# beleidsvraag: Tip 8: Is er een routekaart?"';
  const tip = Number(m[1]);
  if (!(tip in GUIDE_TIPS)) return `beleidsvraag names tip ${m[1]}; the guide has tips 1 to 10`;
  return { kind: 'policy', tip: tip as GuideTip, question: m[2]!.trim() };
}

function parseChoiceTag(key: string, value: string): ChoiceTag | string | null {
  if (isPrincipleId(key)) {
    if (!/^[+-]?\d+$/.test(value)) return `score for "${key}" must be a whole number like +2 or -1, got "${value}"`;
    const n = Number(value);
    if (Math.abs(n) > MAX_CHOICE_SCORE) return `score for "${key}" must be between -${MAX_CHOICE_SCORE} and +${MAX_CHOICE_SCORE}, got ${value}`;
    return { kind: 'score', principle: key, value: n };
  }
  switch (key) {
    case 'neutraal':
      return value === '' ? { kind: 'neutral' } : '"neutraal" takes no value';
    case 'feedback':
      return value ? { kind: 'feedback', text: value } : 'feedback needs a text';
    case 'bron': {
      const parts = value.split(';').map((p) => p.trim()).filter(Boolean);
      if (parts.length === 0) return 'bron needs at least one source, e.g. "# bron: VRK art. 12; Tip 6"';
      const refs: SourceRef[] = [];
      for (const part of parts) {
        const ref = parseSourceRef(part);
        if (!ref) return `unknown source "${part}" (write e.g. "VRK art. 3", "Tip 6", "Meldcode stap 2", "Terminologiegids", "art. 273f Sr")`;
        refs.push(ref);
      }
      return { kind: 'source', refs };
    }
    default:
      return null;
  }
}

/** Parses one raw ink tag (without the leading #). */
export function parseTag(raw: string): TagParse {
  const text = raw.trim();
  const colon = text.indexOf(':');
  const key = (colon === -1 ? text : text.slice(0, colon)).trim().toLowerCase();
  const value = colon === -1 ? '' : text.slice(colon + 1).trim();
  if (!key) return { ok: false, error: 'empty tag' };

  if ((META_KEYS as readonly string[]).includes(key)) {
    return value ? { ok: true, scope: 'meta', tag: { kind: 'meta', key: key as MetaKey, value } } : { ok: false, error: `${key} needs a value` };
  }
  const line = LINE_KEYS[key];
  if (line) {
    const result = line(value);
    return typeof result === 'string' ? { ok: false, error: result } : { ok: true, scope: 'line', tag: result };
  }
  const choice = parseChoiceTag(key, value);
  if (choice === null) return { ok: false, error: `unknown tag "${key}"${suggest(key)}` };
  return typeof choice === 'string' ? { ok: false, error: choice } : { ok: true, scope: 'choice', tag: choice };
}

const ALL_KEYS = [...META_KEYS, ...Object.keys(LINE_KEYS), ...PRINCIPLE_IDS, 'neutraal', 'feedback', 'bron'];

function suggest(key: string): string {
  const close = ALL_KEYS.find((k) => editDistance(k, key) <= 2);
  return close ? ` (did you mean "${close}"?)` : '';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** What a choice's tags add up to: its scores, its feedback and sources, or that it is neutral. */
export type ChoiceAssessment = {
  readonly scores: Partial<Record<PrincipleId, number>>;
  readonly neutral: boolean;
  readonly feedback: string | null;
  readonly sources: readonly SourceRef[];
};

/** Folds the parsed tags of one choice into its assessment. Throws on tags that are not choice tags. */
export function assessChoice(rawTags: readonly string[]): ChoiceAssessment {
  const scores: Partial<Record<PrincipleId, number>> = {};
  let neutral = false;
  let feedback: string | null = null;
  const sources: SourceRef[] = [];
  for (const raw of rawTags) {
    const parsed = parseTag(raw);
    if (!parsed.ok) throw new Error(`Bad choice tag "#${raw}": ${parsed.error}`);
    const tag = parsed.tag;
    switch (tag.kind) {
      case 'score':
        scores[tag.principle] = (scores[tag.principle] ?? 0) + tag.value;
        break;
      case 'neutral':
        neutral = true;
        break;
      case 'feedback':
        feedback = feedback ? `${feedback} ${tag.text}` : tag.text;
        break;
      case 'source':
        sources.push(...tag.refs);
        break;
      default:
        throw new Error(`Tag "#${raw}" belongs on a line, not on a choice`);
    }
  }
  return { scores, neutral, feedback, sources };
}
