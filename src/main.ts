import { catalog } from 'virtual:story-catalog';
import { reloadState, startApp, type ReloadOpen } from './ui/app.ts';
import { storageEvents, tabLocks, whenAlone } from './ui/tab-locks.ts';
import { withHandover } from './ui/handover.ts';
import { PROGRESS_KEY } from './state/progress-store.ts';
import { WORKSHOPS_KEY } from './workshop/keys.ts';
import { h, whenIdle } from './ui/dom.ts';
import { memoryStorage, type KeyValueStorage } from './state/persistence.ts';
import { readPackageConfig } from './lms/package-config.ts';
import { PACKAGE_CODE_FAILED } from './lms/messages.ts';
import './ui/styles.css';
import './ui/theme.css';
import './ui/pacing.css';

/**
 * localStorage whenever the browser gives it, also when it is full: what is saved there can still
 * be read, and each save that cannot be written is reported to the player as it happens. Null when
 * the browser refuses it altogether (storage blocked for the site).
 */
function browserStorage(): KeyValueStorage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(PROGRESS_KEY); // a refused storage throws here, or is null
    return storage;
  } catch {
    return null;
  }
}

/** Once the first screen is there (its heading: a loading line has none; a case's heading comes with its first choices). */
function onFirstScreen(root: HTMLElement, run: () => void): void {
  if (root.querySelector('h1')) return run();
  const watch = new MutationObserver(() => {
    if (!root.querySelector('h1')) return;
    watch.disconnect();
    run();
  });
  watch.observe(root, { childList: true, subtree: true });
}

/**
 * The main script is async (it runs as soon as it is here, not after the page's stylesheet): the
 * first screen is drawn and measured (where to scroll, what fits) once the page is parsed and its
 * stylesheets are in. (A callback, not a top-level await, which would change how the build splits
 * the code.)
 */
function whenPageReady(run: () => void): void {
  if (document.readyState === 'loading') return void document.addEventListener('DOMContentLoaded', () => whenPageReady(run), { once: true });
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((l) => !l.sheet);
  let left = pending.length;
  if (left === 0) return run();
  let ran = false;
  const once = () => !ran && (ran = true) && run();
  for (const l of pending) for (const type of ['load', 'error']) l.addEventListener(type, () => --left === 0 && once(), { once: true });
  setTimeout(once, 3000); // a stylesheet that failed before this ran fires nothing any more
}

/**
 * In place of the loading line when a package's platform code did not arrive: what happened and a
 * button that loads the page again (safe: nothing was started with the platform yet).
 */
function packageCodeFailed(root: HTMLElement): void {
  const { nl, en } = PACKAGE_CODE_FAILED;
  const reload = h('button', { type: 'button', class: 'primary', onclick: () => location.reload() }, `${nl.reload} / ${en.reload}`);
  root.replaceChildren(
    h('main', { id: 'main' },
      h('section', { class: 'screen load-error-screen', 'aria-labelledby': 'screen-title' },
        h('h1', { id: 'screen-title' }, nl.title, ' / ', h('span', { lang: 'en' }, en.title)),
        h('p', { role: 'alert' }, nl.text),
        h('p', { lang: 'en' }, en.text),
        h('div', { class: 'actions' }, reload),
      ),
    ),
  );
  reload.focus();
}

whenPageReady(() => {
  const root = document.getElementById('app')!;
  const browser = browserStorage();
  // refused: the game plays, for this visit only, and says so
  const storage = browser ?? memoryStorage();
  // other tabs' writes, and one tab at a time per case and per workshop session; a take-over
  // first waits for what the other tab saved last
  const shared = browser !== null;
  const locks = (prefix: string, key: string) => {
    const held = tabLocks(prefix);
    if (!held || !shared || typeof BroadcastChannel !== 'function') return held;
    const takeIn = () => dispatchEvent(new StorageEvent('storage', { key }));
    return withHandover(held, new BroadcastChannel(`${prefix}handover`), { storage, keys: [key], takeIn });
  };
  // (storage refused: no other tab shares what this one plays, so there is nothing to hold)
  const env = {
    watch: shared ? storageEvents : undefined,
    locks: shared ? locks('niet-pluis.case.', PROGRESS_KEY) : undefined,
    sessionLocks: shared ? locks('niet-pluis.workshop.', WORKSHOPS_KEY) : undefined,
    whenAlone: shared ? whenAlone : undefined,
    storageRefused: !shared,
  };
  // A SCORM package says so in its launch page; its platform code loads only there.
  const scorm = import.meta.env.VITE_PACKAGE && readPackageConfig((name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null);
  // The game's typeface (theme.css) is in use from the game's first screen on. (Putting it to use
  // only after that screen was painted let a resumed passage be placed before the font reflowed it.)
  document.documentElement.classList.add('typeface');
  // (in a package the platform keeps the progress, so a refused browser storage is not the player's loss to be told of)
  if (scorm) {
    void import('./lms/platform.ts').then(
      (m) => m.startInPlatform(window, root, catalog, scorm, storage, (r, c, s, more) => startApp(r, c, s, { ...env, ...more, storageRefused: false })),
      () => packageCodeFailed(root),
    );
  }
  else {
    // a retry after a failed load loads the page again (the platform's page in a package is not
    // reloaded: that would end its session with the platform)
    const reload = (address: string, open?: ReloadOpen) => {
      history.replaceState(reloadState(open), '', address);
      location.reload();
    };
    const ctx = startApp(root, catalog, storage, { ...env, reload });
    // the installed web build (not the SCORM packages, whose platform serves them)
    // Registered once the page is idle after its first screen: the worker's install fetches every
    // file of the game (Phaser too), which must not compete with a case's first choice.
    if (import.meta.env.VITE_OFFLINE && 'serviceWorker' in navigator) onFirstScreen(root, () => whenIdle(() => void import('./pwa/update.ts').then((m) => m.offerUpdates(ctx)), 5000));
  }
});
