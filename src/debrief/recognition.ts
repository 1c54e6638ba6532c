/**
 * Signal recognition: the player's "niet pluis" marks against the story's answer key (its
 * `# signaal:` lines). A signal shown on the player's path is recognised when one of its lines was
 * marked and missed when none was; a marked line that is no signal is a false mark. Signals that
 * only show on paths the player did not take are not missed: they are listed apart.
 */
import type { LogEntry } from '../play/types.ts';
import { timesOf } from '../play/marks.ts';
import type { SignalInfo } from '../story/explorer.ts';
import type { SourceRef } from '../story/sources.ts';

/** A signal on the player's path, in story order. */
export type SignalOnPath = {
  readonly id: string;
  readonly text: string;
  readonly time: string | null;
  /** Decisions taken before it showed. */
  readonly after: number;
  readonly recognised: boolean;
  readonly why: string | null;
  readonly sources: readonly SourceRef[];
};

export type Recognition = {
  /** Every signal shown on the player's path, in the order shown (story time). */
  readonly timeline: readonly SignalOnPath[];
  readonly recognised: number;
  readonly missed: number;
  /** Marked lines that are not signals, in story order. */
  readonly falseMarks: ReadonlyArray<{ readonly text: string; readonly time: string | null }>;
  /** Signals only on paths not taken (not counted as missed), in the order they can first show. */
  readonly otherPaths: readonly SignalInfo[];
  /** Recognised as a share of the signals shown (1 when none were shown). */
  readonly share: number;
};

/** Scores a play's marks against the story's signals. */
export function recognitionOf(log: readonly LogEntry[], marks: readonly number[], signals: readonly SignalInfo[]): Recognition {
  const marked = new Set(marks);
  const times = timesOf(log);
  const key = new Map(signals.map((s) => [s.id, s]));
  const shown = new Map<string, { text: string; time: string | null; after: number; recognised: boolean; why: string | null; sources: readonly SourceRef[] }>();
  const falseMarks: Array<{ text: string; time: string | null }> = [];
  let decisions = 0;
  log.forEach((e, i) => {
    if (e.kind === 'choice') {
      decisions++;
      return;
    }
    const id = e.line.signal;
    if (!id) {
      if (marked.has(i) && e.line.text !== '') falseMarks.push({ text: e.line.text, time: times[i] ?? null });
      return;
    }
    const seen = shown.get(id);
    if (seen) {
      // a signal can show on more than one line: marking any of them recognises it
      if (marked.has(i)) seen.recognised = true;
      return;
    }
    const answer = key.get(id);
    shown.set(id, {
      text: e.line.text,
      time: times[i] ?? null,
      after: decisions,
      recognised: marked.has(i),
      why: answer?.why ?? e.line.signalWhy,
      sources: answer?.sources ?? e.line.signalSources,
    });
  });
  const timeline = [...shown].map(([id, s]) => ({ id, ...s }));
  const recognised = timeline.filter((s) => s.recognised).length;
  return {
    timeline,
    recognised,
    missed: timeline.length - recognised,
    falseMarks,
    otherPaths: signals.filter((s) => !shown.has(s.id)),
    share: timeline.length === 0 ? 1 : recognised / timeline.length,
  };
}
