/**
 * A session keeps the ink state of the story build it was started on. After the case changed (here:
 * one option added at the top of decision 1), that state restored into the new build runs another
 * option than the one the room chose. Such a session is read, never played on; the same build, or
 * a session from before builds were recorded, plays as before.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskReader } from '../../src/build/node-reader.ts';
import { storyBuildHash } from '../../src/build/vite-plugin-ink.ts';
import { compileInk } from '../../src/story/compile.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { memoryStorage } from '../../src/state/persistence.ts';
import { createWorkshopDriver } from '../../src/workshop/driver.ts';
import { playOption, startSession } from '../../src/workshop/engine.ts';
import { EarlierBuildError, isPlayable } from '../../src/workshop/session.ts';
import { createWorkshopStore } from '../../src/workshop/store.ts';
import type { WorkshopSession } from '../../src/workshop/types.ts';
import { FIXTURES } from '../helpers.ts';
import { miniJson, ROOM, ticking } from './helpers.ts';

const MINI = `${FIXTURES}/mini.ink`;
const ADDED = `* [Ik bel eerst de ouders. #belang: +1 #feedback: De ouders weten misschien meer. #bron: Tip 6]
  De ouders nemen niet op.
  -> tweede
`;

/** mini.ink with one option added before the first option of decision 1 (its include read from disk). */
function compileChanged(): string {
  const disk = diskReader(resolve('.'));
  const source = readFileSync(MINI, 'utf8').replace('=== eerste ===\nWat doe je? # gespreksvraag: Wanneer spreek je een leerling aan?\n', (m) => m + ADDED);
  const result = compileInk(MINI, { resolve: disk.resolve, read: (path) => (path === MINI ? source : disk.read(path)) });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
  return result.json;
}

const oldJson = miniJson;
const newJson = compileChanged();
const OLD = storyBuildHash(oldJson);
const NEW = storyBuildHash(newJson);

/** A session started on `sessionBuild` (the old one when none), saved in a store served by `json` of build `served`. */
function served(json: string, build: string, sessionBuild: string | undefined) {
  const now = ticking();
  const session = startSession(createStoryRunner(sessionBuild === NEW ? newJson : oldJson), { id: 's1', name: 'Zwolle', caseId: 'mini', caseTitle: 'Mini', groups: ROOM, ...(sessionBuild ? { build: sessionBuild } : {}) }, now());
  const store = createWorkshopStore(memoryStorage(), () => {});
  store.getState().put(session);
  const driver = createWorkshopDriver(store, { loadRunner: async () => createStoryRunner(json), buildOf: () => build, now, newId: () => 'x' });
  return { store, driver, session, get: () => store.getState().sessions['s1']! };
}

const firstStopAfter = (s: WorkshopSession) => Object.values(s.nodes).find((n) => n.parent === s.root)!;

describe('a session on an earlier build of its case', () => {
  it('the two builds differ, and the old state in the new build runs another option than the one chosen', () => {
    expect(OLD).not.toBe(NEW);
    const { session } = served(oldJson, OLD, OLD);
    expect(session.nodes[session.root]!.options[0]!.text).toBe('Ik spreek Sam rustig aan.');
    // what a session played on without the check did: "Sam kijkt op." belongs to the option shown
    const right = playOption(session, createStoryRunner(oldJson), session.root, 0, new Date());
    expect(firstStopAfter(right).lines.map((l) => l.text)).toContain('Sam kijkt op.');
    const wrong = playOption(session, createStoryRunner(newJson), session.root, 0, new Date());
    expect(firstStopAfter(wrong).lines.map((l) => l.text)).not.toContain('Sam kijkt op.');
  });

  it('may be played on only on its own build, or when it has none', () => {
    expect(isPlayable({ build: OLD }, OLD)).toBe(true);
    expect(isPlayable({ build: OLD }, NEW)).toBe(false);
    expect(isPlayable({ build: OLD }, undefined)).toBe(false);
    expect(isPlayable({}, NEW)).toBe(true);
  });

  it('the driver refuses to take a choice or play a "what if" on it, and the session stays as it was', async () => {
    const { driver, session, get } = served(newJson, NEW, OLD);
    await expect(driver.play('s1', session.root, 0)).rejects.toBeInstanceOf(EarlierBuildError);
    expect(get()).toEqual(session);

    // a choice taken on its own build, then the site updated: no "what if" either
    const before = served(oldJson, OLD, OLD);
    await before.driver.play('s1', session.root, 0);
    const taken = before.get();
    const after = served(newJson, NEW, OLD);
    after.store.getState().put(taken);
    await expect(after.driver.play('s1', session.root, 1)).rejects.toBeInstanceOf(EarlierBuildError);
    expect(after.get()).toEqual(taken);
  });

  it('a session on the build served now plays as before, and so does one from before builds were recorded', async () => {
    for (const [json, build, sessionBuild] of [[oldJson, OLD, OLD], [newJson, NEW, NEW], [oldJson, OLD, undefined]] as const) {
      const { driver, session, get } = served(json, build, sessionBuild);
      await driver.play('s1', session.root, 0);
      expect(get().nodes[session.root]!.taken).toBe(0);
      expect(Object.keys(get().nodes)).toHaveLength(2);
    }
  });
});
