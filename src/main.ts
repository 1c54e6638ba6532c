import { catalog } from 'virtual:story-catalog';
import { startApp } from './ui/app.ts';
import { memoryStorage, type KeyValueStorage } from './state/persistence.ts';
import './ui/styles.css';

/** localStorage when the browser allows it; otherwise progress lives for this visit only. */
function browserStorage(): KeyValueStorage {
  try {
    const probe = '__niet-pluis-probe__';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return memoryStorage();
  }
}

startApp(document.getElementById('app')!, catalog, browserStorage());
