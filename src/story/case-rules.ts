/**
 * The rules every playable case must meet, as build errors with file and line. The explorer knows
 * the paths; the compiler's source map turns the ink path of a decision, choice or ending into the
 * line an author wrote. Messages are in Dutch (the authors are Dutch trainers): what is wrong, how
 * to fix it, and an example.
 */
import type { Diagnostic } from './lint.ts';
import type { SourceLocation, SourceMap } from './compile.ts';
import { ENDING_AT, ExploreStoppedError, type StoryAnalysis } from './explorer.ts';
import { PRINCIPLE_IDS, principleById } from './principles.ts';

export const CASE_RULES = { minDecisions: 7, minEndings: 3, minStakes: 3 } as const;

/** Finds where to report a rule: the mapped ink path, else a tag line, else the top of the main file. */
function locate(map: SourceMap, entry: string, path: string | null, fallback?: SourceLocation | null): SourceLocation {
  if (path?.startsWith(ENDING_AT)) return map.tagLines('einde', path.slice(ENDING_AT.length))[0] ?? fallback ?? { file: entry, line: 1 };
  return map.lineOf(path) ?? fallback ?? { file: entry, line: 1 };
}

/**
 * The case rules broken by one walk of the story. `variant` names the switch setting of that walk
 * (e.g. "met systeem_faalt aan"), so an error that only happens with a switch says so.
 */
export function caseDiagnostics(a: StoryAnalysis, map: SourceMap, entry: string, variant: string | null = null, rules = CASE_RULES): Diagnostic[] {
  const out: Diagnostic[] = [];
  const suffix = variant ? ` (${variant})` : '';
  const add = (at: SourceLocation, message: string) => {
    if (!out.some((d) => d.file === at.file && d.line === at.line && d.message === message + suffix)) out.push({ ...at, message: message + suffix });
  };

  for (const f of a.findings) {
    switch (f.kind) {
      case 'dead-end':
        add(locate(map, entry, f.at, map.findText(f.after)), `doodlopend pad: het verhaal stopt hier zonder "# einde:". Zet een einde op de laatste regel, bijv. "Sam krijgt hulp. # einde: hulp", of ga verder met een keuze. (dead end: no choice and no ending)`);
        break;
      case 'unscored-choice':
        add(locate(map, entry, f.at), `keuze "${f.choice}" heeft geen score. Geef hem een score en feedback binnen de haken, bijv. "* [${f.choice} #belang: +1 #feedback: Wat dit voor het kind betekent. #bron: Tip 6]", of "#neutraal" als de keuze bewust geen principe raakt. (unscored choice)`);
        break;
      case 'choice-without-feedback':
        break; // an unscored choice is reported above; a scored one without feedback is a lint error
      case 'runtime-error': {
        const outOfContent = /ran out of content/i.test(f.message);
        const external = /external/i.test(f.message);
        add(
          locate(map, entry, f.at),
          outOfContent
            ? `het verhaal loopt hier uit zijn tekst: er is geen keuze meer over en geen "-> END". Dat gebeurt vaak bij een lus van "*"-keuzes die op raken. Geef een uitweg, bijv. een "+"-keuze of "* -> verder" als laatste keuze (fallback), of sluit af met een einde en "-> END". (ran out of content)`
            : external
              ? `een EXTERNAL-functie zonder ink-versie wordt hier aangeroepen. Schrijf een functie met dezelfde naam, bijv. "=== function naam(x) ===" met "~ return x". (${f.message})`
              : `fout tijdens het spelen van dit pad: ${f.message}. Controleer de logica op deze regel (variabelen, deling, lijsten), bijv. met Inky's "Play". (runtime error)`,
        );
        break;
      }
      case 'not-a-number':
        add(
          map.findText(f.text) ?? locate(map, entry, f.at),
          `deze regel toont een ongeldig getal ("${f.text}"): waarschijnlijk een deling door 0. Controleer eerst de deler, bijv. "{ n > 0: {10 / n} - else: geen }". (division by zero or NaN)`,
        );
        break;
      case 'phone-off-place': {
        const text = map.findText(f.text);
        // the tag may stand on a line of its own above the text it belongs to: the nearest one up
        const tagged = map.tagLines('telefoon', f.cue).filter((l) => !text || (l.file === text.file && l.line <= text.line)).at(-1);
        add(
          tagged ?? text ?? locate(map, entry, f.at),
          `"# telefoon: ${f.cue}" staat op een regel die ${f.place ? `op de plek "${f.place}"` : 'nog op geen plek'} speelt, niet aan de telefoon; daar doet de tag niets en toont het plaatje geen gesprek. Zet "# plek: telefoon" op dezelfde regel of een regel ervoor, bijv. "Je belt Mirjam. # plek: telefoon # telefoon: bellen, Mirjam", of haal de tag weg. (phone tag outside the phone place)`,
        );
        break;
      }
      case 'duplicate-signal': {
        const lines = map.tagLines('signaal', f.signal);
        const second = lines[1] ?? lines[0] ?? { file: entry, line: 1 };
        add(second, `signaal "${f.signal}" komt op één pad twee keer voor${lines[0] && lines[1] ? ` (ook op regel ${lines[0].line})` : ''}; het dossier telt elk signaal één keer. Geef elk signaal een eigen naam, bijv. "# signaal: ${f.signal}_2". (duplicate signal id on one path)`);
        break;
      }
    }
  }

  if (a.decisionsPerPath.min < rules.minDecisions) {
    add(
      locate(map, entry, a.shortestPathEnd),
      `dit einde is al na ${a.decisionsPerPath.min} beslissing(en) te bereiken; elk pad heeft er minstens ${rules.minDecisions} nodig. Voeg op dit pad beslissingen toe, bijv. een gesprek met een collega ("* [Ik overleg met de aandachtsfunctionaris. #verwijzing: +1 …]"). (a path has too few decisions)`,
    );
  }
  if (a.endings.length < rules.minEndings) {
    const first = a.endings[0] ? map.tagLines('einde', a.endings[0].id)[0] : null;
    add(
      first ?? { file: entry, line: 1 },
      `het verhaal heeft ${a.endings.length} einde(s)${a.endings.length ? ` (${a.endings.map((e) => e.id).join(', ')})` : ''}; een casus heeft er minstens ${rules.minEndings} nodig, zodat keuzes ertoe doen. Voeg een einde toe, bijv. "Sam blijft uit beeld. # einde: uit_beeld". (too few endings)`,
    );
  }
  for (const id of PRINCIPLE_IDS) {
    const name = principleById(id).name.nl;
    const firstChoice = map.lineOf(a.stakeChoices[id]?.[0] ?? null);
    if (a.stakes[id] < rules.minStakes) {
      add(
        firstChoice ?? { file: entry, line: 1 },
        `principe "${id}" (${name}) staat maar in ${a.stakes[id]} keuze(s) op het spel; het moet in minstens ${rules.minStakes} keuzes meetellen. Geef meer keuzes een score op "${id}", bijv. "#${id}: +1" of "#${id}: -2". (principle at stake too rarely)`,
      );
    }
    if (a.best[id] <= 0) {
      add(
        firstChoice ?? { file: entry, line: 1 },
        `op principe "${id}" (${name}) scoort geen enkel pad boven 0 (beste: ${a.best[id]}); dan kan een speler het nooit goed doen. Geef een goede keuze een positieve score, bijv. "#${id}: +2". (no path scores above 0)`,
      );
    }
  }
  return out;
}

/** The error for a walk the explorer had to stop, at the line that causes it. */
export function stoppedDiagnostic(e: ExploreStoppedError, map: SourceMap, entry: string, variant: string | null = null): Diagnostic {
  const at = locate(map, entry, e.at);
  const suffix = variant ? ` (${variant})` : '';
  const spent = `(na ${e.states} toestanden en ${(e.ms / 1000).toFixed(1)} s)`;
  switch (e.reason) {
    case 'loop-without-choice':
      return { ...at, message: `lus zonder keuze: het verhaal springt hier terug ("->") zonder dat de speler ooit kan kiezen of het verhaal eindigt, dus het spel blijft hangen. Zet een keuze in de lus of een voorwaarde die eruit leidt, bijv. "{ rondes > 2: -> verder }". (divert loop without a choice)${suffix}` };
    case 'repeat-loop':
      return { ...at, message: `herhaalbare keuze die terugloopt: met deze keuze komt de speler steeds weer bij dezelfde beslissing, en elke ronde verandert er iets, dus er zijn oneindig veel paden ${spent}. Maak er een eenmalige keuze van ("*" in plaats van "+"), of laat de lus eindigen, bijv. "+ {vragen < 3} [Ik vraag nog iets]". (repeatable choice loops back)${suffix}` };
    case 'once-with-sequence': {
      const seq = map.lineOf(e.also);
      return { ...at, message: `te veel combinaties ${spent}: eenmalige "*"-keuzes samen met een willekeurige reeks${seq ? ` (regel ${seq.line})` : ''} maken elk pad uniek. Gebruik "{&a|b}" (om de beurt) of "{a|b}" in plaats van "{~a|b}", of zet de reeks buiten de keuzes. (* choices with a sequence)${suffix}` };
    }
    case 'too-many-states':
      return { ...at, message: `het verhaal heeft te veel verschillende toestanden om alle paden na te lopen ${spent}, vooral rond deze beslissing. Gebruik minder variabelen die elk pad anders maken, of laat takken eerder samenkomen, bijv. met een gather ("- ") na de keuzes. (exploration budget exceeded)${suffix}` };
  }
}
