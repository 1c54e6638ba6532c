import { describe, expect, it } from 'vitest';
import { createStoryRunner, StateRestoreError } from '../../src/story/runner.ts';
import { compileFixture } from '../helpers.ts';

const json = compileFixture('mini.ink');

describe('story runner', () => {
  it('reads the header from the global tags', () => {
    expect(createStoryRunner(json).meta).toMatchObject({ titel: 'Mini', leeftijd: '14', rol: 'Mentor', duur: '3' });
  });

  it('hands out lines with parsed tags, without the header tags', () => {
    const step = createStoryRunner(json).continue();
    expect(step.lines[0]).toEqual({ text: 'Maandag. Sam is er niet.', speaker: null, place: 'klaslokaal', time: 'Maandag', signal: null, ending: null, prompts: [], signalWhy: null, signalSources: [], policy: [], route: null });
    expect(step.lines[1]).toMatchObject({ text: 'Sam mist al drie dagen.', signal: 'verzuim' });
    expect(step.lines[2]).toMatchObject({ text: 'Wat doe je?', prompts: ['Wanneer spreek je een leerling aan?'] });
    expect(step.finished).toBe(false);
  });

  it('hands out choices with scores, feedback and sources', () => {
    const { choices } = createStoryRunner(json).continue();
    expect(choices.map((c) => c.text)).toEqual(['Ik spreek Sam rustig aan.', 'Ik wacht af.', 'Ik vraag: "Waarom spijbel je?"']);
    expect(choices[1]!.assessment).toEqual({
      scores: { belang: -1, verwijzing: -1 },
      neutral: false,
      feedback: 'Wachten laat Sam alleen.',
      sources: [{ kind: 'tip', tip: 4 }, { kind: 'meldcode', step: 1 }],
    });
  });

  it('plays to an ending', () => {
    const r = createStoryRunner(json);
    r.continue();
    r.choose(0);
    expect(r.continue().lines[0]).toMatchObject({ text: 'Sam kijkt op.', speaker: 'Sam' });
    r.choose(0);
    const end = r.continue();
    expect(end.finished).toBe(true);
    expect(end.lines.at(-1)).toMatchObject({ text: 'Sam krijgt hulp.', ending: 'hulp' });
  });

  it('saves and restores the state at a decision', () => {
    const a = createStoryRunner(json);
    a.continue();
    a.choose(1);
    a.continue();
    const saved = a.saveState();
    const b = createStoryRunner(json);
    b.restoreState(saved);
    expect(b.currentChoices().map((c) => c.text)).toEqual(a.currentChoices().map((c) => c.text));
    b.choose(2);
    expect(b.continue().lines.at(-1)).toMatchObject({ ending: 'uit_beeld' });
  });

  it('refuses a broken saved state and keeps its own', () => {
    const r = createStoryRunner(json);
    r.continue();
    expect(() => r.restoreState('{"not":"a state"')).toThrow(StateRestoreError);
    expect(r.currentChoices()).toHaveLength(3);
  });

  it('refuses a choice that is not open', () => {
    const r = createStoryRunner(json);
    r.continue();
    expect(() => r.choose(7)).toThrow(/No choice 7/);
  });
});
