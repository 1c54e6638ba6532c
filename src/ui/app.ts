/**
 * Wires the stores, the catalog and the views together. Views only read stores and call the
 * actions defined here; the story itself is only ever touched through the case session.
 */
import { createGame, type CaseLocks } from '../play/game.ts';
import type { CatalogEntry } from '../story/catalog.ts';
import type { KeyValueStorage, SaveProblem, StorageWatch } from '../state/persistence.ts';
import { SETTINGS_KEY } from '../state/settings-store.ts';
import { WORKSHOPS_KEY } from '../workshop/store.ts';
import { confirmDialog } from './confirm-dialog.ts';
import { STRINGS, type Lang } from '../i18n/strings.ts';
import { h } from './dom.ts';
import { entryOf, strings, type AppContext } from './context.ts';
import { createUiStore, type Screen } from './ui-store.ts';
import { titleView } from './title-view.ts';
import { noteView } from './note-view.ts';
import { playView, type View } from './play-view.ts';
import { debriefView } from './debrief-view.ts';
import { pauseDialog } from './pause-dialog.ts';
import { focusHeading } from './dom.ts';
import { isWorkshopScreen, workshopHash, workshopScreenFromHash, type WorkshopScreen } from './workshop/routes.ts';
import type { WorkshopUi } from './workshop/workshop-ui.ts';

export function screenFromHash(hash: string): Screen {
  const workshop = workshopScreenFromHash(hash);
  if (workshop) return workshop;
  const m = /^#(note|play|debrief)=([a-z0-9_-]+)(?:\/(\d+))?$/i.exec(hash);
  if (!m) return { name: 'title' };
  if (m[1] === 'debrief') return m[3] === undefined ? { name: 'debrief', caseId: m[2]! } : { name: 'debrief', caseId: m[2]!, play: Number(m[3]) };
  return { name: m[1] as 'note' | 'play', caseId: m[2]! };
}

export function hashOf(screen: Screen): string {
  if (isWorkshopScreen(screen)) return workshopHash(screen);
  if (screen.name === 'title') return '';
  return `#${screen.name}=${screen.caseId}${screen.name === 'debrief' && screen.play !== undefined ? `/${screen.play}` : ''}`;
}

export type AppEnv = {
  /** Hears other tabs' writes to the storage. */
  readonly watch?: StorageWatch | undefined;
  /** One tab at a time per case. */
  readonly locks?: CaseLocks | undefined;
};

export function startApp(root: HTMLElement, catalog: readonly CatalogEntry[], storage: KeyValueStorage, env: AppEnv = {}): AppContext {
  const ui = createUiStore();
  // Reading the settings can itself report a problem, before they exist: report in Dutch until then.
  let lang: Lang = 'nl';
  const report = (p: SaveProblem) => {
    const t = STRINGS[lang].keep;
    if (p.reason !== 'write-failed') ui.getState().notify(p.asideKey ? t.asideKept : t.asideLost);
    else if (p.key === WORKSHOPS_KEY) ui.getState().notify(t.workshopWriteFailed, { label: t.exportNow, run: () => void exportAllSessions() });
    else ui.getState().notify(p.key === SETTINGS_KEY ? t.settingsWriteFailed : t.writeFailed);
  };
  const game = createGame({ catalog, storage, clock: () => new Date(), random: Math.random, onProblem: report, watch: env.watch, locks: env.locks });
  const { progress, settings } = game;
  lang = settings.getState().lang;
  settings.subscribe((s) => (lang = s.lang));

  const ctx: AppContext = {
    ui,
    game,
    progress,
    settings,
    catalog,
    openCase(caseId) {
      if (game.entryScreen(caseId) === 'play') void ctx.playCase(caseId);
      else ui.getState().go({ name: 'note', caseId });
    },
    async playCase(caseId, mode = 'play') {
      const opened = await game.open(caseId, mode);
      const t = strings(ctx).keep;
      switch (opened.outcome) {
        case 'elsewhere':
          ui.getState().notify(t.openElsewhere, { label: t.takeOver, run: () => void ctx.playCase(caseId, 'take-over') });
          if (ui.getState().screen.name !== 'note') ui.getState().go({ name: 'note', caseId });
          return;
        case 'restarted':
          ui.getState().notify(t.restarted(opened.asideKey !== null));
          break;
        case 'updated':
          ui.getState().notify(opened.gone?.ended ? t.updatedEnded : t.updated(opened.gone?.decisions ?? 0, opened.gone?.of ?? 0, opened.asideKey !== null));
          break;
        default:
      }
      ui.getState().dismissText(t.openElsewhere);
      ui.getState().go({ name: 'play', caseId });
    },
    choose(index) {
      const screen = ui.getState().screen;
      if (screen.name === 'play' && game.isPlaying(screen.caseId)) game.choose(index);
    },
    leaveCase() {
      game.leave();
      ui.getState().go({ name: 'title' });
    },
    async restartCase(caseId) {
      const t = strings(ctx).keep;
      if (await confirmDialog(root, { title: t.restartTitle, body: t.restartText, confirm: t.restartConfirm, cancel: t.cancel })) await ctx.playCase(caseId, 'restart');
    },
  };
  game.on((e) => {
    if (e.type !== 'lost') return;
    const t = strings(ctx).keep;
    ui.getState().notify(t.lostToOtherTab, { label: t.takeOver, run: () => void ctx.playCase(e.caseId, 'take-over') });
  });
  game.on((e) => {
    if (e.type === 'opened') ui.getState().dismissText(strings(ctx).keep.lostToOtherTab);
  });
  const exportAllSessions = async () => {
    const [w, list] = await Promise.all([loadWorkshop(), import('./workshop/list-view.ts')]);
    list.exportJson(Object.values(w.store.getState().sessions), 'workshops');
  };
  // Workshop mode is for trainers: its code loads only when a workshop screen is opened.
  let workshop: Promise<WorkshopUi> | null = null;
  const loadWorkshop = () => (workshop ??= import('./workshop/workshop-ui.ts').then((m) => m.createWorkshopUi(ctx, storage, report, env.watch)));
  let workshopTitle: (screen: WorkshopScreen) => string = () => strings(ctx).workshop.listTitle;

  /** A view that arrives later: a loading line now, the view when its code is there. */
  const later = (loading: Promise<View>): View => {
    const el = h('p', { class: 'loading', role: 'status' }, strings(ctx).loading);
    let arrived: View | null = null;
    let gone = false;
    loading.then((v) => {
      if (gone) return v.destroy();
      arrived = v;
      el.replaceWith(v.el);
      focusHeading(v.el.querySelector('h1'));
    }, (e: unknown) => {
      el.textContent = `${strings(ctx).loading} ✗ ${(e as Error).message}`;
    });
    return { el, destroy: () => { gone = true; arrived?.destroy(); } };
  };

  // The frame: header with settings and the pause control on every screen, notices, the screen.
  const main = h('main', { id: 'main' });
  const notices = h('div', { class: 'notices', role: 'alert' });
  const header = h('header', { class: 'bar' });
  let dialog: HTMLDialogElement | null = null;
  root.replaceChildren(h('a', { class: 'skip-link', href: '#main' }, 'Naar de inhoud / Skip to content'), header, notices, main);

  const toggle = (label: string, pressed: boolean, onClick: () => void) =>
    h('button', { type: 'button', class: 'toggle', 'aria-pressed': String(pressed), onclick: onClick }, label);

  const renderHeader = () => {
    const t = strings(ctx);
    const s = settings.getState();
    // re-rendering replaces the buttons: keep the keyboard focus on the control that was used
    const focused = header.contains(document.activeElement) ? [...header.querySelectorAll('button')].indexOf(document.activeElement as HTMLButtonElement) : -1;
    header.replaceChildren(
      h('span', { class: 'brand' }, t.appName),
      h('nav', { 'aria-label': t.settings, class: 'settings' },
        h('button', { type: 'button', lang: s.lang === 'nl' ? 'en' : 'nl', onclick: () => s.update({ lang: s.lang === 'nl' ? 'en' : 'nl' }) }, s.lang === 'nl' ? 'English' : 'Nederlands'),
        toggle(t.highContrast, s.highContrast, () => s.update({ highContrast: !s.highContrast })),
        toggle(t.reducedMotion, s.motion === 'reduced', () => s.update({ motion: s.motion === 'reduced' ? 'system' : 'reduced' })),
        toggle(t.largeText, s.largeText, () => s.update({ largeText: !s.largeText })),
      ),
      h('button', { type: 'button', class: 'pause-button', 'aria-keyshortcuts': 'Escape', onclick: () => ui.getState().setPaused(true) }, `❚❚ ${t.pause}`),
    );
    if (focused >= 0) header.querySelectorAll('button')[focused]?.focus();
    document.documentElement.lang = s.lang;
    document.documentElement.classList.toggle('high-contrast', s.highContrast);
    document.documentElement.classList.toggle('reduce-motion', s.motion === 'reduced');
    document.documentElement.classList.toggle('large-text', s.largeText);
  };

  const renderNotices = () => {
    const t = strings(ctx);
    notices.replaceChildren(...ui.getState().notices.map((n, i) => h('p', { class: 'notice' }, n.text, ' ',
      n.action ? h('button', { type: 'button', class: 'primary', onclick: () => { ui.getState().dismiss(i); n.action!.run(); } }, n.action.label) : null,
      n.action ? ' ' : null,
      h('button', { type: 'button', onclick: () => ui.getState().dismiss(i) }, t.dismiss))));
  };

  let view: View | null = null;
  const renderScreen = () => {
    view?.destroy();
    view = null;
    const screen = ui.getState().screen;
    if (screen.name !== 'play') game.leave();
    const made: View = screen.name === 'play' ? playView(ctx, screen.caseId) : isWorkshopScreen(screen) ? later(loadWorkshop().then((w) => {
      workshopTitle = w.title;
      document.title = `${strings(ctx).appName} · ${w.title(screen)}`;
      return w.render(screen);
    })) : { el: staticView(screen), destroy: () => {} };
    view = made;
    main.replaceChildren(made.el);
    const wanted = hashOf(screen);
    if (location.hash !== wanted) history.replaceState(null, '', wanted || location.pathname + location.search);
    document.title = `${strings(ctx).appName}${isWorkshopScreen(screen) ? ` · ${workshopTitle(screen)}` : screen.name === 'title' ? '' : ` · ${entryOf(ctx, screen.caseId).analysis.meta.titel}`}`;
    if (screen.name !== 'play') queueMicrotask(() => focusHeading(main.querySelector('h1')));
  };

  const staticView = (screen: Exclude<Screen, { name: 'play' } | WorkshopScreen>): HTMLElement => {
    switch (screen.name) {
      case 'title':
        return titleView(ctx);
      case 'note':
        return noteView(ctx, screen.caseId);
      case 'debrief':
        return debriefView(ctx, screen.caseId, screen.play);
    }
  };

  const renderPause = () => {
    const paused = ui.getState().paused;
    if (paused && !dialog) {
      dialog = pauseDialog(ctx);
      root.append(dialog);
      dialog.showModal();
    } else if (!paused && dialog) {
      dialog.close();
      dialog.remove();
      dialog = null;
      (main.querySelector('button.choice') as HTMLElement | null ?? main.querySelector('h1'))?.focus();
    }
  };

  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !ui.getState().paused) {
      ev.preventDefault();
      ui.getState().setPaused(true);
    }
  });

  let lastScreen = ui.getState().screen;
  ui.subscribe((s) => {
    if (s.screen !== lastScreen) {
      lastScreen = s.screen;
      renderScreen();
    }
    renderPause();
    renderNotices();
  });
  let lastLang = settings.getState().lang;
  settings.subscribe((s) => {
    renderHeader();
    if (s.lang !== lastLang) {
      lastLang = s.lang;
      renderScreen();
    }
  });

  renderHeader();
  renderNotices();

  // Land where the address says: a reload mid-case goes straight back to the case.
  const wanted = screenFromHash(location.hash);
  if (isWorkshopScreen(wanted)) {
    ui.getState().go(wanted); // a reload mid-workshop goes back to the same decision
  } else if (wanted.name === 'title' || !catalog.some((c) => c.id === wanted.caseId)) {
    renderScreen();
  } else {
    main.replaceChildren(h('p', {}, strings(ctx).loading));
    if (wanted.name === 'play' && game.mayOpenDirectly(wanted.caseId)) void ctx.playCase(wanted.caseId, 'resume');
    else if (wanted.name === 'debrief' && game.debrief(wanted.caseId, wanted.play)) ui.getState().go(wanted);
    else ui.getState().go({ name: 'note', caseId: wanted.caseId });
  }
  return ctx;
}
