/// <reference types="vite-plugin-pwa/vanillajs" />
declare module 'virtual:story-catalog' {
  import type { CatalogEntry } from './story/catalog.ts';
  export const catalog: readonly CatalogEntry[];
}

interface ImportMetaEnv {
  /** True in the built web site, which registers its service worker (vite.config.ts). */
  readonly VITE_OFFLINE: boolean;
  /** A build that can run as a SCORM package (`--mode scorm`, and the dev server). */
  readonly VITE_PACKAGE: boolean;
}
