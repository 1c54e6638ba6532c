import { describe, expect, it } from 'vitest';
import { memoryStorage, type KeyValueStorage } from '../../src/state/persistence.ts';
import { COUNT_DRAFTS_KEY, createCountDrafts, type CountDraft } from '../../src/workshop/count-drafts.ts';

const T1 = { session: 'w1', node: 'n0', group: 't1' };
const T2 = { session: 'w1', node: 'n0', group: 't2' };
const wrong: CountDraft = new Map([[0, { value: '-3', bad: true }], [1, { value: '2', bad: false }], [2, { value: '', bad: true }]]);

/** A storage that refuses what it is told to refuse, as a browser's does when it is full or blocked. */
function refusing(refuse: { read?: boolean; write?: boolean }, inner = memoryStorage()): KeyValueStorage {
  const no = () => {
    throw new Error('SecurityError: the storage is not available');
  };
  return {
    getItem: refuse.read ? no : (k) => inner.getItem(k),
    setItem: refuse.write ? no : (k, v) => inner.setItem(k, v),
    removeItem: refuse.write ? no : (k) => inner.removeItem(k),
  };
}

describe('count drafts', () => {
  it('a column with a wrong count is there again after a reload (a new page on the same tab storage), by session, stop and table', () => {
    const storage = memoryStorage();
    createCountDrafts(storage).set(T1, wrong);

    const again = createCountDrafts(storage);
    expect(again.get(T1)).toEqual(wrong);
    expect(again.has(T1)).toBe(true);
    expect(again.has(T2)).toBe(false);
    expect(again.has({ ...T1, node: 'n1' })).toBe(false);
    expect(again.has({ ...T1, session: 'w2' })).toBe(false);
  });

  it('ids with spaces or quotes do not run into each other', () => {
    const storage = memoryStorage();
    const drafts = createCountDrafts(storage);
    drafts.set({ session: 'a b', node: 'n0', group: 'c' }, wrong);
    const again = createCountDrafts(storage);
    expect(again.has({ session: 'a', node: 'b n0', group: 'c' })).toBe(false);
    expect(again.has({ session: 'a b', node: 'n0', group: 'c' })).toBe(true);
  });

  it('lets go of a column once it is put right, and leaves nothing behind when none is left', () => {
    const storage = memoryStorage();
    const drafts = createCountDrafts(storage);
    drafts.set(T1, wrong);
    drafts.set(T2, wrong);
    drafts.delete(T1);
    expect(createCountDrafts(storage).has(T1)).toBe(false);
    expect(createCountDrafts(storage).has(T2)).toBe(true);
    // a column set again without a wrong count is not kept aside either
    drafts.set(T2, new Map([[0, { value: '4', bad: false }]]));
    expect(drafts.has(T2)).toBe(false);
    expect(storage.getItem(COUNT_DRAFTS_KEY)).toBeNull();
  });

  it('uses nothing of a stored text that fails its schema or is not JSON, and carries on', () => {
    const saved = (drafts: unknown) => JSON.stringify({ version: 1, drafts });
    const cell = { at: 0, value: '-3', bad: true };
    for (const raw of [
      '{not json',
      JSON.stringify({ version: 2, drafts: [{ ...T1, cells: [cell] }] }),
      saved([{ ...T1, cells: [{ ...cell, at: -1 }] }]),
      saved([{ ...T1, cells: [{ ...cell, at: 0.5 }] }]),
      saved([{ ...T1, cells: [{ ...cell, value: 3 }] }]),
      saved([{ ...T1, group: '', cells: [cell] }]),
      saved([{ ...T1, cells: [{ ...cell, bad: false }] }]), // nothing wrong: it would hide the stored counts
      saved([{ ...T1, cells: [cell], extra: 1 }]),
    ]) {
      const storage = memoryStorage({ [COUNT_DRAFTS_KEY]: raw });
      const drafts = createCountDrafts(storage);
      expect(drafts.has(T1), raw).toBe(false);
      drafts.set(T2, wrong);
      expect(createCountDrafts(storage).get(T2), raw).toEqual(wrong);
    }
    // the same text in the right shape is used
    expect(createCountDrafts(memoryStorage({ [COUNT_DRAFTS_KEY]: saved([{ ...T1, cells: [cell] }]) })).get(T1)).toEqual(new Map([[0, { value: '-3', bad: true }]]));
  });

  it('with a storage that refuses to read or to write, or none at all, the drafts last while the page lives', () => {
    for (const storage of [refusing({ read: true }), refusing({ write: true }), refusing({ read: true, write: true }), null]) {
      const drafts = createCountDrafts(storage);
      drafts.set(T1, wrong);
      expect(drafts.get(T1)).toEqual(wrong);
      drafts.set(T2, wrong);
      drafts.delete(T1);
      expect(drafts.has(T1)).toBe(false);
      expect(drafts.has(T2)).toBe(true);
    }
    // a storage that reads but refuses to write still gives what it held before
    const inner = memoryStorage();
    createCountDrafts(inner).set(T1, wrong);
    expect(createCountDrafts(refusing({ write: true }, inner)).get(T1)).toEqual(wrong);
  });
});
