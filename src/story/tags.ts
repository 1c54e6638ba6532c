/**
 * The tag grammar, parsed in one place. Authors write `# key: value` in ink; this turns each tag
 * into a typed value or a readable error. stories/README.md documents the same grammar for authors.
 */
import { isPlaceId, PLACES, type PlaceId } from './places.ts';
import { isPrincipleId, PRINCIPLE_IDS, type PrincipleId } from './principles.ts';
import { GUIDE_TIPS, parseSourceRef, type GuideTip, type SourceRef } from './sources.ts';
import { isRouteRole, ROUTE_ROLE_IDS, type RouteRole } from './route-roles.ts';
import { parseFace, parsePerson, parsePhoneCue, parsePresence, type Face, type Person, type PhoneCue, type Presence } from './cast.ts';

/** Story header tags (top of the main file), shown on the case card and content note. */
export const META_KEYS = ['titel', 'kind', 'leeftijd', 'thema', 'rol', 'duur', 'inhoud'] as const;
export type MetaKey = (typeof META_KEYS)[number];
/** Header tags a story may leave out: its place in the case menu, and the picture on its card. */
export const OPTIONAL_META_KEYS = ['volgorde', 'kaartbeeld'] as const;
export type OptionalMetaKey = (typeof OPTIONAL_META_KEYS)[number];

export type MetaTag = { readonly kind: 'meta'; readonly key: MetaKey | OptionalMetaKey; readonly value: string };
/** A person of the story (`# persoon:`, in the header, any number of times): for the pictures. */
export type PersonTag = { readonly kind: 'person'; readonly person: Person };

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
  | { readonly kind: 'route'; readonly role: RouteRole }
  /** What the phone shows from this line on: a call, the speaker, a video call or chat. */
  | { readonly kind: 'phone'; readonly cue: PhoneCue }
  /** Who is in the scene from this line on (people of the header, and groups). */
  | { readonly kind: 'present'; readonly presence: Presence }
  /** How someone looks from this line on. */
  | { readonly kind: 'face'; readonly face: Face };

export type ChoiceTag =
  | { readonly kind: 'score'; readonly principle: PrincipleId; readonly value: number }
  | { readonly kind: 'neutral' }
  | { readonly kind: 'feedback'; readonly text: string }
  | { readonly kind: 'source'; readonly refs: readonly SourceRef[] };

export type Tag = MetaTag | PersonTag | LineTag | ChoiceTag;
export type TagScope = 'meta' | 'line' | 'choice';

export type TagParse = { readonly ok: true; readonly tag: Tag; readonly scope: TagScope } | { readonly ok: false; readonly error: string };

/** The largest score a single choice may give or take on one principle. */
export const MAX_CHOICE_SCORE = 3;

const ID = /^[a-z0-9_]+$/;

const idError = (key: string, v: string, example: string) =>
  `${key} heeft een naam nodig van alleen a–z, 0–9 en _, zonder accenten of spaties, bijv. "# ${key}: ${example}"; nu staat er "${v}"`;

/** Header tags that must be a whole number (shown as "15 jaar", "20 min"). */
const WHOLE_NUMBER_META: Partial<Record<MetaKey | OptionalMetaKey, string>> = {
  leeftijd: 'jaren, bijv. "# leeftijd: 15"',
  duur: 'minuten, zonder eenheid, bijv. "# duur: 20"',
  volgorde: 'de plaats in het menu, bijv. "# volgorde: 5"',
};

const LINE_KEYS: Record<string, (v: string) => LineTag | string> = {
  spreker: (v) => (v ? { kind: 'speaker', name: v } : 'spreker heeft een naam nodig, bijv. "# spreker: Sylvia"'),
  plek: (v) => (isPlaceId(v) ? { kind: 'place', place: v } : `onbekende plek "${v}". Kies een van: ${Object.keys(PLACES).join(', ')}; bijv. "# plek: gang"`),
  signaal: (v) => (ID.test(v) ? { kind: 'signal', id: v } : idError('signaal', v, 'verzuim_school')),
  einde: (v) => (ID.test(v) ? { kind: 'ending', id: v } : idError('einde', v, 'uit_beeld')),
  tijd: (v) => (v ? { kind: 'time', text: v } : 'tijd heeft een tekst nodig, bijv. "# tijd: Maandag 8.30 uur"'),
  gespreksvraag: (v) => (v ? { kind: 'prompt', text: v } : 'gespreksvraag heeft een vraag nodig, bijv. "# gespreksvraag: Wat weegt hier zwaarder?"'),
  waarom: (v) => (v ? { kind: 'signal-why', text: v } : 'waarom heeft een of twee zinnen nodig over waarom deze regel een signaal is, bijv. "# waarom: Plotseling verzuim kan op druk wijzen. # bron: Tip 4"'),
  beleidsvraag: parsePolicy,
  telefoon: (v) => { const r = parsePhoneCue(v); return typeof r === 'string' ? r : { kind: 'phone', cue: r }; },
  aanwezig: (v) => { const r = parsePresence(v); return typeof r === 'string' ? r : { kind: 'present', presence: r }; },
  gezicht: (v) => { const r = parseFace(v); return typeof r === 'string' ? r : { kind: 'face', face: r }; },
  route: (v) => (isRouteRole(v) ? { kind: 'route', role: v } : `onbekende rol "${v}" in de verwijsroute. Kies een van: ${ROUTE_ROLE_IDS.join(', ')}; bijv. "# route: zorgcoordinator"`),
};

/** `# beleidsvraag: Tip 8: Is er in onze gemeente een routekaart?` */
function parsePolicy(v: string): LineTag | string {
  const m = /^Tip\s*(\d+)\s*:\s*(.+)$/i.exec(v);
  if (!m) return 'beleidsvraag heeft een tip en een vraag nodig, bijv. "# beleidsvraag: Tip 8: Is er een routekaart?"';
  const tip = Number(m[1]);
  if (!(tip in GUIDE_TIPS)) return `beleidsvraag noemt tip ${m[1]}, maar de gids heeft tips 1 tot 10; bijv. "# beleidsvraag: Tip 8: Is er een routekaart?"`;
  return { kind: 'policy', tip: tip as GuideTip, question: m[2]!.trim() };
}

function parseChoiceTag(key: string, value: string): ChoiceTag | string | null {
  if (isPrincipleId(key)) {
    if (!/^[+-]?\d+$/.test(value)) return `de score voor "${key}" moet een heel getal zijn, bijv. "#${key}: +2" of "#${key}: -1"; nu staat er "${value}"`;
    const n = Number(value);
    if (Math.abs(n) > MAX_CHOICE_SCORE) return `de score voor "${key}" moet tussen -${MAX_CHOICE_SCORE} en +${MAX_CHOICE_SCORE} liggen, bijv. "#${key}: +${MAX_CHOICE_SCORE}"; nu staat er ${value}`;
    return { kind: 'score', principle: key, value: n };
  }
  switch (key) {
    case 'neutraal':
      return value === '' ? { kind: 'neutral' } : '"neutraal" heeft geen waarde: schrijf alleen "#neutraal"';
    case 'feedback':
      return value ? { kind: 'feedback', text: value } : 'feedback heeft een tekst nodig, bijv. "#feedback: Je legt de schuld waar die hoort."';
    case 'bron': {
      const parts = value.split(';').map((p) => p.trim()).filter(Boolean);
      if (parts.length === 0) return 'bron heeft minstens één bron nodig, bijv. "# bron: VRK art. 12; Tip 6"';
      const refs: SourceRef[] = [];
      for (const part of parts) {
        const ref = parseSourceRef(part);
        if (!ref) return `onbekende bron "${part}". Schrijf bijv. "VRK art. 3", "Tip 6", "Meldcode stap 2", "Terminologiegids", "art. 273f Sr" (de lijst staat in stories/README.md)`;
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
  if (!key) return { ok: false, error: 'lege tag: een "#" zonder naam. Schrijf bijv. "# plek: gang"; voor een hekje in de tekst schrijf je "\\#"' };

  if ((META_KEYS as readonly string[]).includes(key) || (OPTIONAL_META_KEYS as readonly string[]).includes(key)) {
    const metaKey = key as MetaKey | OptionalMetaKey;
    if (!value) return { ok: false, error: `${key} heeft een waarde nodig, bijv. "# ${key}: …" (zie stories/README.md)` };
    const whole = WHOLE_NUMBER_META[metaKey];
    if (whole && !/^\d+$/.test(value)) return { ok: false, error: `${key} moet een heel getal zijn, in ${whole}; nu staat er "${value}"` };
    if (metaKey === 'kaartbeeld' && !isPlaceId(value)) return { ok: false, error: `onbekend kaartbeeld "${value}": kies een plek, een van: ${Object.keys(PLACES).join(', ')}; bijv. "# kaartbeeld: gang"` };
    return { ok: true, scope: 'meta', tag: { kind: 'meta', key: metaKey, value } };
  }
  if (key === 'persoon') {
    const person = parsePerson(value);
    return typeof person === 'string' ? { ok: false, error: person } : { ok: true, scope: 'meta', tag: { kind: 'person', person } };
  }
  const line = LINE_KEYS[key];
  if (line) {
    const result = line(value);
    return typeof result === 'string' ? { ok: false, error: result } : { ok: true, scope: 'line', tag: result };
  }
  const choice = parseChoiceTag(key, value);
  if (choice === null) return { ok: false, error: `onbekende tag "${key}"${suggest(key)}. De tags staan in stories/README.md, bijv. "# plek: gang" of "#belang: +1"` };
  return typeof choice === 'string' ? { ok: false, error: choice } : { ok: true, scope: 'choice', tag: choice };
}

const ALL_KEYS = [...META_KEYS, ...OPTIONAL_META_KEYS, 'persoon', ...Object.keys(LINE_KEYS), ...PRINCIPLE_IDS, 'neutraal', 'feedback', 'bron'];

function suggest(key: string): string {
  const close = ALL_KEYS.find((k) => editDistance(k, key) <= 2);
  return close ? ` (bedoel je "${close}"?)` : '';
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
