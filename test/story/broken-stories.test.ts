/**
 * Every rule an author can break is a build error with the file, the line and a Dutch message that
 * says what is wrong and how to fix it. One fixture per rule (test/fixtures/stories/broken-*.ink,
 * most of them the template case with one mistake); the fixtures that must build build.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildStory } from '../../src/build/load-stories.ts';
import { FIXTURES } from '../helpers.ts';

type Want = { readonly line: number; readonly message: RegExp; readonly file?: string };

const expected: Record<string, Want> = {
  // tags and header
  'broken-unknown-tag.ink': { line: 8, message: /onbekende tag "plekk" \(bedoel je "plek"\?\)/ },
  'broken-unknown-principle.ink': { line: 8, message: /onbekende tag "belangg"/ },
  'broken-malformed-score.ink': { line: 8, message: /de score voor "belang" moet een heel getal zijn, bijv\. "#belang: \+2"/ },
  'broken-score-out-of-range.ink': { line: 28, message: /tussen -3 en \+3 liggen/ },
  'broken-score-without-feedback.ink': { line: 9, message: /heeft een score maar geen "# feedback:"/ },
  'broken-scored-and-neutral.ink': { line: 30, message: /niet tegelijk een score hebben en "neutraal"/ },
  'broken-feedback-without-source.ink': { line: 30, message: /feedback maar geen "# bron:"; .*bijv\. "#bron: VRK art\. 12; Tip 6"/ },
  'broken-feedback-without-score.ink': { line: 30, message: /feedback maar geen score; voeg er een toe, bijv\./ },
  'broken-tags-outside-brackets.ink': { line: 9, message: /zet keuzetags binnen de vierkante haken/ },
  'broken-choice-tag-on-line.ink': { line: 31, message: /deze tag hoort bij een keuze; zet hem binnen de \[ \]/ },
  'broken-line-tag-in-choice.ink': { line: 36, message: /hoort bij een regel tekst, niet binnen de \[ \] van een keuze/ },
  'broken-unknown-source.ink': { line: 9, message: /onbekende bron "VRK art\. 99"/ },
  'broken-unknown-place.ink': { line: 8, message: /onbekende plek "maan"\. Kies een van: klaslokaal, gang, spreekkamer, .*thuis; bijv\. "# plek: gang"/ },
  'broken-signal-id-accent.ink': { line: 22, message: /signaal heeft een naam nodig van alleen a–z, 0–9 en _, zonder accenten/ },
  'broken-ending-id.ink': { line: 56, message: /einde heeft een naam nodig van alleen a–z, 0–9 en _, zonder accenten/ },
  'broken-policy-tip.ink': { line: 39, message: /noemt tip 12, maar de gids heeft tips 1 tot 10/ },
  'broken-route-role.ink': { line: 39, message: /onbekende rol "burgemeester" in de verwijsroute\. Kies een van: zorgcoordinator/ },
  'broken-empty-tag.ink': { line: 17, message: /lege tag: een "#" zonder naam/ },
  'broken-missing-header.ink': { line: 1, message: /de kop van het verhaal mist: # kind:/ },
  'broken-header-late.ink': { line: 17, message: /de koptag "thema" hoort bovenaan het hoofdbestand/ },
  'broken-duur-not-number.ink': { line: 7, message: /duur moet een heel getal zijn, in minuten, zonder eenheid, bijv\. "# duur: 20"; nu staat er "15 minuten"/ },
  'broken-leeftijd-not-number.ink': { line: 4, message: /leeftijd moet een heel getal zijn, in jaren/ },
  'broken-safari-float.ink': { line: 8, message: /een komma vóór een heel uur zoals 9\.00 breekt het verhaal in Safari/ },
  'broken-safari-hour.ink': { line: 39, message: /", 9\.00": een komma vóór een heel uur/ },
  'broken-random.ink': { line: 17, message: /een willekeurige keuze die het verhaal stuurt .* laat elke speler een ander pad lopen dan de build heeft nagelopen/ },
  'broken-url-in-feedback.ink': { line: 24, message: /een webadres met "\/\/": in ink begint "\/\/" een opmerking/ },
  'broken-include.ink': { line: 3, message: /het doel van de sprong "-> nergens" bestaat niet/, file: `${FIXTURES}/_broken-part.ink` },
  'broken-external-no-fallback.ink': { line: 13, message: /EXTERNAL meld_bij_systeem: .*ink-versie nodig met dezelfde naam/ },
  // words
  'broken-term-narration.ink': { line: 8, message: /"loverboy": vermijd dit woord in de vertelling; schrijf mensenhandelaar of uitbuiter/ },
  'broken-term-feedback.ink': { line: 9, message: /"kinderporno" in een tag: feedback en andere tags gebruiken dit woord nooit/ },
  'broken-term-uncorrected.ink': { line: 8, message: /"loverboy" wordt hier gezegd maar niet gecorrigeerd in de volgende 12 regels/ },
  'broken-term-choice-not-scored-down.ink': { line: 9, message: /in een keuze mag het alleen als die keuze negatief scoort/ },
  'broken-term-drugsrunner.ink': { line: 31, message: /"drugsrunner": vermijd dit woord in de vertelling; schrijf een kind dat wordt uitgebuit in de drugshandel/ },
  'broken-term-geldezel.ink': { line: 31, message: /"geldezel": vermijd dit woord in de vertelling/ },
  'broken-term-crimineel.ink': { line: 39, message: /"kleine crimineel": vermijd dit woord in de vertelling; .*slachtoffer van criminele uitbuiting/ },
  // case rules, found by walking every path
  'broken-dead-end.ink': { line: 47, message: /doodlopend pad: het verhaal stopt hier zonder "# einde:"/ },
  'broken-switch-dead-end.ink': { line: 49, message: /doodlopend pad: .*\(met de schakelaar systeem_faalt aan\)$/ },
  'broken-few-decisions.ink': { line: 57, message: /dit einde is al na 2 beslissing\(en\) te bereiken; elk pad heeft er minstens 7 nodig/ },
  'broken-few-endings.ink': { line: 54, message: /het verhaal heeft 2 einde\(s\) .*minstens 3 nodig/ },
  'broken-duplicate-signal.ink': { line: 26, message: /signaal "verzuim" komt op één pad twee keer voor \(ook op regel 18\)/ },
  'broken-few-stakes.ink': { line: 32, message: /principe "verwijzing" \(Juiste verwijzing\) staat maar in 2 keuze\(s\) op het spel; het moet in minstens 3/ },
  'broken-best-not-positive.ink': { line: 23, message: /op principe "geen_schuld" \(Geen victim blaming\) scoort geen enkel pad boven 0/ },
  'broken-phone-off-place.ink': { line: 41, message: /"# telefoon: luidspreker, Veilig Thuis" staat op een regel die op de plek "kantoor" speelt, niet aan de telefoon; .*Zet "# plek: telefoon" op dezelfde regel/ },
  'broken-unscored-choice.ink': { line: 30, message: /keuze "Ik zeg niets\." heeft geen score/ },
  'broken-division-by-zero.ink': { line: 44, message: /ongeldig getal \("Per gesprek weet je Infinity dingen meer\."\): waarschijnlijk een deling door 0/ },
  'broken-ran-out.ink': { line: 50, message: /het verhaal loopt hier uit zijn tekst: er is geen keuze meer over/ },
  'broken-divert-loop.ink': { line: 52, message: /lus zonder keuze: het verhaal springt hier terug/ },
  'broken-repeat-loop.ink': { line: 47, message: /herhaalbare keuze die terugloopt/ },
};

const MUST_BUILD = ['ok-bom.ink', 'ok-crlf.ink', 'ok-bom-crlf.ink', 'ok-external-fallback.ink', 'ok-sticky-once-sequences.ink'];

// walking stories takes seconds on a busy machine
describe('broken stories', { timeout: 60_000 }, () => {
  it('has an expectation for every broken fixture', () => {
    const broken = readdirSync(FIXTURES).filter((f) => f.startsWith('broken-'));
    expect(broken.sort()).toEqual(Object.keys(expected).sort());
    expect(broken.length).toBeGreaterThanOrEqual(14 + 25);
  });

  for (const [name, want] of Object.entries(expected)) {
    it(`fails ${name} with file, line and a Dutch message`, () => {
      const outcome = buildStory(`${FIXTURES}/${name}`);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.result.diagnostics).toContainEqual({ file: want.file ?? `${FIXTURES}/${name}`, line: want.line, message: expect.stringMatching(want.message) });
    });
  }
});

describe('a story file\'s name', () => {
  it('is the case\'s address: a name with accents, a space or a capital fails at line 1, with a name that would do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-name-'));
    const file = join(dir, 'Zoë casus.ink');
    copyFileSync('stories/templates/mijn-casus.ink', file);
    const outcome = buildStory(file);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.result.diagnostics).toEqual([{ file, line: 1, message: expect.stringMatching(/de bestandsnaam "Zoë casus\.ink" mag alleen kleine letters .* bijv\. naar "zoe-casus\.ink"/) }]);
    // the same story under a good name builds
    const good = join(dir, 'zoe-casus.ink');
    copyFileSync('stories/templates/mijn-casus.ink', good);
    expect(buildStory(good).ok).toBe(true);
  });
});

// walking stories takes seconds on a busy machine
describe('stories that must build', { timeout: 60_000 }, () => {
  for (const name of MUST_BUILD) {
    it(`builds ${name} and walks it clean`, () => {
      const outcome = buildStory(`${FIXTURES}/${name}`);
      expect(outcome.ok ? [] : outcome.result.diagnostics).toEqual([]);
      if (!outcome.ok) return;
      expect(outcome.story.analysis.meta.titel).toBe('Mijn casus (voorbeeld)');
      expect(outcome.story.analysis.endings.map((e) => e.id).sort()).toEqual(['beschermd', 'deels_beschermd', 'uit_beeld']);
    });
  }

  it('really has a BOM and CRLF line ends in those fixtures', () => {
    expect(readFileSync(`${FIXTURES}/ok-bom.ink`, 'utf8').charCodeAt(0)).toBe(0xfeff);
    expect(readFileSync(`${FIXTURES}/ok-crlf.ink`, 'utf8')).toContain('\r\n');
    const both = readFileSync(`${FIXTURES}/ok-bom-crlf.ink`, 'utf8');
    expect(both.charCodeAt(0) === 0xfeff && both.includes('\r\n')).toBe(true);
  });

  it('runs the ink fallback of an EXTERNAL function, as Inky does', () => {
    const outcome = buildStory(`${FIXTURES}/ok-external-fallback.ink`);
    if (!outcome.ok) throw new Error('does not build');
    // every path passes the line with the fallback's result; its text is walked without an error
    expect(outcome.story.analysis.findings).toEqual([]);
  });
});

describe('npm run explore', () => {
  const explore = (...files: string[]) => {
    try {
      return { code: 0, out: execFileSync('npx', ['tsx', 'src/cli/explore.ts', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, out: err.stdout + err.stderr };
    }
  };

  it('exits 0 on the template case and prints its table', () => {
    const r = explore('stories/templates/mijn-casus.ink');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Belang van het kind\s+5\s+-4/);
    expect(r.out).toContain('regels: OK');
  }, 60_000);

  it('exits 1 and prints file:line for a broken tag, a broken case rule and a loop', () => {
    const r = explore(`${FIXTURES}/broken-unknown-place.ink`, `${FIXTURES}/broken-dead-end.ink`, `${FIXTURES}/broken-divert-loop.ink`);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${FIXTURES}/broken-unknown-place.ink:8: #plek: maan: onbekende plek "maan"`);
    expect(r.out).toContain(`${FIXTURES}/broken-dead-end.ink:47: doodlopend pad`);
    expect(r.out).toContain(`${FIXTURES}/broken-divert-loop.ink:52: lus zonder keuze`);
  }, 60_000);
});
