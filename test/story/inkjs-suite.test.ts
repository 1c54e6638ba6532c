/**
 * The runner plays any ink the compiler accepts: files from inkjs's own test suite (tunnels,
 * threads, lists, functions, sequences, weaves; test/fixtures/stories/inkjs/README.md) compile
 * through our build, play in our runner with the output inkjs's specs expect, and can be walked.
 * Our header is put in front of each file, as a case would have it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileInk } from '../../src/story/compile.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { exploreStory } from '../../src/story/explorer.ts';

const DIR = 'test/fixtures/stories/inkjs';
const HEADER = ['titel: T', 'kind: K', 'leeftijd: 1', 'thema: t', 'rol: r', 'duur: 1', 'inhoud: n'].map((t) => `# ${t}`).join('\n');

function compiled(name: string): string {
  const source = `${HEADER}\n${readFileSync(`${DIR}/${name}.ink`, 'utf8')}`;
  const r = compileInk(`${name}.ink`, { resolve: (n) => n, read: () => source });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
  return r.json;
}

/** Plays with the given choice indexes; returns the text shown after each step, as inkjs's specs write it. */
function play(name: string, picks: number[] = []): { texts: string[]; choices: string[][]; finished: boolean } {
  const runner = createStoryRunner(compiled(name));
  const texts: string[] = [];
  const choices: string[][] = [];
  let step = runner.continue();
  for (;;) {
    texts.push(step.lines.map((l) => `${l.text}\n`).join(''));
    choices.push(step.choices.map((c) => c.text));
    const pick = picks.shift();
    if (pick === undefined || step.finished) return { texts, choices, finished: step.finished };
    runner.choose(step.choices[pick]!.index);
    step = runner.continue();
  }
}

// walking stories takes seconds on a busy machine
describe('ink from inkjs\'s test suite', { timeout: 60_000 }, () => {
  it('tunnels', () => {
    expect(play('basic_tunnel').texts).toEqual(['Hello world\n']);
    expect(play('complex_tunnels').texts).toEqual(['one (1)\none and a half (1.5)\ntwo (2)\nthree (3)\n']);
  });

  it('threads', () => {
    const p = play('multi_thread', [0]);
    expect(p.texts).toEqual(['This is place 1.\nThis is place 2.\n', 'choice in place 1\nThe end\n']);
    expect(p.choices[0]).toEqual(['choice in place 1', 'choice in place 2']);
    expect(play('thread_in_logic').texts).toEqual(['Content\n']);
  });

  it('lists', () => {
    expect(play('list_basic_operations').texts).toEqual(['b, d\na, b, c, e\nb, c\nfalse\ntrue\ntrue\n']);
    expect(play('more_list_operations').texts).toEqual(['1\nl\nn\nl, m\nn\n']);
  });

  it('sequences of every kind, shuffles included', () => {
    expect(play('all_sequence_types').texts).toEqual([
      'Once: one two\nStopping: one two two two\nDefault: one two two two\nCycle: one two one two\nShuffle: two one one two\nShuffle stopping: one two final final\nShuffle once: two one\n',
    ]);
  });

  it('once-only choices that link back to themselves, and a fallback choice', () => {
    const p = play('once_only_choices_can_link_back_to_self', [0, 0]);
    expect(p.choices).toEqual([['First choice'], ['Second choice'], []]);
    expect(p.finished).toBe(true);
  });

  it('a weave inside a sequence, and functions', () => {
    expect(play('weave_within_sequence', [0]).texts).toEqual(['', 'choice\nnextline\n']);
    expect(play('using_function_and_increment_together')).toEqual({ texts: [''], choices: [[]], finished: true });
  });

  it('walks every one of them without the explorer failing', () => {
    for (const name of ['basic_tunnel', 'complex_tunnels', 'multi_thread', 'thread_in_logic', 'list_basic_operations', 'more_list_operations', 'all_sequence_types', 'once_only_choices_can_link_back_to_self', 'weave_within_sequence', 'using_function_and_increment_together']) {
      const a = exploreStory(compiled(name));
      expect(a.paths, name).toBeGreaterThanOrEqual(1);
      expect(a.findings.filter((f) => f.kind === 'runtime-error' || f.kind === 'not-a-number'), name).toEqual([]);
    }
  });
});
