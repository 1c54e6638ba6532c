/** The pacing setting and the passage a play has reached: saved, and absent in older saves. */
import { describe, expect, it } from 'vitest';
import { createSettingsStore, SETTINGS_KEY } from '../../src/state/settings-store.ts';
import { createProgressStore, PROGRESS_KEY } from '../../src/state/progress-store.ts';
import { memoryStorage, type SaveProblem } from '../../src/state/persistence.ts';
import { toStoryLine } from '../../src/story/runner.ts';

const choice = { id: 'c0', index: 0, text: 'Ja', assessment: { scores: {}, neutral: true, feedback: 'f', sources: [] } };

describe('pacing in the saved state', () => {
  it('loads settings saved before pacing with passages, and keeps a change', () => {
    const problems: SaveProblem[] = [];
    const storage = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ state: { lang: 'en', highContrast: true, motion: 'system', largeText: false, notesSeen: ['sylvia'] }, version: 1 }) });
    const s = createSettingsStore(storage, (p) => problems.push(p));
    expect(problems).toEqual([]);
    expect(s.getState()).toMatchObject({ lang: 'en', highContrast: true, pacing: 'passages' });
    s.getState().update({ pacing: 'all' });
    expect(createSettingsStore(storage, () => {}).getState().pacing).toBe('all');
  });

  it('refuses an unknown pacing', () => {
    const problems: SaveProblem[] = [];
    const storage = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ state: { lang: 'nl', highContrast: false, motion: 'system', largeText: false, notesSeen: [], pacing: 'fast' }, version: 1 }) });
    expect(createSettingsStore(storage, (p) => problems.push(p)).getState().pacing).toBe('passages');
    expect(problems.map((p) => p.detail)).toEqual(['pacing: pacing must be passages or all']);
  });

  it('starts a play at its first passage, keeps the passage reached over a reload, and loads a play saved without it', () => {
    const storage = memoryStorage();
    const p = createProgressStore(storage, () => {});
    p.getState().begin('sam', undefined, [toStoryLine('Begin.', [])], [choice], '{}', false, 's1');
    expect(p.getState().plays['sam']!.reached).toEqual({ decision: 0, passage: 0 });
    p.getState().reach('sam', 0, 2);
    expect(createProgressStore(storage, () => {}).getState().plays['sam']!.reached).toEqual({ decision: 0, passage: 2 });

    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!) as { state: { plays: Record<string, { reached?: unknown }> } };
    delete saved.state.plays['sam']!.reached;
    const older = memoryStorage({ [PROGRESS_KEY]: JSON.stringify(saved) });
    const problems: SaveProblem[] = [];
    const play = createProgressStore(older, (x) => problems.push(x)).getState().plays['sam']!;
    expect(problems).toEqual([]);
    expect(play.reached).toBeUndefined();
    expect(play.log).toHaveLength(1);
  });
});
