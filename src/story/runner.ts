/**
 * The only module that talks to inkjs. It hands out plain data: lines with their parsed tags, and
 * choices with their parsed scores and feedback. Everything else in the game works on that data.
 */
import { Story } from 'inkjs';
import type { PlaceId } from './places.ts';
import type { RouteRole } from './route-roles.ts';
import type { GuideTip, SourceRef } from './sources.ts';
import { declaredSwitches, type Switches } from './switches.ts';
import { assessChoice, parseTag, type ChoiceAssessment } from './tags.ts';
import { readCast, readMeta, type StoryMeta } from './meta.ts';
import type { Face, Person, PhoneCue, Presence } from './cast.ts';
import type { StoryJson } from './story-json.ts';

export type StoryLine = {
  readonly text: string;
  readonly speaker: string | null;
  readonly place: PlaceId | null;
  readonly time: string | null;
  readonly signal: string | null;
  readonly ending: string | null;
  readonly prompts: readonly string[];
  /** On a signal line: why it is a signal, and the sources for that (the answer key, shown after play). */
  readonly signalWhy: string | null;
  readonly signalSources: readonly SourceRef[];
  /** Policy questions for the workshop at the next decision. */
  readonly policy: ReadonlyArray<{ readonly tip: GuideTip; readonly question: string }>;
  /** A role in the referral route that this line names (for the workshop's local route map). */
  readonly route: RouteRole | null;
  /** For the pictures: what the phone shows from this line on (`# telefoon:`). */
  readonly phone?: PhoneCue | undefined;
  /** For the pictures: who is in the scene from this line on (`# aanwezig:`). */
  readonly present?: Presence | undefined;
  /** For the pictures: how people look from this line on (`# gezicht:`). */
  readonly faces?: readonly Face[] | undefined;
};

export type StoryChoice = {
  /** Stable within one build of the story: ink's source path of the choice. */
  readonly id: string;
  readonly index: number;
  readonly text: string;
  readonly assessment: ChoiceAssessment;
};

/** What the story shows between two decisions. */
export type StoryStep = {
  readonly lines: readonly StoryLine[];
  readonly choices: readonly StoryChoice[];
  /** True when the story has nothing more to show and nothing to choose. */
  readonly finished: boolean;
};

export interface StoryRunner {
  readonly meta: StoryMeta;
  /** The people the header names (`# persoon:`), for the pictures. */
  readonly cast: readonly Person[];
  /** Runs the story until the next decision or the end. */
  continue(): StoryStep;
  /** The choices open right now (also after restoring a save). */
  currentChoices(): readonly StoryChoice[];
  choose(index: number): void;
  saveState(): string;
  /** Restores a saved state; throws a StateRestoreError when it is not a state of this story. */
  restoreState(json: string): void;
  /** Rewinds to a state this runner saved itself: no checks, for walking every path quickly. */
  rewind(json: string): void;
  /** The ink path of the content evaluated last (the build turns it into a source line). */
  position(): string | null;
}

/** A stretch between two decisions ran past the guard: a loop that no choice can leave. */
export class StoryLoopError extends Error {
  override name = 'StoryLoopError';
  constructor(readonly path: string | null) {
    super(`The story runs on without reaching a choice or an end (at ${path ?? '?'})`);
  }
}

export class StateRestoreError extends Error {
  override name = 'StateRestoreError';
}

/** Turns one line of output and its raw tags into a StoryLine. Meta tags are dropped (they are the header). */
export function toStoryLine(text: string, rawTags: readonly string[]): StoryLine {
  let speaker: string | null = null;
  let place: PlaceId | null = null;
  let time: string | null = null;
  let signal: string | null = null;
  let ending: string | null = null;
  const prompts: string[] = [];
  let signalWhy: string | null = null;
  const signalSources: SourceRef[] = [];
  const policy: Array<{ tip: GuideTip; question: string }> = [];
  let route: RouteRole | null = null;
  let phone: PhoneCue | null = null;
  let present: Presence | null = null;
  const faces: Face[] = [];
  for (const raw of rawTags) {
    const parsed = parseTag(raw);
    if (!parsed.ok) throw new Error(`Bad tag "#${raw}" on line "${text.trim()}": ${parsed.error}`);
    const tag = parsed.tag;
    switch (tag.kind) {
      case 'speaker':
        speaker = tag.name;
        break;
      case 'place':
        place = tag.place;
        break;
      case 'time':
        time = tag.text;
        break;
      case 'signal':
        signal = tag.id;
        break;
      case 'ending':
        ending = tag.id;
        break;
      case 'prompt':
        prompts.push(tag.text);
        break;
      case 'signal-why':
        signalWhy = tag.text;
        break;
      case 'source':
        signalSources.push(...tag.refs);
        break;
      case 'policy':
        policy.push({ tip: tag.tip, question: tag.question });
        break;
      case 'route':
        route = tag.role;
        break;
      case 'phone':
        phone = tag.cue;
        break;
      case 'present':
        present = tag.presence;
        break;
      case 'face':
        faces.push(tag.face);
        break;
      case 'meta':
      case 'person':
        break;
      default:
        throw new Error(`Tag "#${raw}" belongs inside a choice, not on the line "${text.trim()}"`);
    }
  }
  return {
    text: text.trim(), speaker, place, time, signal, ending, prompts, signalWhy, signalSources, policy, route,
    // only when written, so lines without picture tags stay as they were (and so do their saves)
    ...(phone ? { phone } : {}),
    ...(present ? { present } : {}),
    ...(faces.length > 0 ? { faces } : {}),
  };
}

export type RunnerOptions = {
  /** Workshop switches; each is set only when the story declares it. */
  readonly switches?: Switches;
  /** For walking every path: stop a stretch that runs longer than this without a choice (StoryLoopError). */
  readonly guard?: { readonly maxLines: number; readonly maxMs: number };
};

/** Creates a runner over compiled story JSON: the text, or the object from `parseStoryJson` (faster). */
export function createStoryRunner(storyJson: StoryJson, options: RunnerOptions = {}): StoryRunner {
  const story = typeof storyJson === 'string' ? new Story(storyJson) : new Story(storyJson);
  // as in Inky: an EXTERNAL function runs its ink fallback when the game binds none
  story.allowExternalFunctionFallbacks = true;
  const meta = readMeta(story.globalTags ?? []);
  const cast = readCast(story.globalTags ?? []);
  const guard = options.guard;
  const pathOf = (p: { isNull: boolean; path: { toString(): string } | null }) => (p.isNull ? null : (p.path?.toString() ?? null));
  // ink clears its pointers when the story ends, so remember the last place content came from
  let lastPosition: string | null = null;
  const position = () => pathOf(story.state.previousPointer) ?? pathOf(story.state.currentPointer) ?? lastPosition;
  const next = (started: number, count: number): string => {
    if (!guard) return story.Continue() ?? '';
    if (count > guard.maxLines) throw new StoryLoopError(position());
    story.ContinueAsync(Math.max(1, guard.maxMs - (Date.now() - started)));
    if (!story.asyncContinueComplete) throw new StoryLoopError(position());
    return story.currentText ?? '';
  };
  const switches = options.switches ?? {};
  if (Object.values(switches).some(Boolean)) {
    const declared = declaredSwitches(typeof storyJson === 'string' ? storyJson : JSON.stringify(storyJson));
    for (const id of declared) if (switches[id]) story.variablesState.$(id, true);
  }

  const choices = (): StoryChoice[] =>
    story.currentChoices.map((c) => ({ id: c.sourcePath, index: c.index, text: c.text.trim(), assessment: assessChoice(c.tags ?? []) }));

  return {
    meta,
    cast,
    continue() {
      const lines: StoryLine[] = [];
      const started = Date.now();
      for (let count = 0; story.canContinue; count++) {
        const text = next(started, count);
        lastPosition = position();
        const line = toStoryLine(text, story.currentTags ?? []);
        // ink emits tag-only and blank lines; keep a line only if it says or marks something
        if (line.text !== '' || line.place || line.time || line.signal || line.ending || line.prompts.length > 0 || line.policy.length > 0 || line.phone || line.present || line.faces) lines.push(line);
      }
      const open = choices();
      return { lines, choices: open, finished: open.length === 0 };
    },
    currentChoices: choices,
    choose(index) {
      if (!story.currentChoices.some((c) => c.index === index)) throw new Error(`No choice ${index} open now`);
      story.ChooseChoiceIndex(index);
    },
    saveState: () => story.state.toJson(),
    rewind: (json) => {
      // an error on one path must not stick to the next one
      story.state.ResetErrors();
      story.state.LoadJson(json);
      lastPosition = null;
    },
    position,
    restoreState(json) {
      const before = story.state.toJson();
      try {
        story.state.LoadJson(json);
        choices();
      } catch (e) {
        story.state.LoadJson(before);
        throw new StateRestoreError(`Saved story state could not be restored: ${(e as Error).message}`);
      }
    },
  };
}
