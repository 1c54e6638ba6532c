/**
 * The trainer's debrief of one session, and of several sessions combined. Everything shown is
 * computed by src/debrief/trainer-debrief.ts; this only lays it out, printable one decision per
 * block (the print stylesheet hides the controls).
 */
import { dayText } from '../../i18n/dates.ts';
import { combineProblem } from '../../workshop/combine.ts';
import { buildTrainerDebrief, combineDebriefs, type DecisionRow, type TrainerDebrief } from '../../debrief/trainer-debrief.ts';
import type { Recognition } from '../../debrief/recognition.ts';
import { STORY_LANG } from '../../story/meta.ts';
import { sourceLabel, type SourceRef } from '../../story/sources.ts';
import { principleById } from '../../story/principles.ts';
import type { WorkshopSession } from '../../workshop/types.ts';
import { isPlayable } from '../../workshop/session.ts';
import { groupName } from '../../live/stage.ts';
import { h, storyText } from '../dom.ts';
import { langOf, strings, type AppContext } from '../context.ts';
import { policyText } from './policy-text.ts';
import { feedbackView, scoreBadges } from '../feedback-view.ts';
import { helpLinesView } from '../help-lines-view.ts';
import { reflowTable } from '../table-reflow.ts';
import { profileTable, voteChart } from './charts.ts';
import { exportCsv, exportJson } from './list-view.ts';
import type { WorkshopUi } from './workshop-ui.ts';
import { sessionText } from './session-text.ts';
import { workshopText } from './workshop-text.ts';

const notFound = (ctx: AppContext, message: string): HTMLElement => {
  return h('section', { class: 'screen', 'aria-labelledby': 'screen-title' },
    h('h1', { id: 'screen-title' }, workshopText(ctx).debrief),
    h('p', {}, message),
    h('button', { type: 'button', class: 'primary', onclick: () => ctx.ui.getState().go({ name: 'workshops' }) }, workshopText(ctx).toList),
  );
};


function decisionBlock(ctx: AppContext, d: TrainerDebrief, row: DecisionRow): HTMLElement {
  const t = strings(ctx);
  const ws = workshopText(ctx);
  const lang = langOf(ctx);
  const chart = voteChart(
    row.options.map((o, i) => ({
      label: `${i + 1}. ${o.choice.text}`,
      votes: o.votes,
      percent: o.percent,
      marks: [o.taken ? `✓ ${ws.chosenMark}` : '', o.bestHere ? `★ ${ws.bestHere}` : ''].filter(Boolean),
    })),
    ws.voteCaption(row.number),
    lang,
  );
  const perGroup = d.groups.length > 1
    ? h('table', { class: 'ws-pergroup' },
        h('caption', {}, ws.perGroupCaption(row.number)),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ws.option), ...d.groups.map((g) => h('th', { scope: 'col' }, groupName(g, lang))))),
        h('tbody', {}, ...row.options.map((o, i) => h('tr', {}, h('th', { scope: 'row' }, String(i + 1)), ...o.perGroup.map((n) => h('td', {}, String(n)))))))
    : null;
  return h('article', { class: 'ws-decision', 'aria-labelledby': `ws-d-${row.number}`, 'data-decision': row.number },
    h('h3', { id: `ws-d-${row.number}` }, ws.decisionN(row.number)),
    row.context ? h('p', { class: 'ws-context' }, `“${row.context}”`) : null,
    row.prompts.length > 0 ? h('div', { class: 'ws-prompt-box' }, h('p', { class: 'label' }, ws.prompts), h('ul', {}, ...row.prompts.map((p) => h('li', {}, p)))) : null,
    chart,
    row.totalVotes === 0 ? h('p', { class: 'hint' }, ws.noVotes) : null,
    perGroup,
    row.taken
      ? h('div', { class: 'ws-taken' },
          h('p', {}, h('span', { class: 'label' }, `${ws.taken} ${row.takenBy === 'majority' ? ws.byMajority : ws.byTrainer}: `), storyText(row.taken.choice.text)),
          feedbackView(row.taken.choice.assessment, t, lang))
      : h('p', {}, ws.notTaken),
    row.taken && row.against.length > 0
      ? h('div', { class: 'ws-against' },
          h('p', {}, h('span', { class: 'label' }, `✗ ${ws.againstTitle}: `), row.against.map((id) => `${principleById(id).name[lang]} ${row.taken!.choice.assessment.scores[id]}`).join('; ')),
          h('p', {}, h('span', { class: 'label' }, `★ ${ws.needed}: `), storyText(row.best.choice.text)),
          scoreBadges(row.best.choice.assessment, t, lang))
      : null,
  );
}

/**
 * What the room marked "niet pluis" against the answer key: the figures, each signal on the
 * group's path (recognised or missed, why it is one, the source), lines marked that are no
 * signal, and signals on other paths apart (not missed).
 */
function roomRecognitionView(ctx: AppContext, r: Recognition): HTMLElement {
  const t = strings(ctx);
  const ws = workshopText(ctx);
  const lang = langOf(ctx);
  const sourcesLine = (sources: readonly SourceRef[]) =>
    sources.length > 0 ? h('p', { class: 'sources' }, h('span', { class: 'label' }, `${sources.length > 1 ? t.sources : t.source}: `), sources.map((x) => sourceLabel(x, lang)).join('; ')) : null;
  const why = (text: string | null) => (text ? h('p', { class: 'why' }, h('span', { class: 'label' }, `${t.whySignal}: `), storyText(text)) : null);
  return h('section', { class: 'ws-block recognition ws-recognition', 'aria-labelledby': 'ws-recognition-title' },
    h('h2', { id: 'ws-recognition-title' }, ws.roomRecognitionTitle),
    h('p', {}, ws.roomRecognitionIntro),
    h('dl', { class: 'recognition-figures' },
      h('div', { 'data-measure': 'recognised' }, h('dt', {}, `✓ ${t.recognisedLabel}`), h('dd', {}, t.recognisedOf(r.recognised, r.timeline.length))),
      h('div', { 'data-measure': 'missed' }, h('dt', {}, `✗ ${t.missedLabel}`), h('dd', {}, String(r.missed))),
      h('div', { 'data-measure': 'false-marks' }, h('dt', {}, `⚑ ${t.falseMarksLabel}`), h('dd', {}, String(r.falseMarks.length))),
    ),
    r.timeline.length === 0
      ? h('p', {}, ws.roomNoSignalsOnPath)
      : h('ol', { class: 'signal-timeline' }, ...r.timeline.map((x) =>
          h('li', { class: x.recognised ? 'seen' : 'missed' },
            h('span', { class: 'mark' }, x.recognised ? `✓ ${t.signalSeen}` : `✗ ${t.signalMissed}`),
            h('span', { class: 'when' }, [x.time, t.afterDecisions(x.after)].filter(Boolean).join(' · ')),
            h('div', { class: 'what' }, storyText(x.text, 'p'), why(x.why), sourcesLine(x.sources))))),
    r.falseMarks.length === 0 ? null : h('div', { class: 'false-marks' },
      h('h3', {}, t.falseMarksTitle),
      h('p', {}, t.falseMarksIntro),
      h('ul', {}, ...r.falseMarks.map((m) => h('li', {}, m.time ? h('span', { class: 'when', lang: STORY_LANG }, `${m.time}: `) : null, storyText(m.text))))),
    r.otherPaths.length === 0 ? null : h('div', { class: 'other-paths' },
      h('h3', {}, t.otherPathsTitle),
      h('p', {}, ws.roomOtherPathsIntro),
      h('ul', {}, ...r.otherPaths.map((x) => h('li', {}, storyText(x.text, 'p'), why(x.why), sourcesLine(x.sources))))),
  );
}

/** The debrief of one workshop session. */
export function trainerDebriefView(ctx: AppContext, w: WorkshopUi, sessionId: string): HTMLElement {
  const t = strings(ctx);
  const ws = workshopText(ctx);
  const lang = langOf(ctx);
  const go = ctx.ui.getState().go;
  const s = w.store.getState().sessions[sessionId];
  if (!s) return notFound(ctx, ws.sessionNotFound);
  /** The session as stored now (what an export takes: the room may have gone on in another tab since this was shown). */
  const current = () => w.store.getState().sessions[sessionId] ?? s;
  const entry = ctx.catalog.find((c) => c.id === s.caseId);
  const analysis = w.analysisOf(s.caseId);
  if (!entry || !analysis) return notFound(ctx, ws.unknownCase);
  const d = buildTrainerDebrief(s, analysis);

  return h('section', { class: 'screen ws-debrief', 'aria-labelledby': 'screen-title' },
    h('h1', { id: 'screen-title' }, ws.debriefTitle(d.name)),
    h('p', { class: 'ws-kicker' }, [d.caseTitle, dayText(d.createdAt, lang), d.groups.map((g) => groupName(g, lang)).join(', ')].join(' · ')),
    h('p', {}, ws.debriefIntro),
    d.finished ? null : h('p', { class: 'ws-note' }, ws.notFinished),
    // a session from before the story was changed stays readable, and says so
    !isPlayable(s, entry.build) ? h('p', { class: 'ws-note note-earlier', role: 'note' }, `ⓘ ${t.keep.earlierBuildSession}`) : null,
    h('div', { class: 'actions no-print' },
      h('button', { type: 'button', onclick: () => window.print() }, t.print),
      h('button', { type: 'button', onclick: () => exportCsv([current()], s.name, lang) }, ws.exportCsv),
      h('button', { type: 'button', onclick: () => exportJson([current()], s.name) }, ws.exportJson),
      h('button', { type: 'button', onclick: () => go({ name: 'workshop', sessionId }) }, ws.continue),
      h('button', { type: 'button', onclick: () => go({ name: 'workshops' }) }, ws.allSessions),
    ),
    d.ending ? h('div', { class: 'ending-box ws-block' }, h('h2', {}, t.ending), storyText(d.ending.text, 'p')) : null,

    h('section', { class: 'ws-block', 'aria-labelledby': 'ws-best-title' },
      h('h2', { id: 'ws-best-title' }, ws.pathVsBest),
      h('p', {}, d.leftBestPathAt === null ? ws.stayedOnBest : ws.leftBestAt(d.leftBestPathAt)),
      reflowTable(h('table', { class: 'ws-paths' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ws.step), h('th', { scope: 'col' }, ws.groupChose), h('th', { scope: 'col' }, ws.bestPath))),
        h('tbody', {}, ...d.bestPath.map((r) =>
          h('tr', { class: r.same ? 'ws-same' : '' },
            h('th', { scope: 'row' }, String(r.step)),
            h('td', {}, r.taken ? storyText(r.taken.text) : '—', r.taken ? scoreBadges(r.taken.assessment, t, lang) : null),
            h('td', {}, r.best ? storyText(r.best.choice) : '—', r.same ? h('span', { class: 'ws-mark' }, ` = ${ws.same}`) : null),
          ))),
      )),
    ),

    h('section', { class: 'ws-block', 'aria-labelledby': 'ws-profile-title' },
      h('h2', { id: 'ws-profile-title' }, ws.profileTitle),
      profileTable([{ label: ws.profileRoom, results: d.results }, ...(d.groups.length > 1 ? d.groupProfiles.map((g) => ({ label: ws.groupVotedAt(groupName(g.group, lang), g.decisionsVoted, d.decisions.length), results: g.results })) : [])], ws.profileTitle, t, lang),
      d.groups.length > 1 ? h('p', { class: 'hint' }, ws.profileGroupsNote) : null,
    ),

    h('section', { class: 'ws-block', 'aria-labelledby': 'ws-against-title' },
      h('h2', { id: 'ws-against-title' }, ws.againstTitle),
      d.against.length === 0
        ? h('p', {}, ws.againstNone)
        : h('ul', { class: 'ws-against-list' }, ...d.against.map((a) =>
            h('li', {},
              h('strong', {}, ws.againstItem(a.decision, principleById(a.principle).name[lang], a.points)),
              h('br'), `✗ ${a.taken.text}`, h('br'), `★ ${ws.needed}: ${a.needed.text}`))),
    ),

    h('section', { 'aria-labelledby': 'ws-decisions-title' },
      h('h2', { id: 'ws-decisions-title' }, ws.decisionsTitle),
      ...d.decisions.map((row) => decisionBlock(ctx, d, row)),
    ),

    roomRecognitionView(ctx, d.recognition),

    h('section', { class: 'ws-block', 'aria-labelledby': 'ws-questions-title' },
      h('h2', { id: 'ws-questions-title' }, ws.promptsTitle),
      d.prompts.length === 0 ? h('p', {}, ws.noPrompts) : h('ul', { class: 'ws-questions' }, ...d.prompts.flatMap((p) => p.prompts.map((q) => h('li', {}, h('span', { class: 'label' }, `${ws.decisionN(p.decision)}: `), q)))),
    ),

    h('section', { class: 'ws-block', 'aria-labelledby': 'ws-whatifs-title' },
      h('h2', { id: 'ws-whatifs-title' }, ws.whatIfsTitle),
      d.whatIfs.length === 0
        ? h('p', {}, ws.noWhatIfs)
        : h('ul', {}, ...d.whatIfs.map((x) => h('li', {}, ws.whatIfFrom(x.fromDecision, x.choice.text), ' — ', ws.whatIfResult(x.decisions, x.ending?.text ?? null)))),
    ),
    helpLinesView(ctx),
  );
}

/** Several sessions of one case: votes per decision added up, profiles side by side. */
export function combinedDebriefView(ctx: AppContext, w: WorkshopUi, sessionIds: readonly string[]): HTMLElement {
  const t = strings(ctx);
  const ws = workshopText(ctx);
  const lang = langOf(ctx);
  const go = ctx.ui.getState().go;
  /** The sessions as stored now (what an export takes: the room may have gone on in another tab since this was shown). */
  const current = () => sessionIds.map((id) => w.store.getState().sessions[id]).filter((s): s is WorkshopSession => !!s);
  const sessions = current();
  // totals without a session the address names would pass for the whole set: say what is missing
  if (sessions.length < sessionIds.length) return notFound(ctx, sessionIds.length === 1 ? ws.sessionNotFound : sessionText(ctx).sessionsMissing(sessionIds.length - sessions.length, sessionIds.length));
  if (combineProblem(sessions) === 'different-cases') return notFound(ctx, ws.combineSameCase);
  const analysis = w.analysisOf(sessions[0]!.caseId);
  if (!analysis) return notFound(ctx, ws.unknownCase);
  const c = combineDebriefs(sessions.map((s) => buildTrainerDebrief(s, analysis)), analysis);
  const anyGroups = c.sessions.some((d) => d.groups.length > 1);

  return h('section', { class: 'screen ws-debrief', 'aria-labelledby': 'screen-title' },
    h('h1', { id: 'screen-title' }, ws.combinedTitle(c.caseTitle)),
    h('p', {}, ws.combinedIntro),
    h('div', { class: 'actions no-print' },
      h('button', { type: 'button', onclick: () => window.print() }, t.print),
      h('button', { type: 'button', onclick: () => exportCsv(current(), c.caseTitle, lang) }, ws.exportCsv),
      h('button', { type: 'button', onclick: () => exportJson(current(), c.caseTitle) }, ws.exportJson),
      h('button', { type: 'button', onclick: () => go({ name: 'workshops' }) }, ws.allSessions),
    ),

    h('section', { class: 'ws-block', 'aria-labelledby': 'ws-sessions-title' },
      h('h2', { id: 'ws-sessions-title' }, ws.sessionsTitle),
      reflowTable(h('table', { class: 'ws-paths' },
        h('thead', {}, h('tr', {}, ...[ws.session, ws.date, ws.groupsHeader, ws.decisionsHeader, ws.votesHeader, t.ending].map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, ...c.sessions.map((d) =>
          h('tr', {},
            h('th', { scope: 'row' }, d.name, d.finished ? null : h('span', { class: 'ws-unfinished' }, ` (${policyText(ctx).unfinished})`)),
            h('td', {}, dayText(d.createdAt, lang)),
            h('td', {}, d.groups.map((g) => groupName(g, lang)).join(', ')),
            h('td', {}, String(d.decisions.filter((r) => r.taken).length)),
            h('td', {}, String(d.totalVotes)),
            h('td', {}, d.ending?.text ?? ws.noEnding),
          ))),
      )),
    ),

    h('section', { class: 'ws-block', 'aria-labelledby': 'ws-cprofile-title' },
      h('h2', { id: 'ws-cprofile-title' }, ws.profileTitle),
      profileTable([...c.sessions.map((d) => ({ label: d.name, results: d.results })), { label: ws.mean, results: c.meanResults }], ws.profileTitle, t, lang),
      anyGroups ? h('h3', {}, ws.groupsHeader) : null,
      anyGroups
        ? profileTable(c.sessions.flatMap((d) => (d.groups.length > 1 ? d.groupProfiles.map((g) => ({ label: `${d.name}: ${ws.groupVotedAt(groupName(g.group, lang), g.decisionsVoted, d.decisions.length)}`, results: g.results })) : [])), `${ws.profileTitle} (${ws.groupsHeader})`, t, lang)
        : null,
      anyGroups ? h('p', { class: 'hint' }, ws.profileGroupsNote) : null,
    ),

    h('section', { class: 'ws-block', 'aria-labelledby': 'ws-crecognition-title' },
      h('h2', { id: 'ws-crecognition-title' }, ws.roomRecognitionTitle),
      h('p', { 'data-testid': 'combined-recognition' }, ws.roomMarksCombined(c.recognition.recognised, c.recognition.shown, c.recognition.falseMarks)),
    ),

    h('section', { 'aria-labelledby': 'ws-cdecisions-title' },
      h('h2', { id: 'ws-cdecisions-title' }, ws.decisionsTitle),
      ...c.decisions.map((dec, i) =>
        h('article', { class: 'ws-decision', 'aria-labelledby': `ws-cd-${i}` },
          h('h3', { id: `ws-cd-${i}` }, ws.decisionN(dec.position)),
          dec.context ? h('p', { class: 'ws-context' }, `“${dec.context}”`) : null,
          h('p', { class: 'hint' }, ws.metIn(dec.sessions, c.sessions.length)),
          voteChart(dec.options.map((o, k) => ({
            label: `${k + 1}. ${o.text}`,
            votes: o.votes,
            percent: o.percent,
            marks: [o.takenIn > 0 ? `✓ ${ws.takenIn(o.takenIn)}` : '', o.bestHere ? `★ ${ws.bestHere}` : ''].filter(Boolean),
          })), ws.voteCaption(dec.position), lang),
          // a column per session: on a narrow screen each option is a card that names the sessions
          reflowTable(h('table', { class: 'ws-pergroup' },
            h('caption', {}, ws.perSessionCaption),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ws.option), ...c.sessions.map((d) => h('th', { scope: 'col' }, d.name)))),
            h('tbody', {}, ...dec.options.map((o, k) => h('tr', {}, h('th', { scope: 'row' }, String(k + 1)), ...o.perSession.map((n) => h('td', {}, String(n)))))))),
        )),
    ),
  );
}
