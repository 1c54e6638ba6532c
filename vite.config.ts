import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inkStories } from './src/build/vite-plugin-ink.ts';
import { retryableImports } from './src/build/retry-imports.ts';
import { fontPreload } from './src/build/font-preload.ts';

/**
 * Phaser from its sources, built with only what the world uses: both renderers (WebGL, and Canvas
 * where WebGL is missing), no sound, physics or debugging. Its sources ask for these as
 * `typeof FLAG`, set here; the ready-made bundle holds everything, 57 KB gzip more.
 */
const PHASER_FLAGS: Record<string, boolean> = { WEBGL_RENDERER: true, CANVAS_RENDERER: true, FEATURE_SOUND: false, WEBGL_DEBUG: false, PLUGIN_FBINSTANT: false, PLUGIN_CAMERA3D: false, EXPERIMENTAL: false };
const FLAG_TEST = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');
const phaserFlags = {
  name: 'phaser-flags',
  transform(code: string, id: string) {
    if (!id.includes('/node_modules/phaser/src/')) return null;
    return code
      .replace(FLAG_TEST, (_, flag: string) => String(PHASER_FLAGS[flag]))
      .replace(/(?<![.\w$])global\./g, 'globalThis.');
  },
};

// `--mode scorm` builds the site for the SCORM packages (npm run package): no service worker there,
// the learning platform serves it.
export default defineConfig(({ command, mode }) => ({
  base: './',
  // the service worker is registered only by the built web site (src/pwa/update.ts)
  // and the platform's code (src/lms/) only by the packages' build (and the dev server): the web
  // site's first script carries none of it
  define: {
    'import.meta.env.VITE_OFFLINE': JSON.stringify(command === 'build' && mode !== 'scorm'),
    'import.meta.env.VITE_PACKAGE': JSON.stringify(command !== 'build' || mode === 'scorm'),
  },
  resolve: { alias: { phaser: fileURLToPath(new URL('./node_modules/phaser/src/phaser-no-physics.js', import.meta.url)) } },
  // the same flags when the dev server bundles Phaser ahead
  optimizeDeps: { rolldownOptions: { plugins: [phaserFlags] } },
  plugins: [
    phaserFlags,
    inkStories(),
    fontPreload(), // after inkStories: it places each font beside the stylesheet, where that one put it
    retryableImports(),
    VitePWA({
      disable: mode === 'scorm',
      registerType: 'prompt', // a new version waits until the player says so (src/pwa/update.ts)
      injectRegister: false,
      includeAssets: ['favicon.svg', 'favicon-32x32.png', 'apple-touch-icon.png'],
      manifest: {
        name: 'Niet Pluis',
        short_name: 'Niet Pluis',
        description: 'Een training voor professionals over uitbuiting van kinderen en kinderrechten.',
        lang: 'nl',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f6f4ef',
        theme_color: '#1f5f8b',
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // everything, Phaser's chunk (about 1.2 MB) included: within workbox's 2 MiB precache limit
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    // Phaser is one large chunk loaded after the first text; the warning is expected for it alone.
    chunkSizeWarningLimit: 1500,
    // the game (with the trainer's console), the projector window and the phone page of the live room
    rollupOptions: {
      input: { main: 'index.html', projector: 'projector.html', join: 'join.html' },
      // The game's saved-data schema, the story tag parser, the element builder and the module
      // preload helper are needed before the first choice and shared with the other pages or with
      // chunks loaded later: one chunk, not four, so the page's first requests (with its stylesheet
      // and font) fit the six connections a browser opens to one HTTP/1.1 host
      // (test/build/first-load.test.ts). The phone and projector pages load all four as well.
      output: { codeSplitting: { groups: [{ name: 'start', test: /[\\/]src[\\/](state[\\/]schema|story[\\/]tags|ui[\\/]dom)\.ts$|vite[\\/]modulepreload-polyfill/ }] } },
    },
  },
}));
