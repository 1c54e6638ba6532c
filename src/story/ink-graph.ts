/**
 * Reads the structure of a compiled story (ink's JSON format) to answer two questions the explorer
 * has before and while it walks:
 *   - which parts of a saved state can still matter from here (visit counts a once-only choice, a
 *     sequence or a `{knot}` condition will read later, and the variables the story ever reads),
 *     so that states differing only in what is never read again are walked once;
 *   - whether the story has a divert loop that no choice can leave (found before walking).
 * Paths are ink's own (e.g. "start.0.c-1"), so the compiler's source map turns them into lines.
 */

type Json = unknown;
type Container = { readonly path: string; readonly content: readonly Json[]; readonly parent: Container | null; readonly indexInParent: number; readonly named: ReadonlyMap<string, Container>; readonly flags: number };

/** How a read sees a visit count: exactly, only whether it is above 0, or as a sequence's step. */
type CountView = { readonly kind: 'exact' } | { readonly kind: 'once' } | { readonly kind: 'mod'; readonly n: number } | { readonly kind: 'min'; readonly n: number };
/** Something the story reads: a container's visit count (seen through a view), or a global variable. */
type Reader = { readonly id: number; readonly target: string; readonly view: CountView | 'variable' };

export type InkGraph = {
  /** Global variables the story reads somewhere (the rest only get written). */
  readonly readVariables: ReadonlySet<string>;
  /** The global variables the story can still read from these positions. */
  liveVariables(positions: ReadonlyArray<{ readonly path: string; readonly index: number }>): ReadonlySet<string>;
  readonly usesTurns: boolean;
  readonly usesRandom: boolean;
  /** The ink paths of once-only choices and of shuffled sequences (for a message about their combination). */
  readonly onceOnlyChoices: readonly string[];
  readonly sequences: readonly string[];
  /** A divert loop no choice can leave: the path of the divert that closes it. */
  readonly loopWithoutChoice: string | null;
  /** The part of a visit-count table that the story can still read from these positions. */
  relevantCounts(positions: ReadonlyArray<{ readonly path: string; readonly index: number }>, counts: Readonly<Record<string, number>>): string;
};

function isContainer(x: Json): x is Json[] {
  return Array.isArray(x);
}

/** Builds the container tree with ink's path names (a named child in content goes by its name). */
function buildTree(root: Json[]): Map<string, Container> {
  const all = new Map<string, Container>();
  const make = (arr: Json[], path: string, parent: Container | null, indexInParent: number): Container => {
    const last = arr[arr.length - 1];
    const meta = last && typeof last === 'object' && !Array.isArray(last) ? (last as Record<string, Json>) : null;
    const content = arr.slice(0, arr.length - 1);
    const named = new Map<string, Container>();
    const c: Container = { path, content, parent, indexInParent, named, flags: typeof meta?.['#f'] === 'number' ? (meta['#f'] as number) : 0 };
    all.set(path, c);
    const join = (seg: string) => (path === '' ? seg : `${path}.${seg}`);
    content.forEach((child, i) => {
      if (!isContainer(child)) return;
      const childMeta = child[child.length - 1];
      const name = childMeta && typeof childMeta === 'object' && !Array.isArray(childMeta) ? (childMeta as Record<string, Json>)['#n'] : undefined;
      const sub = make(child, join(typeof name === 'string' ? name : String(i)), c, i);
      if (typeof name === 'string') named.set(name, sub);
    });
    if (meta) {
      for (const [k, v] of Object.entries(meta)) {
        if (k === '#f' || k === '#n' || !isContainer(v)) continue;
        named.set(k, make(v, join(k), c, -1));
      }
    }
    return c;
  };
  make(root, '', null, -1);
  return all;
}

/** Resolves an ink path written at `from` (a container and index) to a container and index. */
function resolve(all: Map<string, Container>, from: Container, target: string): { container: Container; index: number } | null {
  let parts: string[];
  let at: Container | null;
  if (target.startsWith('.')) {
    parts = target.slice(1).split('.');
    at = from;
    if (parts[0] === '^') parts = parts.slice(1);
  } else {
    parts = target.split('.');
    at = all.get('') ?? null;
  }
  let index = 0;
  for (let i = 0; i < parts.length && at; i++) {
    const p = parts[i]!;
    if (p === '^') {
      at = at.parent;
      index = 0;
      continue;
    }
    if (/^\d+$/.test(p)) {
      const n = Number(p);
      const child = at.content[n];
      if (isContainer(child)) {
        at = [...at.named.values()].find((c) => c.indexInParent === n && c.parent === at) ?? all.get(at.path === '' ? p : `${at.path}.${p}`) ?? null;
        index = 0;
      } else {
        index = n;
        if (i !== parts.length - 1) return null;
      }
      continue;
    }
    at = at.named.get(p) ?? null;
    index = 0;
  }
  return at ? { container: at, index } : null;
}

function containerAt(all: Map<string, Container>, path: string): Container | null {
  return all.get(path) ?? null;
}

/** Reads a compiled story's structure. */
export function inkGraph(storyJson: string): InkGraph {
  const parsed = JSON.parse(storyJson) as { root: Json[] };
  const all = buildTree(parsed.root);
  const readVariables = new Set<string>();
  let usesTurns = false;
  let usesRandom = false;
  const readers: Reader[] = [];
  const onceOnlyChoices: string[] = [];
  const sequences: string[] = [];
  /** Per container: the readers that sit directly in its content, by index. */
  const readersAt = new Map<Container, Array<{ index: number; reader: number }>>();
  let unknownDivert = false;
  const addReader = (c: Container, index: number, target: string, view: CountView | 'variable') => {
    const r: Reader = { id: readers.length, target, view };
    readers.push(r);
    const list = readersAt.get(c) ?? [];
    list.push({ index, reader: r.id });
    readersAt.set(c, list);
  };

  for (const c of all.values()) {
    c.content.forEach((obj, i) => {
      if (typeof obj === 'string') {
        if (obj === 'turns' || obj === 'turn' || obj === 'readc') usesTurns = true;
        if (obj === 'rnd' || obj === 'srnd' || obj === 'seq' || obj === 'lrnd') usesRandom = true;
        if (obj === 'visit') {
          const n = c.content[i + 1];
          const op = c.content[i + 2];
          const view: CountView = typeof n === 'number' && op === '%' ? { kind: 'mod', n } : typeof n === 'number' && op === 'MIN' ? { kind: 'min', n } : { kind: 'exact' };
          addReader(c, i, c.path, view);
          // a sequence read as a step (cycle, stopping, once) adds at most its length to the states
          if (view.kind === 'exact') sequences.push(`${c.path}.${i}`);
        }
        return;
      }
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return;
      const o = obj as Record<string, Json>;
      for (const name of [o['VAR?'], o['^var'], o['var'] === true ? o['->'] : undefined]) {
        if (typeof name !== 'string') continue;
        readVariables.add(name);
        addReader(c, i, name, 'variable');
      }
      if (o['var'] === true && typeof o['->'] === 'string') unknownDivert = true;
      if (typeof o['CNT?'] === 'string') {
        const t = resolve(all, c, o['CNT?']);
        if (t) addReader(c, i, t.container.path, { kind: 'exact' });
      }
      if (typeof o['*'] === 'string' && typeof o['flg'] === 'number' && (o['flg'] & 16) !== 0) {
        const t = resolve(all, c, o['*']);
        if (t) {
          addReader(c, i, t.container.path, { kind: 'once' });
          onceOnlyChoices.push(`${c.path}.${i}`);
        }
      }
    });
  }

  /** Every position flow can reach from here: a container and the first index that runs. */
  const edges = (c: Container, from: number, visit: (c: Container, index: number) => void, onReader: (id: number) => void) => {
    for (const r of readersAt.get(c) ?? []) if (r.index >= from) onReader(r.reader);
    for (let i = from; i < c.content.length; i++) {
      const obj = c.content[i];
      if (isContainer(obj)) {
        const child = [...c.named.values()].find((x) => x.indexInParent === i) ?? containerAt(all, c.path === '' ? String(i) : `${c.path}.${i}`);
        if (child) visit(child, 0);
        continue;
      }
      if (!obj || typeof obj !== 'object') continue;
      const o = obj as Record<string, Json>;
      const target = (o['var'] === true ? null : (o['->'] ?? o['f()'] ?? o['->t->'] ?? o['*'] ?? o['^->'])) as string | null | undefined;
      if (typeof target === 'string') {
        const t = resolve(all, c, target);
        if (t) visit(t.container, t.index);
      }
    }
    if (c.parent && c.indexInParent >= 0) visit(c.parent, c.indexInParent + 1);
  };

  const cache = new Map<string, Set<number>>();
  const reachableReaders = (positions: ReadonlyArray<{ readonly path: string; readonly index: number }>): Set<number> => {
    const key = positions.map((p) => `${p.path}@${p.index}`).sort().join('|');
    const known = cache.get(key);
    if (known) return known;
    const found = new Set<number>();
    if (unknownDivert) {
      for (const r of readers) found.add(r.id);
    } else {
      const scannedFrom = new Map<Container, number>();
      const stack: Array<[Container, number]> = [];
      const visit = (c: Container, index: number) => {
        const seen = scannedFrom.get(c);
        if (seen !== undefined && seen <= index) return;
        scannedFrom.set(c, index);
        stack.push([c, index]);
      };
      for (const p of positions) {
        const c = containerAt(all, p.path);
        if (c) visit(c, Math.max(0, p.index));
        else for (const r of readers) found.add(r.id);
      }
      while (stack.length > 0) {
        const [c, index] = stack.pop()!;
        edges(c, index, visit, (id) => found.add(id));
      }
    }
    cache.set(key, found);
    return found;
  };

  return {
    readVariables,
    usesTurns,
    usesRandom,
    onceOnlyChoices,
    sequences,
    loopWithoutChoice: findLoopWithoutChoice(all),
    liveVariables(positions) {
      const live = new Set<string>();
      for (const id of reachableReaders(positions)) {
        const r = readers[id]!;
        if (r.view === 'variable') live.add(r.target);
      }
      return live;
    },
    relevantCounts(positions, counts) {
      const parts: string[] = [];
      for (const id of reachableReaders(positions)) {
        const r = readers[id]!;
        const n = counts[r.target] ?? 0;
        const v = r.view;
        if (v === 'variable') continue;
        const seen = v.kind === 'exact' ? n : v.kind === 'once' ? Math.min(n, 1) : n === 0 ? -1 : v.kind === 'mod' ? (n - 1) % v.n : Math.min(n - 1, v.n);
        parts.push(`${id}:${seen}`);
      }
      return parts.sort().join(',');
    },
  };
}

const STOPS = new Set(['end', 'done', '->->', '~ret', 'thread']);

/**
 * Follows the flow from every container start, through unconditional diverts only, and stops at
 * anything that could lead out (a choice, a condition, an end, a return, a thread). Coming back to
 * where it already was means a loop that no choice can leave: the path of the divert that closes it.
 */
function findLoopWithoutChoice(all: Map<string, Container>): string | null {
  const escapes = new Set<string>();
  for (const start of all.values()) {
    const chain = new Set<string>();
    let c: Container = start;
    let i = 0;
    let lastDivert: string | null = null;
    for (let steps = 0; steps < 100_000; steps++) {
      const here = `${c.path}@${i}`;
      if (escapes.has(here)) break;
      if (chain.has(here)) return lastDivert ?? `${c.path}.${i}`;
      chain.add(here);
      if (i >= c.content.length) {
        if (c.parent && c.indexInParent >= 0) {
          i = c.indexInParent + 1;
          c = c.parent;
          continue;
        }
        break;
      }
      const obj = c.content[i];
      if (isContainer(obj)) {
        const child = [...c.named.values()].find((x) => x.indexInParent === i) ?? all.get(c.path === '' ? String(i) : `${c.path}.${i}`);
        if (!child) break;
        c = child;
        i = 0;
        continue;
      }
      if (typeof obj === 'string') {
        if (STOPS.has(obj)) break;
        i++;
        continue;
      }
      if (obj && typeof obj === 'object') {
        const o = obj as Record<string, Json>;
        if ('*' in o || o['c'] === true || o['var'] === true) break;
        if (typeof o['->'] === 'string') {
          const t = resolve(all, c, o['->']);
          if (!t) break;
          lastDivert = `${c.path}.${i}`;
          c = t.container;
          i = t.index;
          continue;
        }
      }
      i++;
    }
    for (const h of chain) escapes.add(h);
  }
  return null;
}
