import { describe, expect, it } from 'vitest';
import { createStoryRunner } from '../../src/story/runner.ts';
import { playOption } from '../../src/workshop/engine.ts';
import { advance, branchOf, childOf, goTo, isOnMainPath, lineThrough, mainFrontier, mainPath, returnToMain, setPhase, setVotes, whatIfs, WorkshopError } from '../../src/workshop/session.ts';
import { miniJson, newMini, TABLES } from './helpers.ts';

describe('workshop session', () => {
  it('starts at the first decision with its options, prompts and ink state, and holds there', () => {
    const { session } = newMini();
    const root = session.nodes[session.root]!;
    expect(root.options.map((o) => o.text)).toEqual(['Ik spreek Sam rustig aan.', 'Ik wacht af.', 'Ik vraag: "Waarom spijbel je?"']);
    expect(root.prompts).toEqual(['Wanneer spreek je een leerling aan?']);
    expect(root.lines.map((l) => l.text)).toContain('Sam mist al drie dagen.');
    expect(root.inkState.length).toBeGreaterThan(100);
    expect(root).toMatchObject({ phase: 'discuss', taken: null, votes: {}, finished: false });
    expect(session.cursor).toEqual({ node: root.id, showing: null });
  });

  it('moves a decision from discussion to voting to the revealed result', () => {
    let { session, now } = newMini();
    session = setPhase(session, session.root, 'vote', now());
    expect(session.nodes[session.root]!.phase).toBe('vote');
    session = setPhase(session, session.root, 'revealed', now());
    expect(session.nodes[session.root]!.phase).toBe('revealed');
  });

  it('takes the group choice, shows its feedback first, then goes on', () => {
    let { session, runner, now } = newMini();
    session = setVotes(session, session.root, 'zaal', [12, 3, 1], now());
    session = playOption(session, runner, session.root, 0, now());
    const root = session.nodes[session.root]!;
    expect(root).toMatchObject({ taken: 0, takenBy: 'majority' });
    expect(session.cursor).toEqual({ node: root.id, showing: 0 });
    session = advance(session, now());
    const next = session.nodes[session.cursor.node]!;
    expect(next.lines.map((l) => l.text)).toEqual(['Sam kijkt op.', 'Sam heeft blauwe plekken.']);
    expect(session.cursor.showing).toBeNull();
  });

  it("records the trainer's pick when it is not the majority (or there is a tie)", () => {
    let { session, runner, now } = newMini('s', TABLES);
    session = setVotes(session, session.root, 't1', [2, 5, 0], now());
    session = playOption(session, runner, session.root, 0, now());
    expect(session.nodes[session.root]!.takenBy).toBe('trainer');

    let tie = newMini('t');
    tie.session = setVotes(tie.session, tie.session.root, 'zaal', [4, 4, 0], tie.now());
    tie.session = playOption(tie.session, tie.runner, tie.session.root, 1, tie.now());
    expect(tie.session.nodes[tie.session.root]!.takenBy).toBe('trainer');
  });

  it('replays a minority choice as a "what if" without losing the main path', () => {
    let { session, runner, now } = newMini();
    session = setVotes(session, session.root, 'zaal', [10, 2, 4], now());
    session = advance(playOption(session, runner, session.root, 0, now()), now());
    const second = session.cursor.node;
    session = advance(playOption(session, runner, second, 0, now()), now());
    const main = mainPath(session).map((n) => n.id);
    expect(main).toHaveLength(3);
    expect(session.nodes[main[2]!]!.finished).toBe(true);

    // back to the first decision: the room's choice and the votes are still there
    session = goTo(session, session.root, now());
    expect(session.cursor).toEqual({ node: session.root, showing: 0 });
    session = playOption(session, runner, session.root, 2, now());
    expect(session.cursor).toEqual({ node: session.root, showing: 2 });
    expect(session.nodes[session.root]!.taken).toBe(0);
    session = advance(session, now());
    const branchStop = session.cursor.node;
    expect(isOnMainPath(session, branchStop)).toBe(false);
    expect(branchOf(session, branchStop)).toMatchObject({ from: { id: session.root }, choice: 2 });

    // the branch plays on: its own decision, its own ending
    session = advance(playOption(session, runner, branchStop, 1, now()), now());
    expect(session.nodes[session.cursor.node]!.lines.at(-1)).toMatchObject({ ending: 'uit_beeld' });
    expect(lineThrough(session, session.cursor.node).map((n) => n.id)).toEqual([session.root, branchStop, session.cursor.node]);

    // the main path is untouched, and the room goes back to it
    expect(mainPath(session).map((n) => n.id)).toEqual(main);
    expect(whatIfs(session).map((w) => [w.from.id, w.choice, w.path.length])).toEqual([[session.root, 2, 2]]);
    session = returnToMain(session, now());
    expect(session.cursor).toEqual(mainFrontier(session));
    expect(session.cursor.node).toBe(main[2]);
  });

  it('keeps ink state per decision: any stop plays on, wherever the runner was', () => {
    let { session, runner, now } = newMini();
    session = advance(playOption(session, runner, session.root, 1, now()), now());
    const afterWait = session.cursor.node;
    expect(session.nodes[afterWait]!.lines[0]).toMatchObject({ time: 'Een week later' });
    // replay from the first stop with another runner standing elsewhere: the state at the stop decides
    const other = createStoryRunner(miniJson);
    session = playOption(session, other, session.root, 0, now());
    expect(session.nodes[childOf(session, session.root, 0)!.id]!.lines[0]!.text).toBe('Sam kijkt op.');
    // and the waiting branch still carries its own state: choosing there ends as after waiting
    session = playOption(session, other, afterWait, 0, now());
    expect(childOf(session, afterWait, 0)!.lines.at(-1)).toMatchObject({ ending: 'hulp' });
  });

  it('does not play a choice twice: replaying it goes back to the same stop', () => {
    let { session, runner, now } = newMini();
    session = playOption(session, runner, session.root, 0, now());
    session = playOption(session, runner, session.root, 1, now());
    const count = Object.keys(session.nodes).length;
    session = playOption(session, runner, session.root, 1, now());
    expect(Object.keys(session.nodes)).toHaveLength(count);
    expect(session.nodes[session.root]!.taken).toBe(0);
  });

  it('refuses choices and counts that do not fit the decision', () => {
    let { session, runner, now } = newMini('s', TABLES);
    expect(() => playOption(session, runner, session.root, 7, now())).toThrow(WorkshopError);
    expect(() => setVotes(session, session.root, 't1', [1, 2], now())).toThrow(/3 whole numbers/);
    expect(() => setVotes(session, session.root, 't1', [1, -2, 0], now())).toThrow(WorkshopError);
    expect(() => setVotes(session, session.root, 'nope', [1, 2, 0], now())).toThrow(/Unknown group/);
    expect(() => advance(session, now())).toThrow(/Nothing chosen/);
  });
});
