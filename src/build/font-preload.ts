import type { Plugin } from 'vite';

/**
 * Asks for each page's text font at once, beside its stylesheet. A browser asks for a web font only
 * when it lays out text in it, which on the game's page is the first screen itself: that screen was
 * laid out twice (in the fallback, then again when the font came), and the fallback cost the most,
 * every fallback name looked up on a slow phone. Asked for at once, the font is usually there before
 * the first screen. A font is fetched in CORS mode, so the preload is too (or it is fetched twice).
 */
export function fontPreload(): Plugin {
  return {
    name: 'niet-pluis:font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return undefined;
        for (const sheet of html.match(/<link rel="stylesheet"[^>]*>/g) ?? []) {
          const href = /href="\.\/([^"]+)"/.exec(sheet)?.[1];
          const css = href ? ctx.bundle[href] : undefined;
          if (css?.type !== 'asset' || typeof css.source !== 'string') continue;
          // the fonts the stylesheet names, as the build wrote them (relative to the stylesheet, in assets/)
          const fonts = new Set([...css.source.matchAll(/url\(["']?(?:\.\/)?([^"')]+\.woff2)["']?\)/g)].map((m) => m[1]!.replace(/^.*\//, '')));
          const links = [...fonts].map((f) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="./assets/${f}">`);
          if (links.length) html = html.replace(sheet, `${links.join('\n    ')}\n    ${sheet}`);
        }
        return html;
      },
    },
  };
}
