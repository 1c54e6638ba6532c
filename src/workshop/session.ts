/**
 * The session tree: finding the main path and the "what if" branches, and the changes that need
 * no story (votes, phase, moving the projector). Every change returns a new session.
 */
import type { VotePhase, WorkshopCursor, WorkshopGroup, WorkshopNode, WorkshopSession } from './types.ts';
import { isVoteCount, MAX_VOTES } from './votes.ts';

export class WorkshopError extends Error {
  override name = 'WorkshopError';
}

/**
 * Whether a session may be played on (a choice taken, a "what if" played out) with the story build
 * the site serves now. Its ink state and its options' indexes belong to the build it was started
 * on: restored into another build, a choice would run another option than the one shown. A session
 * from before builds were recorded has none, and plays as before.
 */
export const isPlayable = (s: Pick<WorkshopSession, 'build'>, currentBuild: string | undefined): boolean =>
  s.build === undefined || s.build === currentBuild;

/** Thrown when a session of an earlier build of its case is asked to play the story. */
export class EarlierBuildError extends WorkshopError {
  override name = 'EarlierBuildError';
}

/** Refuses to play on a session that `isPlayable` refuses. */
export function assertPlayable(s: WorkshopSession, currentBuild: string | undefined): void {
  if (!isPlayable(s, currentBuild)) throw new EarlierBuildError(`Session ${s.id} was played on build ${s.build}, not on ${currentBuild ?? 'an unknown build'}`);
}

export function nodeOf(s: WorkshopSession, id: string): WorkshopNode {
  const node = Object.hasOwn(s.nodes, id) ? s.nodes[id] : undefined; // a stop named "constructor" is no stop
  if (!node) throw new WorkshopError(`Session ${s.id} has no stop ${id}`);
  return node;
}

/** The stop reached by taking `choice` at `node`, if it has been played. */
export function childOf(s: WorkshopSession, nodeId: string, choice: number): WorkshopNode | undefined {
  return Object.values(s.nodes).find((n) => n.parent === nodeId && n.parentChoice === choice);
}

/** The stop after `node` along the choice taken there. */
export const continuation = (s: WorkshopSession, node: WorkshopNode): WorkshopNode | undefined =>
  node.taken === null ? undefined : childOf(s, node.id, node.taken);

/** Follows the taken choices from `start` for as long as they have been played. */
export function followTaken(s: WorkshopSession, start: WorkshopNode): WorkshopNode[] {
  const out = [start];
  const seen = new Set([start.id]);
  for (let next = continuation(s, start); next && !seen.has(next.id); next = continuation(s, next)) {
    out.push(next);
    seen.add(next.id);
  }
  return out;
}

/** The path the room took: from the first stop along every choice taken. */
export const mainPath = (s: WorkshopSession): WorkshopNode[] => followTaken(s, nodeOf(s, s.root));

/** The stops from the first one down to `nodeId`. */
export function pathTo(s: WorkshopSession, nodeId: string): WorkshopNode[] {
  const out: WorkshopNode[] = [];
  for (let n: WorkshopNode | undefined = nodeOf(s, nodeId); n; n = n.parent === null ? undefined : s.nodes[n.parent]) {
    out.unshift(n);
    if (out.length > Object.keys(s.nodes).length) throw new WorkshopError('the session tree has a loop');
  }
  return out;
}

/** The whole line a stop lies on: how it was reached, and onwards along the choices taken. */
export function lineThrough(s: WorkshopSession, nodeId: string): WorkshopNode[] {
  const before = pathTo(s, nodeId);
  return [...before.slice(0, -1), ...followTaken(s, before.at(-1)!)];
}

/** A "what if": at stop `from`, the room played `choice` instead of the choice taken there. */
export type WhatIf = { readonly from: WorkshopNode; readonly choice: number; readonly path: readonly WorkshopNode[] };

/** Where the path to `nodeId` first leaves the main path, or null when the stop is on the main path. */
export function branchOf(s: WorkshopSession, nodeId: string): WhatIf | null {
  const path = pathTo(s, nodeId);
  for (let i = 1; i < path.length; i++) {
    const parent = path[i - 1]!;
    const here = path[i]!;
    if (here.parentChoice !== parent.taken) return { from: parent, choice: here.parentChoice!, path: followTaken(s, here) };
  }
  return null;
}

export const isOnMainPath = (s: WorkshopSession, nodeId: string): boolean => branchOf(s, nodeId) === null;

/** Every "what if" played from the main path or from another branch, in the order they start. */
export function whatIfs(s: WorkshopSession): WhatIf[] {
  const order = new Map(Object.keys(s.nodes).map((id, i) => [id, i]));
  return Object.values(s.nodes)
    .filter((n) => n.parent !== null && s.nodes[n.parent] && n.parentChoice !== s.nodes[n.parent]!.taken)
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((n) => ({ from: s.nodes[n.parent!]!, choice: n.parentChoice!, path: followTaken(s, n) }));
}

/** The cursor at the end of the main path: where the room carries on after a "what if". */
export function mainFrontier(s: WorkshopSession): WorkshopCursor {
  const last = mainPath(s).at(-1)!;
  return { node: last.id, showing: last.taken };
}

/** The text of the last line before a stop, to recognise the moment. */

const touch = (s: WorkshopSession, now: Date, patch: Partial<WorkshopSession>): WorkshopSession => ({ ...s, ...patch, updatedAt: now.toISOString() });

const withNode = (s: WorkshopSession, node: WorkshopNode, now: Date, patch: Partial<WorkshopSession> = {}): WorkshopSession =>
  touch(s, now, { ...patch, nodes: { ...s.nodes, [node.id]: node } });

/** Enters one group's counts for a stop (one number per option, in the order of its options). */
export function setVotes(s: WorkshopSession, nodeId: string, groupId: string, counts: readonly number[], now: Date): WorkshopSession {
  const node = nodeOf(s, nodeId);
  if (!s.groups.some((g) => g.id === groupId)) throw new WorkshopError(`Unknown group ${groupId}`);
  if (counts.length !== node.options.length || !counts.every(isVoteCount)) {
    throw new WorkshopError(`Votes need ${node.options.length} whole numbers from 0 to ${MAX_VOTES}`);
  }
  return withNode(s, { ...node, votes: { ...node.votes, [groupId]: [...counts] } }, now);
}

/** Adds a group to a session that has not got it (its counts start empty: zeros everywhere). */
export function addGroup(s: WorkshopSession, group: WorkshopGroup, now: Date): WorkshopSession {
  if (s.groups.some((g) => g.id === group.id)) return s;
  return touch(s, now, { groups: [...s.groups, group] });
}

/** Moves a decision between discussing, voting and showing the result. */
export function setPhase(s: WorkshopSession, nodeId: string, phase: VotePhase, now: Date): WorkshopSession {
  const node = nodeOf(s, nodeId);
  return node.phase === phase ? s : withNode(s, { ...node, phase }, now);
}

/**
 * Closes voting at a stop (votes are no longer taken; the result is not yet shown), or opens it
 * again. Saved with the session, so a reload of the console or the projector shows it closed.
 */
export function setVoteClosed(s: WorkshopSession, nodeId: string, closed: boolean, now: Date): WorkshopSession {
  const node = nodeOf(s, nodeId);
  if ((node.voteClosed === true) === closed) return s;
  const { voteClosed: _was, ...rest } = node;
  return withNode(s, closed ? { ...rest, voteClosed: true } : rest, now);
}

/** Puts a stop on the projector as it stands: with the feedback on its choice when one was taken. */
export function goTo(s: WorkshopSession, nodeId: string, now: Date): WorkshopSession {
  const node = nodeOf(s, nodeId);
  return touch(s, now, { cursor: { node: node.id, showing: node.taken } });
}

/** Goes on from the feedback shown to the stop that choice leads to. */
export function advance(s: WorkshopSession, now: Date): WorkshopSession {
  const { node, showing } = s.cursor;
  if (showing === null) throw new WorkshopError('Nothing chosen here yet');
  const next = childOf(s, node, showing);
  if (!next) throw new WorkshopError('That choice has not been played');
  return touch(s, now, { cursor: { node: next.id, showing: next.taken } });
}

/** Back to where the room is on its main path. */
export const returnToMain = (s: WorkshopSession, now: Date): WorkshopSession => touch(s, now, { cursor: mainFrontier(s) });

