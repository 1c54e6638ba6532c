/**
 * Wires the stores, the catalog and the views together. Views only read stores and call the
 * actions defined here; the story itself is only ever touched through the case session.
 */
import { createGame, type CaseLocks, type GameDeps } from '../play/game.ts';
import type { CatalogEntry } from '../story/catalog.ts';
import type { KeyValueStorage, SaveProblem, StorageWatch } from '../state/persistence.ts';
import { SETTINGS_KEY } from '../state/settings-store.ts';
import type { WhenAlone } from '../state/progress-store.ts';
import { WORKSHOPS_KEY } from '../workshop/keys.ts';
import { confirmDialog } from './confirm-dialog.ts';
import { hasStrings, LANGUAGE_ARRIVING, loadStrings, stringsIn, type Lang } from '../i18n/strings.ts';
import { h } from './dom.ts';
import { entryOf, strings, type AppContext } from './context.ts';
import { createUiStore, type Notice, type Screen, type UiState } from './ui-store.ts';
import { titleView } from './title-view.ts';
import { noteView } from './note-view.ts';
import { playView, type View } from './play-view.ts';
import { pauseDialog } from './pause-dialog.ts';
import { headerView } from './header-view.ts';
import { afterPaint, atPlace, focusHeading, placeOf, whenIdle } from './dom.ts';
import { isWorkshopScreen, type WorkshopScreen } from './workshop/routes.ts';
import { hashOf, historyStep, routeOf, sameScreen, type Cause } from './routes.ts';
import { loadErrorView } from './load-error-view.ts';
import type { WorkshopUi } from './workshop/workshop-ui.ts';

export type AppEnv = {
  /** Hears other tabs' writes to the storage. */
  readonly watch?: StorageWatch | undefined;
  /** One tab at a time per case. */
  readonly locks?: CaseLocks | undefined;
  /** One tab at a time per workshop session. */
  readonly sessionLocks?: CaseLocks | undefined;
  /** Runs work once no other tab of the game is open (the sweep of unlisted finished plays). */
  readonly whenAlone?: WhenAlone | undefined;
  /**
   * Loads the page again at the address given. A retry after a part of the game failed to load
   * does this where it is given: a browser may remember a script that failed for the life of the
   * page and never fetch it again, so only a new page does. Without it, a retry loads in place.
   * `open`: the case at the address is to be restarted or taken over, not resumed (what the
   * player asked for when the load failed); the new page reads it from `history.state`.
   */
  readonly reload?: ((address: string, open?: ReloadOpen) => void) | undefined;
  /** The browser refuses storage altogether: what is played lasts for this visit only, and the player is told. */
  readonly storageRefused?: boolean;
  /** A play kept elsewhere, taken in when its case is opened (a learning platform's record: src/lms/platform.ts). */
  readonly restore?: GameDeps['restore'];
};

/** Work the screen need not wait for: when the page is idle, at most 2 s later. */
const soon = (run: () => void): void => whenIdle(run, 2000);

/** How a case is opened again after a reload that retries a failed restart or take-over. */
export type ReloadOpen = 'play' | 'restart' | 'take-over';

/** What a retry's reload leaves in the page's history entry (`reloadOpen` reads it). */
export const reloadState = (open?: ReloadOpen): { readonly open: ReloadOpen } | null => (open ? { open } : null);

/** The `open` a retry's reload left in the page's history entry, read once: a later reload resumes. */
function reloadOpen(): ReloadOpen | undefined {
  const state: unknown = history.state;
  const open = state !== null && typeof state === 'object' ? (state as { open?: unknown }).open : undefined;
  if (open !== 'play' && open !== 'restart' && open !== 'take-over') return undefined;
  history.replaceState(null, '', location.href);
  return open;
}

export function startApp(root: HTMLElement, catalog: readonly CatalogEntry[], storage: KeyValueStorage, env: AppEnv = {}): AppContext {
  const ui = createUiStore();
  // Reading the settings can itself report a problem, before they exist: report in Dutch until then.
  let lang: Lang = 'nl';
  const report = (p: SaveProblem) => {
    const t = () => stringsIn(lang).keep;
    const { notify } = ui.getState();
    const reload = env.reload;
    if (p.reason === 'newer-version') {
      const action = reload && { label: () => stringsIn(lang).updateReload, run: () => reload(location.hash || location.pathname + location.search) };
      notify({ key: 'newer-version', text: () => t().newerVersion, ...(action && { action }) });
    } else if (p.reason !== 'write-failed') notify(p.asideKey ? { key: 'aside-kept', text: () => t().asideKept } : { key: 'aside-lost', text: () => t().asideLost });
    else if (p.key === WORKSHOPS_KEY) notify({ key: 'workshop-write-failed', text: () => t().workshopWriteFailed, action: { label: () => t().exportNow, run: () => void exportAllSessions() } });
    else if (p.key === SETTINGS_KEY) notify({ key: 'settings-write-failed', text: () => t().settingsWriteFailed });
    else notify({ key: 'write-failed', text: () => t().writeFailed });
  };
  const game = createGame({ catalog, storage, clock: () => new Date(), random: Math.random, onProblem: report, watch: env.watch, locks: env.locks, whenAlone: env.whenAlone, later: soon, afterPaint, restore: env.restore });
  const { progress, settings } = game;
  /** Something of this visit is in memory only (storage refused, a save failing now, a newer version's save): a reload would lose it. */
  const unsaved = () => env.storageRefused === true || progress.unsaved() || settings.unsaved() || (workshopNow?.store.unsaved() ?? false);
  lang = settings.getState().lang;
  settings.subscribe((s) => (lang = s.lang));

  // Is the offline copy installed? (On a first visit it can be, without serving this page yet: a
  // new page offline then comes from it, with everything in it, where a retry in place asks the network.)
  const offlineCopy = (): Promise<boolean> =>
    'serviceWorker' in navigator ? navigator.serviceWorker.getRegistration().then((r) => !!r?.active, () => false) : Promise.resolve(false);
  /**
   * Tries again what failed to load: on a new page at the address of `screen` where the page can be
   * loaded again, unless that would lose what is not saved or the browser is offline (a new page
   * would then be the browser's own error); in place otherwise.
   */
  const tryAgain = (screen: Screen, inPlace: () => void, open?: ReloadOpen) => {
    const reload = env.reload;
    if (!reload || unsaved()) return inPlace();
    const again = () => reload(hashOf(screen) || location.pathname + location.search, open);
    if (navigator.onLine) return again();
    void offlineCopy().then((ready) => (ready ? again() : inPlace()));
  };
  /** The case's story did not arrive (offline, server gone): say so, and offer to try again. */
  const couldNotLoad = (caseId: string, mode: Parameters<AppContext['playCase']>[1], e: unknown) => {
    console.warn(`The case ${caseId} could not be loaded.`, e);
    // (a new play of a finished case, a restart and a take-over are retried as that: the address alone resumes)
    const open = mode === 'play' || mode === 'restart' || mode === 'take-over' ? mode : undefined;
    showInterim(() => loadErrorView(ctx, () => tryAgain({ name: 'play', caseId }, () => void ctx.playCase(caseId, mode), open)));
  };
  /** The case is open in another tab: say so, offer to take it over, and show its note meanwhile. */
  const openElsewhere = (caseId: string) => {
    const t = () => strings(ctx).keep;
    ui.getState().notify({ key: 'open-elsewhere', text: () => t().openElsewhere, action: { label: () => t().takeOver, run: () => void ctx.playCase(caseId, 'take-over') } });
    const now = ui.getState().screen;
    // in place of the case's address (a loading line, a failed load, or the new play that was refused
    // stands there), the note takes that history entry, so that Back does not lead to the refused
    // case again; else it is a step on
    if (interim || (now.name === 'play' && now.caseId === caseId)) goBecause('redirect', { name: 'note', caseId });
    else if (now.name !== 'note' || now.caseId !== caseId) ui.getState().go({ name: 'note', caseId });
  };
  /** The question before a restart, while it is open. */
  let asking: AbortController | null = null;
  /** What else is drawn in the language shown (outside the screen): told after it changes. */
  const languageListeners = new Set<() => void>();
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
      let opened;
      const taken = sayOpening();
      try {
        opened = await game.open(caseId, mode);
      } catch (e) {
        return couldNotLoad(caseId, mode, e);
      } finally {
        taken();
      }
      const t = () => strings(ctx).keep;
      switch (opened.outcome) {
        case 'superseded':
          return; // the player went elsewhere (Back, Forward, another case) while this one loaded
        case 'elsewhere':
          return openElsewhere(caseId);
        case 'restarted': {
          const kept = opened.asideKey !== null;
          ui.getState().notify({ key: `restarted:${kept}`, text: () => t().restarted(kept) });
          break;
        }
        case 'updated': {
          const kept = opened.asideKey !== null;
          const { ended = false, decisions = 0, of = 0 } = opened.gone ?? {};
          ui.getState().notify({ key: `updated:${ended}:${decisions}:${of}:${kept}`, text: () => (ended ? t().updatedEnded : t().updated(decisions, of, kept)) });
          break;
        }
        default:
      }
      ui.getState().dismiss('open-elsewhere');
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
      // the question goes when its screen does (Back, another address) or the language changes
      const asked = ui.getState().screen;
      asking?.abort();
      const mine = (asking = new AbortController());
      const unwatch = ui.subscribe((s) => s.screen !== asked && mine.abort());
      const yes = await confirmDialog(root, { title: t.restartTitle, body: t.restartText, confirm: t.restartConfirm, cancel: t.cancel }, mine.signal);
      unwatch();
      if (asking === mine) asking = null;
      if (yes) return ctx.playCase(caseId, 'restart');
      if (document.activeElement === document.body) focusHeading(main.querySelector('h1'));
    },
    unsaved,
    onLanguage(listener) {
      languageListeners.add(listener);
      return () => void languageListeners.delete(listener);
    },
    chooseLanguage(wanted) {
      // chosen before, but its strings did not come: fetched again (the setting does not change)
      if (settings.getState().lang === wanted) withStrings(wanted, redrawInLanguage);
      else settings.getState().update({ lang: wanted });
    },
  };
  game.on((e) => {
    if (e.type !== 'lost') return;
    const t = () => strings(ctx).keep;
    ui.getState().notify({ key: 'lost-to-other-tab', text: () => t().lostToOtherTab, action: { label: () => t().takeOver, run: () => void ctx.playCase(e.caseId, 'take-over') } });
  });
  game.on((e) => {
    if (e.type === 'opened') ui.getState().dismiss('lost-to-other-tab');
    // a new play was on screen from its opening, but the case is open in another tab, or its story did not come: as a failed open
    if (e.type === 'elsewhere') openElsewhere(e.caseId);
    if (e.type === 'unavailable') couldNotLoad(e.caseId, 'play', e.error);
  });
  if (env.storageRefused) ui.getState().notify({ key: 'storage-refused', text: () => strings(ctx).keep.storageRefused });
  const exportAllSessions = async () => {
    const [w, list] = await Promise.all([loadWorkshop(), import('./workshop/list-view.ts')]);
    list.exportJson(Object.values(w.store.getState().sessions), 'workshops');
  };
  // Workshop mode is for trainers: its code loads only when a workshop screen is opened.
  let workshop: Promise<WorkshopUi> | null = null;
  /** The workshop's code once it is here (its store says whether its sessions are stored). */
  let workshopNow: WorkshopUi | null = null;
  const loadWorkshop = () => {
    const loading = (workshop ??= import('./workshop/workshop-ui.ts').then(async (m) => (workshopNow = m.createWorkshopUi(ctx, storage, report, await m.loadAnalyses(catalog), env.watch, env.sessionLocks))));
    loading.catch(() => {
      if (workshop === loading) workshop = null; // a retry fetches again
    });
    return loading;
  };
  let workshopTitle: (screen: WorkshopScreen) => string = () => strings(ctx).workshopListTitle;

  /**
   * A view that arrives later: a loading line now, the view when its code is there. `stay`: the
   * screen drawn again in another language, which keeps the focus where it is and the scroll.
   */
  const later = (loading: Promise<View>, stay: { readonly y: number } | null): View => {
    const el = h('p', { class: 'loading', role: 'status' }, strings(ctx).loading);
    let arrived: View | null = null;
    let gone = false;
    // the page stays as tall as the screen was meanwhile: the scroll has a place to come back to
    if (stay) el.style.minHeight = `${main.offsetHeight}px`;
    loading.then((v) => {
      if (gone) return v.destroy();
      arrived = v;
      el.replaceWith(v.el);
      if (stay) scrollTo(scrollX, stay.y);
      else focusHeading(v.el.querySelector('h1'));
    }, (e: unknown) => {
      if (gone) return;
      console.warn('A part of the game could not be loaded.', e);
      const failed = loadErrorView(ctx, () => tryAgain(ui.getState().screen, renderScreen));
      el.replaceWith(failed);
      focusHeading(failed.querySelector('h1'));
    });
    return { el, destroy: () => { gone = true; arrived?.destroy(); } };
  };

  // The frame: header with settings and the pause control on every screen, notices, the screen.
  const main = h('main', { id: 'main' });
  // each notice is heard when it comes, or when its words change; not all of them again each time
  const notices = h('div', { class: 'notices', role: 'alert', 'aria-atomic': 'false' });
  const header = headerView(ctx);
  let dialog: HTMLDialogElement | null = null;
  let returnFocus: HTMLElement | null = null;
  /** Where that element sat on the screen: to find its twin if the screen is drawn again while paused. */
  let returnPlace: number[] | null = null;
  // The skip link moves the focus without touching the address, which names the screen.
  const skip = (ev: Event) => {
    ev.preventDefault();
    focusHeading(main.querySelector('h1'));
  };
  // says that a language is on its way (English is fetched when chosen: src/i18n/strings.ts)
  const langStatus = h('p', { class: 'lang-status', role: 'status' });
  // the notices stick right under the bar (styles.css), whose height depends on the text size
  // and what scrolls into view (a passage, a choice's feedback) lands below the notices too (pacing.css)
  if (typeof ResizeObserver === 'function') {
    const sizes = new ResizeObserver(() => {
      root.style.setProperty('--bar-height', `${header.el.offsetHeight}px`);
      root.style.setProperty('--notices-height', `${notices.offsetHeight}px`);
    });
    sizes.observe(header.el);
    sizes.observe(notices);
  }
  const frame = [h('a', { class: 'skip-link', href: '#main', onclick: skip }, 'Naar de inhoud / Skip to content'), header.el, notices, langStatus, main];
  // The page's own loading line stays until there is more to show than a loading line: a case
  // opened from the address then gets the page laid out once, with its first choices, not twice.
  let framed = false;
  const showFrame = () => {
    if (framed) return;
    framed = true;
    root.replaceChildren(...frame);
  };

  const renderHeader = header.render;
  /** The header's menu and Pause: once the first screen is painted and the page is idle. */
  let headerComing = false;
  const showHeaderSoon = () => {
    if (headerComing) return;
    headerComing = true;
    afterPaint(() => soon(header.show));
  };

  /**
   * The notices on screen, by key. One stays as it is while it is listed: the focus in it stays,
   * and a screen reader does not hear it again when another comes or the screen changes. After a
   * change of language (`relabel`), its words are put in place in the new one.
   */
  type NoticeEl = { readonly el: HTMLElement; readonly notice: Notice; readonly text: Text; readonly action: HTMLButtonElement | null; readonly close: HTMLButtonElement };
  const noticeEls = new Map<string, NoticeEl>();
  let noticesShown: UiState['notices'] | null = null;
  const renderNotices = (relabel = false) => {
    const list = ui.getState().notices;
    if (list === noticesShown && !relabel) return;
    noticesShown = list;
    const t = strings(ctx);
    if (list.length > 0) showFrame();
    const gone = [...noticeEls].filter(([key]) => !list.some((n) => n.key === key));
    const hadFocus = gone.some(([, { el }]) => el.contains(document.activeElement));
    for (const [key, { el }] of gone) {
      el.remove();
      noticeEls.delete(key);
    }
    for (const n of list) {
      const shown = noticeEls.get(n.key);
      // the same message again, maybe for another case: its words and action are taken in place
      if (shown && (shown.action === null) === (n.action === undefined)) {
        if (shown.notice !== n || relabel) {
          // (only what changed: a screen reader hears a change in the alert area)
          const put = (node: Node, words: string) => void (node.textContent !== words && (node.textContent = words));
          put(shown.text, n.text());
          if (shown.action && n.action) put(shown.action, n.action.label());
          put(shown.close, t.dismiss);
          noticeEls.set(n.key, { ...shown, notice: n });
        }
        continue;
      }
      const dismiss = () => ui.getState().dismiss(n.key);
      // the notice as listed at the click: a later one with this key may have another action
      const act = () => {
        const now = ui.getState().notices.find((x) => x.key === n.key);
        dismiss();
        now?.action?.run();
      };
      const text = document.createTextNode(n.text());
      const action = n.action ? h('button', { type: 'button', class: 'primary', onclick: act }, n.action.label()) : null;
      const close = h('button', { type: 'button', onclick: dismiss }, t.dismiss);
      const el = h('p', { class: 'notice' }, text, ' ', action, action ? ' ' : null, close);
      if (shown) shown.el.replaceWith(el);
      else notices.append(el);
      noticeEls.set(n.key, { el, notice: n, text, action, close });
    }
    // a notice closed from the keyboard: on to the next notice, else to the screen's heading
    // (an action that moved the focus elsewhere keeps it there)
    if (hadFocus && (document.activeElement === document.body || !document.activeElement?.isConnected)) {
      const next = notices.querySelector('button');
      if (next) next.focus();
      else focusHeading(main.querySelector('h1'));
    }
  };

  let view: View | null = null;
  /** Something in place of a screen (loading, a failed load); the screen's address stays. */
  let interim = false;
  /** What the interim shown is made by: made again in another language. */
  let redrawInterim = () => {};
  /** `loading`: only a loading line, which is no first screen to show the header's controls with. */
  const showInterim = (make: () => HTMLElement, loading = false) => {
    if (!loading) {
      showFrame();
      showHeaderSoon();
    }
    view?.destroy();
    interim = true;
    redrawInterim = () => showInterim(make, loading);
    const el = make();
    view = { el, destroy: () => {} };
    main.replaceChildren(el);
    queueMicrotask(() => focusHeading(main.querySelector('h1')));
  };
  /**
   * Opening a case can take a while before anything changes: its story is fetched, and without
   * Web Locks the tab waits half a second for another tab's answer. After a moment the screen the
   * click came from says the case is being opened (a loading line in place of a screen says
   * enough already). Returns what takes the line away again.
   */
  const sayOpening = (): (() => void) => {
    const from = view;
    if (interim || !from) return () => {};
    // right under the button pressed, where the player looks (a long title page may be scrolled);
    // else under the screen's heading. In the page while empty, so that its text is announced.
    const pressed = document.activeElement;
    const under = pressed instanceof HTMLElement && pressed !== from.el && from.el.contains(pressed) ? pressed.parentElement : from.el.querySelector('h1');
    if (!under) return () => {};
    const line = h('p', { class: 'opening', role: 'status' });
    under.after(line);
    const timer = setTimeout(() => {
      if (view === from) line.textContent = strings(ctx).opening;
    }, 200);
    return () => {
      clearTimeout(timer);
      line.remove();
    };
  };
  /** Why the next screen is shown: see historyStep. The player's own steps are the default. */
  let cause: Cause = 'go';
  /** The address last followed or written, so that one change of address is followed once. */
  let followed: string | null = null;
  const goBecause = (why: Cause, screen: Screen) => {
    cause = why;
    try {
      ui.getState().go(screen);
    } finally {
      cause = 'go';
    }
  };
  /**
   * `again`: the same screen drawn again (in another language): the focus stays where it is when
   * that is outside the screen (the language's button), and so does the scroll.
   */
  const renderScreen = (again = false) => {
    const focused = document.activeElement;
    const stay = again && focused instanceof HTMLElement && focused !== document.body && !main.contains(focused);
    const kept = stay ? { y: scrollY } : null;
    showFrame();
    view?.destroy();
    view = null;
    interim = false;
    const screen = ui.getState().screen;
    // (drawn again: an open on its way from this screen goes on)
    if (screen.name !== 'play' && !again) game.leave();
    const made: View = screen.name === 'play' ? playView(ctx, screen.caseId, !stay) : isWorkshopScreen(screen) ? later(loadWorkshop().then((w) => {
      workshopTitle = w.title;
      document.title = `${strings(ctx).appName} · ${w.title(screen)}`;
      return w.render(screen);
    }), kept) : screen.name === 'debrief'
      // the debrief's view is a chunk of its own, fetched with the case's analysis (not before the first choice)
      ? later(Promise.all([game.debrief(screen.caseId, screen.finishedAt), import('./debrief-view.ts')]).then(([shown, m]) => ({ el: m.debriefView(ctx, screen.caseId, shown), destroy: () => {} })), kept)
      : screen.name === 'title' ? titleView(ctx) : { el: noteView(ctx, screen.caseId), destroy: () => {} };
    view = made;
    main.replaceChildren(made.el);
    if (kept) scrollTo(scrollX, kept.y);
    const step = historyStep(location.hash, screen, cause);
    const address = hashOf(screen) || location.pathname + location.search;
    if (step === 'push') history.pushState(null, '', address);
    else if (step === 'replace') history.replaceState(null, '', address);
    followed = location.hash;
    // Each history entry has its own mode: the case screen lands on its passage by itself (the
    // browser's restore of an old position comes at load and would move it); other screens are
    // restored as usual on Back and Forward.
    history.scrollRestoration = screen.name === 'play' ? 'manual' : 'auto';
    document.title = `${strings(ctx).appName}${isWorkshopScreen(screen) ? ` · ${workshopTitle(screen)}` : screen.name === 'title' ? '' : ` · ${entryOf(ctx, screen.caseId).meta.titel}`}`;
    if (screen.name !== 'play' && !stay) queueMicrotask(() => focusHeading(main.querySelector('h1')));
    showHeaderSoon();
  };

  const renderPause = () => {
    const paused = ui.getState().paused;
    if (paused && !dialog) {
      showFrame();
      returnFocus = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      returnPlace = returnFocus && placeOf(returnFocus, main);
      dialog = pauseDialog(ctx);
      root.append(dialog);
      dialog.showModal();
    } else if (!paused && dialog) {
      dialog.close();
      dialog.remove();
      dialog = null;
      // back to where the player was, if it is still there; else to the screen's heading
      // (or, if the screen was drawn again meanwhile, in another language, to what stands in its place)
      const back = returnFocus?.isConnected ? returnFocus : returnFocus && returnPlace && atPlace(main, returnPlace, returnFocus);
      if (back && !back.closest('[hidden]')) back.focus();
      else focusHeading(main.querySelector('h1'));
      returnFocus = null;
      returnPlace = null;
    }
  };

  // Esc means Pause, unless a modal dialog is open (the restart question): there Esc is the
  // dialog's own cancel, which this listener's preventDefault would otherwise swallow
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !ui.getState().paused && !document.querySelector('dialog[open]')) {
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
  /** Draws the header and what is shown again, in the language now chosen: a screen, or what stands in its place (a failed load keeps its retry). */
  const redrawInLanguage = () => {
    renderHeader();
    renderNotices(true);
    asking?.abort(); // (asked again by the player, in the new language)
    if (dialog) {
      // the pause, open while the language changed (in another tab): asked again in the new one
      dialog.close();
      dialog.remove();
      dialog = pauseDialog(ctx);
      root.append(dialog);
      dialog.showModal();
    }
    if (interim) redrawInterim();
    else renderScreen(true);
    for (const listener of languageListeners) listener();
  };
  /**
   * Fetches the strings of a language not yet here (English), saying so meanwhile, then runs
   * `then`. A failed fetch is reported with a retry; until it succeeds the game stays in Dutch.
   */
  const withStrings = (wanted: Lang, then: () => void, failed: () => void = () => {}) => {
    if (wanted === 'nl' || hasStrings(wanted)) {
      // this language is here: a notice that one did not come is past
      for (const n of ui.getState().notices) if (n.key.startsWith('no-strings:')) ui.getState().dismiss(n.key);
      return then();
    }
    const say = LANGUAGE_ARRIVING[wanted];
    showFrame();
    langStatus.replaceChildren(h('span', { lang: wanted }, say.loading));
    loadStrings(wanted).then(() => {
      langStatus.replaceChildren();
      ui.getState().dismiss(`no-strings:${wanted}`);
      if (settings.getState().lang === wanted) then();
    }, (e: unknown) => {
      console.warn(`The ${wanted} strings could not be loaded.`, e);
      langStatus.replaceChildren();
      failed();
      // (in the language that did not come: its own words for it)
      ui.getState().notify({ key: `no-strings:${wanted}`, text: () => say.failed, action: { label: () => say.retry, run: () => withStrings(wanted, then) } });
    });
  };
  let lastLang = settings.getState().lang;
  settings.subscribe((s) => {
    renderHeader();
    if (s.lang !== lastLang) {
      lastLang = s.lang;
      withStrings(s.lang, redrawInLanguage);
    }
  });

  /**
   * Goes where the address says: on arrival (a reload, a link), and when it changes (Back,
   * Forward, a hash typed by hand). A reload mid-case goes straight back to the case.
   */
  const follow = (arriving: boolean) => {
    // Back to a hash fires both popstate and hashchange: follow each address once
    if (!arriving && location.hash === followed) return;
    followed = location.hash;
    const wanted = routeOf(location.hash);
    // an address that names no screen (the skip link's #main): the title on arrival, else stay
    if (!wanted) return arriving ? goBecause('redirect', { name: 'title' }) : undefined;
    if (!arriving && !interim && sameScreen(wanted, ui.getState().screen)) return;
    if (isWorkshopScreen(wanted) || wanted.name === 'title') return goBecause('address', wanted);
    const { caseId } = wanted;
    if (!catalog.some((c) => c.id === caseId)) return goBecause('redirect', { name: 'title' });
    if (wanted.name === 'play' && game.mayOpenDirectly(caseId)) {
      showInterim(() => h('p', { class: 'loading', role: 'status' }, strings(ctx).loading), true);
      return void ctx.playCase(caseId, (arriving && reloadOpen()) || 'resume');
    }
    if (wanted.name === 'note' || (wanted.name === 'debrief' && game.hasDebrief(caseId, wanted.finishedAt))) return goBecause('address', wanted);
    goBecause('redirect', { name: 'note', caseId });
  };
  // A player who chose English waits for its strings before the first screen (not Dutch first).
  const begin = () => {
    renderHeader();
    renderNotices();
    addEventListener('popstate', () => follow(false));
    addEventListener('hashchange', () => follow(false));
    follow(true);
  };
  if (hasStrings(lang)) begin();
  else {
    showFrame();
    main.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Niet Pluis wordt geladen… / loading…'));
    let begun = false;
    const start = () => {
      if (!begun) (begun = true), begin();
    };
    // a failed fetch starts the game in Dutch (with the retry notice) rather than on a loading line
    withStrings(lang, () => {
      if (!begun) return start();
      redrawInLanguage();
    }, start);
  }
  return ctx;
}
