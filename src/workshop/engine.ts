/**
 * The part of a workshop that plays the story. Every choice restores the ink state saved at its
 * stop first, so one runner serves the main path and every "what if" branch alike.
 */
import type { StoryRunner, StoryStep } from '../story/runner.ts';
import type { WorkshopGroup, WorkshopNode, WorkshopSession } from './types.ts';
import { childOf, nodeOf, WorkshopError } from './session.ts';
import { majorityChoice } from './votes.ts';
import { emptyPolicy } from './policy.ts';
import type { Switches } from '../story/switches.ts';

export type NewSession = {
  readonly id: string;
  readonly name: string;
  readonly caseId: string;
  readonly caseTitle: string;
  /** The story build the session is played on (the catalog's `build`). */
  readonly build?: string;
  readonly groups: readonly WorkshopGroup[];
  /** Seeds the order of the options on every screen of the session. */
  readonly seed?: string;
  /** Switches the trainer set for this session ("the system fails"); the runner must have been made with them. */
  readonly switches?: Switches;
};

const stopFrom = (id: string, parent: string | null, parentChoice: number | null, step: StoryStep, inkState: string): WorkshopNode => ({
  id,
  parent,
  parentChoice,
  inkState,
  lines: step.lines,
  options: step.choices,
  finished: step.finished,
  prompts: step.lines.flatMap((l) => l.prompts),
  votes: {},
  phase: 'discuss',
  taken: null,
  takenBy: null,
});

/**
 * Starts a session on a fresh runner (made with the session's switches): runs the story to its
 * first decision. The switches live on in the ink state saved at every stop.
 */
export function startSession(runner: StoryRunner, init: NewSession, now: Date): WorkshopSession {
  if (init.groups.length === 0) throw new WorkshopError('A session needs at least one group');
  if (new Set(init.groups.map((g) => g.id)).size !== init.groups.length) throw new WorkshopError('Group ids must differ');
  const step = runner.continue();
  const root = stopFrom('n0', null, null, step, runner.saveState());
  const at = now.toISOString();
  return {
    id: init.id,
    ...(init.seed === undefined ? {} : { seed: init.seed }),
    name: init.name.trim(),
    caseId: init.caseId,
    caseTitle: init.caseTitle,
    ...(init.build ? { build: init.build } : {}),
    createdAt: at,
    updatedAt: at,
    groups: init.groups,
    nodes: { n0: root },
    root: 'n0',
    cursor: { node: 'n0', showing: null },
    nextNode: 1,
    policy: emptyPolicy(init.switches ?? {}),
  };
}

/**
 * Plays `choice` at a stop and shows its feedback. At an undecided stop this is the room's choice
 * (by majority when most votes went to it, otherwise the trainer's pick). At a decided stop it is
 * a "what if": the choice taken there stays, and the alternative becomes a side branch. A choice
 * played before is not played again: the projector goes back to it.
 */
export function playOption(s: WorkshopSession, runner: StoryRunner, nodeId: string, choice: number, now: Date): WorkshopSession {
  const node = nodeOf(s, nodeId);
  if (!node.options.some((o) => o.index === choice)) throw new WorkshopError(`Choice ${choice} is not open at this decision`);
  const decided: WorkshopNode = node.taken === null ? { ...node, taken: choice, takenBy: majorityChoice(node) === choice ? 'majority' : 'trainer' } : node;

  let nodes: Record<string, WorkshopNode> = { ...s.nodes, [node.id]: decided };
  let nextNode = s.nextNode;
  if (!childOf(s, node.id, choice)) {
    runner.restoreState(node.inkState);
    runner.choose(choice);
    const step = runner.continue();
    const id = `n${nextNode++}`;
    nodes = { ...nodes, [id]: stopFrom(id, node.id, choice, step, runner.saveState()) };
  }
  return { ...s, nodes, nextNode, cursor: { node: node.id, showing: choice }, updatedAt: now.toISOString() };
}
