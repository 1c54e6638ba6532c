/// <reference types="vite-plugin-pwa/vanillajs" />
declare module 'virtual:story-catalog' {
  import type { CatalogEntry } from './story/catalog.ts';
  export const catalog: readonly CatalogEntry[];
}
