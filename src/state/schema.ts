/**
 * One schema for everything the game saves or imports: progress, settings, workshop sessions and
 * the workshop export file. Each schema is both the check and (through `Saved<>`) the type, and
 * the rules a type cannot hold live beside it: a known place, known principles, finite shares
 * from 0 to 1, a cursor on an existing option, a connected tree of unique stops. Every store and
 * the import read through here; a value that fails is refused with the first reason in words.
 */
import * as v from 'valibot';
import { PLACES, type PlaceId } from '../story/places.ts';
import { PRINCIPLE_IDS, type PrincipleId } from '../story/principles.ts';
import { ROUTE_ROLES, type RouteRole } from '../story/route-roles.ts';
import { CRC_ARTICLES, GUIDE_TIPS, MELDCODE_STEPS, type CrcArticle, type GuideTip, type MeldcodeStep } from '../story/sources.ts';
import { MAX_CHOICE_SCORE } from '../story/tags.ts';
import { EXPRESSIONS, GROUPS, PHONE_MODES } from '../story/cast.ts';
import type { StoryChoice, StoryLine } from '../story/runner.ts';
import { WorkshopPolicySchema } from '../workshop/policy-schema.ts';
import { MAX_VOTES } from '../workshop/votes.ts';
import { isMarkable, isMarkableLine } from '../play/marks.ts';
import type { LogEntry } from '../play/types.ts';

/** What a schema yields, read-only all the way down, as the game's own types are. */
export type Saved<S extends v.GenericSchema> = DeepReadonly<v.InferOutput<S>>;
type DeepReadonly<T> = T extends (infer E)[] ? ReadonlyArray<DeepReadonly<E>> : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

const keysOf = <K extends string | number>(o: Record<K, unknown>, num = false) => (Object.keys(o).map((k) => (num ? Number(k) : k)) as unknown) as [K, ...K[]];

const text = v.string('must be text');
const textOrNull = v.nullable(text);
const count = v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));
const date = v.pipe(text, v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a date'));
/** A story build: the first 16 hex characters of the SHA-256 of the compiled story. */
export const BuildSchema = v.pipe(text, v.regex(/^[0-9a-f]{16}$/, 'must be a story build (16 hex characters)'));

// ---- story content, as the runner hands it out ----------------------------------------------

/** How every "a value this build does not know" message ends: a newer build may know the value. */
const KNOWS = 'the game knows';
const place = v.picklist(keysOf<PlaceId>(PLACES), `must be a place ${KNOWS}`);
const routeRole = v.picklist(keysOf<RouteRole>(ROUTE_ROLES), 'must be a route role the game knows');
const tip = v.picklist(keysOf<GuideTip>(GUIDE_TIPS, true), 'must be a tip of the guide (1 to 10)');

export const SourceRefSchema = v.variant('kind', [
  v.object({ kind: v.literal('vrk'), article: v.picklist(keysOf<CrcArticle>(CRC_ARTICLES, true), 'must be an article of the CRC the game knows') }),
  v.object({ kind: v.literal('tip'), tip }),
  v.object({ kind: v.literal('meldcode'), step: v.picklist(keysOf<MeldcodeStep>(MELDCODE_STEPS, true), 'must be a step of the meldcode (1 to 5)') }),
  v.object({ kind: v.literal('terminologiegids') }),
  v.object({ kind: v.literal('sr273f') }),
  v.object({ kind: v.literal('aanwijzing') }),
  v.object({ kind: v.literal('gids-h2') }),
  v.object({ kind: v.literal('helpwanted') }),
], 'must be a source the game knows');

export const StoryLineSchema = v.object({
  text,
  speaker: textOrNull,
  place: v.nullable(place),
  time: textOrNull,
  signal: textOrNull,
  ending: textOrNull,
  prompts: v.array(text),
  signalWhy: textOrNull,
  signalSources: v.array(SourceRefSchema),
  policy: v.array(v.object({ tip, question: text })),
  route: v.nullable(routeRole),
  // ---- pictures: what the scene shows from this line on (written only when the story says so)
  phone: v.optional(v.object({ mode: v.picklist(PHONE_MODES, 'must be a phone mode the game knows'), contact: textOrNull })),
  present: v.optional(v.object({ names: v.array(text), groups: v.array(v.picklist(GROUPS, 'must be a group the game knows')) })),
  faces: v.optional(v.array(v.object({ name: text, expression: v.picklist(EXPRESSIONS, 'must be an expression the game knows') }))),
});

const score = v.pipe(
  v.number('a score must be a number'),
  v.integer('a score must be a whole number'),
  v.minValue(-MAX_CHOICE_SCORE, `a score must be at least -${MAX_CHOICE_SCORE}`),
  v.maxValue(MAX_CHOICE_SCORE, `a score must be at most ${MAX_CHOICE_SCORE}`),
);
const principle = v.picklist(keysOf<PrincipleId>(Object.fromEntries(PRINCIPLE_IDS.map((p) => [p, 1])) as Record<PrincipleId, 1>), 'must be a principle the game knows');

export const ChoiceAssessmentSchema = v.object({
  scores: v.record(principle, score),
  neutral: v.boolean(),
  feedback: textOrNull,
  sources: v.array(SourceRefSchema),
});

export const StoryChoiceSchema = v.object({
  id: v.pipe(text, v.minLength(1, 'a choice needs its id')),
  index: count,
  text,
  assessment: ChoiceAssessmentSchema,
});

// ---- progress --------------------------------------------------------------------------------

export const DecisionRecordSchema = v.object({
  chosen: StoryChoiceSchema,
  alternatives: v.array(StoryChoiceSchema),
  context: text,
  prompts: v.array(text),
});

export const LogEntrySchema = v.variant('kind', [
  v.object({ kind: v.literal('line'), line: StoryLineSchema }),
  v.object({ kind: v.literal('choice'), decision: count }),
], 'a log entry must be a line or a choice');

export const ActiveCaseSchema = v.pipe(
  v.object({
    caseId: text,
    /** The story build this play belongs to; absent in saves from before builds were recorded. */
    build: v.optional(BuildSchema),
    inkState: text,
    log: v.array(LogEntrySchema),
    decisions: v.array(DecisionRecordSchema),
    choices: v.array(StoryChoiceSchema),
    finished: v.boolean(),
    /** Seeds the order the options are shown in (src/play/option-order.ts): fixed for this play. */
    seed: text,
    /** The lines the player marked "niet pluis": indices into `log`, ascending (src/play/marks.ts). */
    marks: v.array(count),
    /**
     * Pacing (src/play/passages.ts): the passage the player reached, in the round of this many
     * decisions. Absent in plays saved before pacing: they show all their text.
     */
    reached: v.optional(v.object({ decision: count, passage: count })),
    /**
     * Finished, and its result not recorded yet: that needs the story's analysis, which had not
     * arrived. Recorded when it does (src/play/game.ts); absent in plays recorded, and in saves from before.
     */
    unscored: v.optional(v.literal(true, 'unscored must be true or absent')),
  }),
  v.check((a) => a.finished === (a.choices.length === 0), 'a play must have choices open unless it is finished'),
  v.check((a) => a.unscored === undefined || a.finished, 'only a finished play can wait for its result'),
  v.check((a) => a.marks.every((m, i) => isMarkable(a.log as LogEntry[], m) && (i === 0 || m > a.marks[i - 1]!)), 'a mark must name a line of the log, once, in order'),
  v.check((a) => a.log.filter((e) => e.kind === 'choice').every((e, i) => e.kind === 'choice' && e.decision === i) && a.log.filter((e) => e.kind === 'choice').length === a.decisions.length, 'the log must name each decision once, in order'),
);

const share = v.pipe(v.number('a share must be a number'), v.finite('a share must be finite'), v.minValue(0, 'a share must be at least 0'), v.maxValue(1, 'a share must be at most 1'));
export const SharesSchema = v.object(Object.fromEntries(PRINCIPLE_IDS.map((p) => [p, share])) as Record<PrincipleId, typeof share>, 'must have a share for every principle');

export const CaseResultSchema = v.object({
  caseId: text,
  finishedAt: date,
  ending: textOrNull,
  shares: SharesSchema,
  build: v.optional(BuildSchema),
});

/**
 * A finished play with its result, as the history of version 3 held it (and as a past debrief
 * reads it): since version 4 the play itself is stored under a key of its own (PastPlayFileSchema).
 */
export const FinishedPlaySchema = v.object({
  play: ActiveCaseSchema,
  result: CaseResultSchema,
});

/**
 * A finished play as the history lists it: its result, and how many characters its full play
 * takes in storage (the history's budget counts them). The full play is read only when its
 * debrief is opened, so the plays kept cost next to nothing in memory.
 */
export const PastPlaySchema = v.object({
  result: CaseResultSchema,
  size: count,
});

/** A finished play as stored under its own key: the save's version and the play (without its ink state). */
export const PastPlayFileSchema = v.object({
  version: v.number('must be a number'),
  play: v.pipe(ActiveCaseSchema, v.check((p) => p.finished, 'a past play must be finished')),
});

const byCase = <S extends v.GenericSchema<{ readonly caseId: string }>>(item: S, what: string) =>
  v.pipe(v.record(text, item), v.check((r) => Object.entries(r).every(([k, x]) => (x as { caseId: string }).caseId === k), `${what} must be filed under its own case`));

/** How many finished plays are kept per case (the oldest go first). */
export const HISTORY_PER_CASE = 5;

export const ProgressDataSchema = v.object({
  /** The play of each case in progress or just finished (its end screen), by case. */
  plays: byCase(ActiveCaseSchema, 'a play'),
  /** The best result per case. */
  results: byCase(CaseResultSchema, 'a result'),
  /** The last finished plays per case, newest last; each play itself is under a key of its own. */
  history: v.pipe(
    v.record(text, v.pipe(v.array(PastPlaySchema), v.maxLength(HISTORY_PER_CASE, `at most ${HISTORY_PER_CASE} finished plays per case`))),
    v.check((r) => Object.entries(r).every(([k, list]) => list.every((f) => f.result.caseId === k)), 'a finished play must be filed under its own case'),
    // its key is made of the case and the time it was finished
    v.check((r) => Object.values(r).every((list) => new Set(list.map((f) => f.result.finishedAt)).size === list.length), 'two finished plays of a case have the same time'),
  ),
});

/** Version 3 of the progress save: the finished plays in full inside the history. */
export const ProgressDataV3Schema = v.object({
  ...ProgressDataSchema.entries,
  history: v.pipe(
    v.record(text, v.array(FinishedPlaySchema)),
    v.check((r) => Object.entries(r).every(([k, list]) => list.every((f) => f.play.caseId === k && f.result.caseId === k)), 'a finished play must be filed under its own case'),
  ),
});

/** Version 1 of the progress save: one play at a time. */
export const ProgressDataV1Schema = v.object({ active: v.nullable(ActiveCaseSchema), results: v.record(text, CaseResultSchema) });

// ---- settings --------------------------------------------------------------------------------

export const SettingsDataSchema = v.object({
  lang: v.picklist(['nl', 'en'], 'the language must be nl or en'),
  highContrast: v.boolean(),
  motion: v.picklist(['system', 'reduced'], 'motion must be system or reduced'),
  largeText: v.boolean(),
  notesSeen: v.array(text),
  /** Pacing: the story in short passages with "Verder" between them, or everything at once. Older settings get passages. */
  pacing: v.optional(v.picklist(['passages', 'all'], 'pacing must be passages or all'), 'passages'),
});

// ---- workshop sessions -----------------------------------------------------------------------

const voteCount = v.pipe(v.number(), v.integer('a vote count must be a whole number'), v.minValue(0, 'a vote count must not be negative'), v.maxValue(MAX_VOTES, `a vote count must be at most ${MAX_VOTES}`));

export const WorkshopNodeSchema = v.pipe(
  v.object({
    id: text,
    parent: textOrNull,
    parentChoice: v.nullable(count),
    inkState: text,
    lines: v.array(StoryLineSchema),
    options: v.array(StoryChoiceSchema),
    finished: v.boolean(),
    prompts: v.array(text),
    votes: v.record(text, v.array(voteCount)),
    phase: v.picklist(['discuss', 'vote', 'revealed'], 'must be a known vote phase'),
    taken: v.nullable(count),
    takenBy: v.nullable(v.picklist(['majority', 'trainer'], 'must be majority or trainer')),
    /** The trainer closed voting here (votes no longer taken, not yet revealed); absent = open. */
    voteClosed: v.optional(v.boolean('"vote closed" must be true or false')),
  }),
  v.check((n) => (n.parent === null) === (n.parentChoice === null), 'has a bad parent'),
  v.check((n) => n.finished === (n.options.length === 0), 'must have options unless it is the end'),
  v.check((n) => Object.values(n.votes).every((c) => c.length === n.options.length), 'must have one vote count per option'),
  v.check((n) => n.taken === null || n.options.some((o) => o.index === n.taken), 'took a choice that is not one of its options'),
  v.check((n) => (n.taken === null) === (n.takenBy === null), 'has a bad "taken by"'),
);

const nodeNumber = (id: string): number | null => {
  const m = /^n(\d+)$/.exec(id);
  return m ? Number(m[1]) : null;
};

/** The first problem with the shape of a session's tree, in words; null when it is sound. */
export function treeProblem(s: {
  readonly root: string;
  readonly nextNode: number;
  readonly groups: ReadonlyArray<{ readonly id: string }>;
  readonly nodes: Readonly<Record<string, v.InferOutput<typeof WorkshopNodeSchema>>>;
  readonly cursor: { readonly node: string; readonly showing: number | null };
}): string | null {
  const groupIds = new Set(s.groups.map((g) => g.id));
  if (groupIds.size !== s.groups.length) return 'two groups have the same id';
  const ids = Object.keys(s.nodes);
  // by own keys only: a file may name a decision "constructor" or "toString"
  const nodeAt = (id: string) => (Object.hasOwn(s.nodes, id) ? s.nodes[id] : undefined);
  if (!nodeAt(s.root)) return 'it has no first decision';
  // every stop must lead back to the start: no loops (a missing parent is named below)
  for (const id of ids) {
    let at: string | null = id;
    for (let steps = 0; at !== null && nodeAt(at); steps++) {
      if (steps > ids.length) return `decision ${id}: the decisions form a loop`;
      at = nodeAt(at)!.parent;
    }
  }
  const children = new Set<string>();
  for (const [id, n] of Object.entries(s.nodes)) {
    if (n.id !== id) return `decision ${id} has a different id inside`;
    const k = nodeNumber(id);
    if (k !== null && k >= s.nextNode) return `decision ${id} is beyond the next free number ${s.nextNode}`;
    for (const g of Object.keys(n.votes)) if (!groupIds.has(g)) return `decision ${id} has votes of an unknown group "${g}"`;
    if (n.parent === null) {
      if (id !== s.root) return `decision ${id} is a second start`;
      continue;
    }
    const parent = nodeAt(n.parent);
    if (!parent) return `decision ${id}: its previous decision is missing`;
    if (!parent.options.some((o) => o.index === n.parentChoice)) return `decision ${id} is reached by a choice that does not exist`;
    const edge = `${n.parent}/${n.parentChoice}`;
    if (children.has(edge)) return `decision ${id} repeats a choice already played from ${n.parent}`;
    children.add(edge);
  }
  const c = nodeAt(s.cursor.node);
  if (!c) return 'its current position is not one of its decisions';
  if (s.cursor.showing !== null && !c.options.some((o) => o.index === s.cursor.showing)) return 'its current position shows an option that does not exist';
  return null;
}

// ---- workshop: the room's marks -------------------------------------------------------------

/** Far more than any room marks in one session; keeps a hostile file small. */
export const MAX_ROOM_MARKS = 2000;

/** A line the trainer marked "niet pluis" for the room: a stop, and the index of the line in its `lines`. */
export const WorkshopMarkSchema = v.pipe(
  v.looseObject({ node: text, line: count }),
  // nothing else: a mark holds no name or note of anyone in the room
  v.check((m) => Object.keys(m).length === 2, 'a mark names a decision and a line, nothing more'),
  v.transform(({ node, line }) => ({ node, line })),
);

/** The first problem with a session's marks, in words; null when every mark names a markable line once. */
export function marksProblem(s: {
  readonly nodes: Readonly<Record<string, { readonly lines: ReadonlyArray<{ readonly text: string; readonly ending: string | null }> }>>;
  readonly marks?: ReadonlyArray<{ readonly node: string; readonly line: number }> | undefined;
}): string | null {
  const seen = new Set<string>();
  for (const m of s.marks ?? []) {
    if (!Object.hasOwn(s.nodes, m.node)) return `a mark names decision ${m.node}, which the session does not have`;
    const line = s.nodes[m.node]!.lines[m.line];
    if (!line) return `a mark names line ${m.line} of decision ${m.node}, which is not there`;
    if (!isMarkableLine(line)) return `a mark names line ${m.line} of decision ${m.node}, which cannot be marked`;
    const key = `${m.node}/${m.line}`;
    if (seen.has(key)) return `line ${m.line} of decision ${m.node} is marked twice`;
    seen.add(key);
  }
  return null;
}

export const WorkshopSessionSchema = v.pipe(
  v.object({
    id: v.pipe(text, v.minLength(1, 'a session needs an id')),
    name: text,
    caseId: text,
    caseTitle: text,
    /** The story build the session was played on; absent in sessions from before builds were recorded. */
    build: v.optional(BuildSchema),
    /** Seeds the order of the options on every screen of the session; sessions made before it use their id. */
    seed: v.optional(v.pipe(text, v.minLength(1), v.maxLength(64))),
    createdAt: date,
    updatedAt: date,
    groups: v.pipe(v.array(v.object({ id: text, name: text })), v.minLength(1, 'a session needs a group')),
    nodes: v.record(text, WorkshopNodeSchema),
    root: text,
    cursor: v.object({ node: text, showing: v.nullable(count) }),
    nextNode: count,
    policy: WorkshopPolicySchema,
    /** The lines the room marked "niet pluis" (src/workshop/marks.ts); absent in sessions from before marks. */
    marks: v.optional(v.pipe(v.array(WorkshopMarkSchema), v.maxLength(MAX_ROOM_MARKS, `at most ${MAX_ROOM_MARKS} marks`))),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = treeProblem(dataset.value) ?? marksProblem(dataset.value);
    if (problem) addIssue({ message: problem });
  }),
);

export const WorkshopDataSchema = v.pipe(
  v.object({ sessions: v.record(text, WorkshopSessionSchema) }),
  v.check((d) => Object.entries(d.sessions).every(([k, s]) => s.id === k), 'a session must be filed under its own id'),
);

export const EXPORT_FORMAT = 'niet-pluis.workshop-sessions';
export const EXPORT_VERSION = 2;

export const WorkshopExportSchema = v.pipe(
  v.object({
    format: v.literal(EXPORT_FORMAT, `must be a file with "format": "${EXPORT_FORMAT}"`),
    version: v.literal(EXPORT_VERSION, `must be a file of version ${EXPORT_VERSION}`),
    exportedAt: date,
    sessions: v.pipe(v.array(WorkshopSessionSchema), v.minLength(1, 'the file holds no sessions')),
  }),
  v.check((f) => new Set(f.sessions.map((s) => s.id)).size === f.sessions.length, 'the same session appears twice'),
);

// ---- the types, from the schemas ------------------------------------------------------------

export type ActiveCaseData = Saved<typeof ActiveCaseSchema>;
export type CaseResultData = Saved<typeof CaseResultSchema>;
export type FinishedPlayData = Saved<typeof FinishedPlaySchema>;
export type PastPlayData = Saved<typeof PastPlaySchema>;
export type ProgressSaved = Saved<typeof ProgressDataSchema>;
export type SettingsSaved = Saved<typeof SettingsDataSchema>;
export type WorkshopSessionData = Saved<typeof WorkshopSessionSchema>;
export type WorkshopNodeData = Saved<typeof WorkshopNodeSchema>;
export type WorkshopExportData = Saved<typeof WorkshopExportSchema>;

/** The first reason a value does not fit the schema, with where it sits; null when it fits. */
/**
 * The values this build knows (places, principles, sources, roles, the pictures' words), in short.
 * Saves carry it: a save that fails this build's checks only on values it does not know, written
 * by a build that knows others, is that build's (a newer one, or one rolled back from), not
 * broken: it is left alone, not set aside (persistence.ts).
 */
export const KNOWN_VALUES: string = (() => {
  const all = JSON.stringify([Object.keys(PLACES), PRINCIPLE_IDS, Object.keys(ROUTE_ROLES), Object.keys(CRC_ARTICLES), PHONE_MODES, GROUPS, EXPRESSIONS].map((xs) => [...xs].map(String).sort()));
  let h = 2166136261; // FNV-1a: short, and the same in every browser
  for (let i = 0; i < all.length; i++) h = Math.imul(h ^ all.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
})();

/** Whether every problem of `value` is a value this build does not know, and there is at least one. */
export function onlyUnknownValues(schema: v.GenericSchema, value: unknown): boolean {
  const r = v.safeParse(schema, value);
  return !r.success && r.issues.every((i) => i.message.endsWith(KNOWS));
}

export function problemOf(schema: v.GenericSchema, value: unknown): string | null {
  const r = v.safeParse(schema, value, { abortEarly: true });
  if (r.success) return null;
  const issue = r.issues[0];
  // "sessions.1.name" reads as "session 2, name"
  const path = v.getDotPath(issue)?.replace(/^sessions\.(\d+)/, (_, n: string) => `session ${Number(n) + 1},`).replace(/,\./g, ', ');
  const message = issue.message.startsWith('Invalid key') || issue.message.endsWith('but received undefined') ? 'is missing' : issue.message.startsWith('Invalid type: Expected Array') ? 'must be a list' : issue.message;
  return path ? `${path}: ${message}` : message;
}

// The runner's own types must be exactly what the schemas accept.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(): T | undefined => undefined;
agree<Same<Saved<typeof StoryLineSchema>, StoryLine>>();
agree<Same<Saved<typeof StoryChoiceSchema>, StoryChoice>>();
