/**
 * What was typed in a column of the vote table that holds a count that is not right: such a column
 * is never stored with the session (session.ts takes whole numbers only), so this keeps the typing
 * aside, by session, stop and table, until the column is put right. Kept in the tab's own storage
 * (sessionStorage in the browser): a reload, or a tab the browser discarded and opened again,
 * shows what was typed and names what is wrong, instead of the column silently counting as it was
 * stored; another tab does not get it. A storage that refuses to read or write leaves the drafts
 * in memory for as long as the page lives.
 */
import * as v from 'valibot';
import type { KeyValueStorage } from '../state/persistence.ts';

export const COUNT_DRAFTS_KEY = 'niet-pluis.count-drafts';

/** What was typed in one field: its text (empty when the browser could not read it as a number) and whether it is wrong. */
export type DraftCell = { readonly value: string; readonly bad: boolean };
/** One table's column at one stop: its fields by the option's place in the stop. */
export type CountDraft = ReadonlyMap<number, DraftCell>;
/** Whose column: the session, the stop and the table (group). */
export type DraftKey = { readonly session: string; readonly node: string; readonly group: string };

const id = v.pipe(v.string(), v.minLength(1));
const DraftSchema = v.pipe(
  v.strictObject({
    session: id,
    node: id,
    group: id,
    cells: v.array(v.strictObject({ at: v.pipe(v.number(), v.integer(), v.minValue(0)), value: v.string(), bad: v.boolean() })),
  }),
  // only a column with a wrong count is kept aside; one without would hide its stored counts
  v.check((d) => d.cells.some((c) => c.bad), 'a draft holds a count that is not right'),
);
/** The drafts of a tab as stored. Version 1; a save in another shape is not used. */
export const CountDraftsSchema = v.strictObject({ version: v.literal(1), drafts: v.array(DraftSchema) });

export type CountDrafts = {
  get(key: DraftKey): CountDraft | undefined;
  has(key: DraftKey): boolean;
  /** Keeps a column aside while it holds a count that is not right (one without is let go of). */
  set(key: DraftKey, draft: CountDraft): void;
  /** Lets go of a column: it was put right and stored. */
  delete(key: DraftKey): void;
};

const keyOf = (k: DraftKey) => JSON.stringify([k.session, k.node, k.group]);

/** What the storage holds, or nothing when it cannot be read or fails the schema (it is only typing, so not set aside). */
function read(storage: KeyValueStorage): Map<string, { key: DraftKey; draft: CountDraft }> {
  const out = new Map<string, { key: DraftKey; draft: CountDraft }>();
  try {
    const raw = storage.getItem(COUNT_DRAFTS_KEY);
    if (raw === null) return out;
    const parsed = v.safeParse(CountDraftsSchema, JSON.parse(raw));
    if (!parsed.success) return out;
    for (const { session, node, group, cells } of parsed.output.drafts) {
      const key = { session, node, group };
      out.set(keyOf(key), { key, draft: new Map(cells.map((c) => [c.at, { value: c.value, bad: c.bad }])) });
    }
  } catch {
    // a storage that refuses to be read, or text that is not JSON: no drafts, as before a reload
  }
  return out;
}

/**
 * The drafts of this tab, read from `storage` once and written to it on every change; null (or a
 * storage that throws) keeps them in memory only.
 */
export function createCountDrafts(storage: KeyValueStorage | null): CountDrafts {
  const drafts = storage ? read(storage) : new Map<string, { key: DraftKey; draft: CountDraft }>();
  const write = () => {
    if (!storage) return;
    try {
      if (drafts.size === 0) storage.removeItem(COUNT_DRAFTS_KEY);
      else {
        const list = [...drafts.values()].map(({ key, draft }) => ({ ...key, cells: [...draft].map(([at, c]) => ({ at, value: c.value, bad: c.bad })) }));
        storage.setItem(COUNT_DRAFTS_KEY, JSON.stringify({ version: 1, drafts: list }));
      }
    } catch {
      // full or refused: the drafts stay in memory for as long as the page lives
    }
  };
  return {
    get: (key) => drafts.get(keyOf(key))?.draft,
    has: (key) => drafts.has(keyOf(key)),
    set(key, draft) {
      // a column without a wrong count is stored with the session, not kept aside
      if (![...draft.values()].some((c) => c.bad)) drafts.delete(keyOf(key));
      else drafts.set(keyOf(key), { key: { session: key.session, node: key.node, group: key.group }, draft: new Map(draft) });
      write();
    },
    delete(key) {
      if (drafts.delete(keyOf(key))) write();
    },
  };
}
