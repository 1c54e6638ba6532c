import { defineConfig } from 'vite';
import { inkStories } from './src/build/vite-plugin-ink.ts';

export default defineConfig({
  base: './',
  plugins: [inkStories()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    // Phaser is one large chunk loaded after the first text; the warning is expected for it alone.
    chunkSizeWarningLimit: 1500,
  },
});
