/**
 * Checks that a value really is a workshop session before it is stored or shown: the save on this
 * device and an imported file go through the same check. Returns the first problem in words.
 */
import { isPlaceId } from '../story/places.ts';
import { isPrincipleId } from '../story/principles.ts';
import { CRC_ARTICLES, GUIDE_TIPS, MELDCODE_STEPS } from '../story/sources.ts';
import type { WorkshopSession } from './types.ts';
import { isVoteCount } from './votes.ts';
import { safeParse, summarize } from 'valibot';
import { WorkshopPolicySchema } from './policy-schema.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown) => v === null || isStr(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isDate = (v: unknown) => isStr(v) && !Number.isNaN(Date.parse(v));
/** A choice's score is a few points; anything far beyond is not from a story of ours. */
const MAX_SCORE_CHECK = 99;

function lineProblem(l: unknown): string | null {
  if (!isObj(l) || !isStr(l.text)) return 'a line has no text';
  if (!isStrOrNull(l.speaker) || !isStrOrNull(l.time) || !isStrOrNull(l.signal) || !isStrOrNull(l.ending)) return `line "${l.text}" has a bad tag`;
  if (l.place !== null && !(isStr(l.place) && isPlaceId(l.place))) return `line "${l.text}" has an unknown place`;
  if (!Array.isArray(l.prompts) || !l.prompts.every(isStr)) return `line "${l.text}" has bad prompts`;
  return null;
}

function sourceOk(r: unknown): boolean {
  if (!isObj(r)) return false;
  switch (r.kind) {
    case 'vrk':
      return isInt(r.article) && Object.hasOwn(CRC_ARTICLES, r.article);
    case 'tip':
      return isInt(r.tip) && Object.hasOwn(GUIDE_TIPS, r.tip);
    case 'meldcode':
      return isInt(r.step) && Object.hasOwn(MELDCODE_STEPS, r.step);
    case 'terminologiegids':
    case 'sr273f':
    case 'aanwijzing':
    case 'gids-h2':
    case 'helpwanted':
      return true;
    default:
      return false;
  }
}

function optionProblem(o: unknown): string | null {
  if (!isObj(o) || !isInt(o.index) || o.index < 0 || !isStr(o.text)) return 'an option has no index or text';
  const a = o.assessment;
  if (!isObj(a) || !isObj(a.scores) || typeof a.neutral !== 'boolean' || !isStrOrNull(a.feedback) || !Array.isArray(a.sources)) return `option "${o.text}" has no assessment`;
  for (const [k, v] of Object.entries(a.scores)) {
    if (!isPrincipleId(k)) return `option "${o.text}" scores an unknown principle "${k}"`;
    if (!isInt(v) || Math.abs(v) > MAX_SCORE_CHECK) return `option "${o.text}" has a bad score on "${k}"`;
  }
  if (!a.sources.every(sourceOk)) return `option "${o.text}" cites an unknown source`;
  return null;
}

function nodeProblem(id: string, n: unknown, groupIds: ReadonlySet<string>): string | null {
  if (!isObj(n)) return 'is not an object';
  if (n.id !== id) return 'has a different id inside';
  if (!isStrOrNull(n.parent) || !(n.parentChoice === null || isInt(n.parentChoice)) || (n.parent === null) !== (n.parentChoice === null)) return 'has a bad parent';
  if (!isStr(n.inkState) || typeof n.finished !== 'boolean') return 'has no story state';
  if (!Array.isArray(n.lines)) return 'has no lines';
  for (const l of n.lines) {
    const p = lineProblem(l);
    if (p) return p;
  }
  if (!Array.isArray(n.options)) return 'has no options';
  for (const o of n.options) {
    const p = optionProblem(o);
    if (p) return p;
  }
  if (n.finished !== (n.options.length === 0)) return 'must have options unless it is the end';
  if (!Array.isArray(n.prompts) || !n.prompts.every(isStr)) return 'has bad prompts';
  if (!isObj(n.votes)) return 'has no votes';
  for (const [g, counts] of Object.entries(n.votes)) {
    if (!groupIds.has(g)) return `has votes of an unknown group "${g}"`;
    if (!Array.isArray(counts) || counts.length !== n.options.length || !counts.every(isVoteCount)) return `has bad vote counts for group "${g}"`;
  }
  if (n.phase !== 'discuss' && n.phase !== 'vote' && n.phase !== 'revealed') return 'has an unknown vote phase';
  const indices = (n.options as Array<{ index: number }>).map((o) => o.index);
  if (n.taken !== null && !(isInt(n.taken) && indices.includes(n.taken))) return 'took a choice that is not one of its options';
  if ((n.taken === null) !== (n.takenBy === null) || (n.takenBy !== null && n.takenBy !== 'majority' && n.takenBy !== 'trainer')) return 'has a bad "taken by"';
  return null;
}

/** The first problem with a would-be session, or null when it is a valid session. */
export function sessionProblem(v: unknown): string | null {
  if (!isObj(v)) return 'a session is not an object';
  const label = isStr(v.name) ? `session "${v.name}"` : 'a session';
  if (!isStr(v.id) || v.id === '' || !isStr(v.name) || !isStr(v.caseId) || !isStr(v.caseTitle)) return `${label} misses its id, name or case`;
  if (!isDate(v.createdAt) || !isDate(v.updatedAt)) return `${label} has bad dates`;
  if (!Array.isArray(v.groups) || v.groups.length === 0 || !v.groups.every((g) => isObj(g) && isStr(g.id) && isStr(g.name))) return `${label} has no valid groups`;
  const groupIds = new Set((v.groups as Array<{ id: string }>).map((g) => g.id));
  if (groupIds.size !== v.groups.length) return `${label} has two groups with the same id`;
  if (!isObj(v.nodes) || !isStr(v.root) || !isInt(v.nextNode)) return `${label} has no decisions`;
  const nodes = v.nodes;
  for (const [id, n] of Object.entries(nodes)) {
    const p = nodeProblem(id, n, groupIds);
    if (p) return `${label}, decision ${id}: ${p}`;
    const node = n as { parent: string | null; parentChoice: number | null };
    if (node.parent !== null) {
      const parent = nodes[node.parent] as { options: Array<{ index: number }> } | undefined;
      if (!parent) return `${label}, decision ${id}: its previous decision is missing`;
      if (!parent.options.some((o) => o.index === node.parentChoice)) return `${label}, decision ${id}: reached by a choice that does not exist`;
    } else if (id !== v.root) return `${label}, decision ${id}: a second start`;
  }
  if (!Object.hasOwn(nodes, v.root)) return `${label} has no first decision`;
  const c = v.cursor;
  if (!isObj(c) || !isStr(c.node) || !Object.hasOwn(nodes, c.node) || !(c.showing === null || isInt(c.showing))) return `${label} has a bad current position`;
  const policy = safeParse(WorkshopPolicySchema, v.policy);
  if (!policy.success) return `${label} has a bad policy part: ${summarize(policy.issues)}`;
  // every stop must lead back to the start: no loops, no islands
  for (const id of Object.keys(nodes)) {
    let at: string | null = id;
    for (let steps = 0; at !== null; steps++) {
      if (steps > Object.keys(nodes).length) return `${label}, decision ${id}: the decisions form a loop`;
      at = (nodes[at] as { parent: string | null }).parent;
    }
  }
  return null;
}

export const isWorkshopSession = (v: unknown): v is WorkshopSession => sessionProblem(v) === null;
