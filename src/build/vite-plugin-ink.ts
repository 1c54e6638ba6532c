/**
 * Compiles the ink stories at build time. `virtual:story-catalog` lists every story in the
 * stories folder (its card, and loaders for its compiled JSON and its analysis, each a chunk of
 * its own: `story:<id>` and `analysis:<id>`), so a new .ink file shows
 * up in the game with no code change. An authoring error, and every broken case rule the explorer
 * finds, fails the build (and shows in the dev overlay) with file and line.
 */
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildStory, storyFiles, type BuiltStory } from './load-stories.ts';
import { formatDiagnostic } from '../story/lint.ts';
import { markWholeFloats } from '../story/story-json.ts';
import { byMenuOrder } from '../story/meta.ts';
import { cardOf } from '../story/catalog.ts';
import { createStoryRunner } from '../story/runner.ts';

const CATALOG_ID = 'virtual:story-catalog';
const RESOLVED_CATALOG = '\0' + CATALOG_ID;
const STORY_PREFIX = '\0story:';
const ANALYSIS_PREFIX = '\0analysis:';

/** The story build hash: the first 16 hex digits of the SHA-256 of the compiled story JSON. */
export function storyBuildHash(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

export type InkPluginOptions = { readonly dir?: string };

export function inkStories(options: InkPluginOptions = {}): Plugin {
  let root = process.cwd();
  let dir = resolve(root, options.dir ?? 'stories');
  const built = new Map<string, BuiltStory>();
  let server: ViteDevServer | null = null;
  let preload: { fileName: string; source: string } | null = null;

  const build = (file: string, ctx: { error(e: unknown): never; addWatchFile(f: string): void }): BuiltStory => {
    const rel = relative(root, file);
    const outcome = buildStory(rel, root);
    if (!outcome.ok) {
      for (const f of outcome.result.files) ctx.addWatchFile(resolve(root, f));
      const first = outcome.result.diagnostics[0]!;
      ctx.error({
        message: `Story error${outcome.result.diagnostics.length > 1 ? 's' : ''}:\n${outcome.result.diagnostics.map(formatDiagnostic).join('\n')}`,
        id: resolve(root, first.file),
        loc: { file: resolve(root, first.file), line: first.line, column: 0 },
      });
    }
    const story = outcome.story;
    for (const f of story.files) ctx.addWatchFile(resolve(root, f));
    built.set(story.id, story);
    return story;
  };

  return {
    name: 'niet-pluis-ink',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, options.dir ?? 'stories');
    },
    configureServer(s) {
      server = s;
      s.watcher.add(dir);
      const reload = (file: string) => {
        if (!file.endsWith('.ink')) return;
        for (const id of [RESOLVED_CATALOG, ...[...built.keys()].flatMap((k) => [STORY_PREFIX + k, ANALYSIS_PREFIX + k])]) {
          const mod = s.moduleGraph.getModuleById(id);
          if (mod) s.moduleGraph.invalidateModule(mod);
        }
        s.ws.send({ type: 'full-reload' });
      };
      s.watcher.on('add', reload);
      s.watcher.on('unlink', reload);
      s.watcher.on('change', reload);
    },
    resolveId(id) {
      if (id === CATALOG_ID) return RESOLVED_CATALOG;
      if (id.startsWith('story:') || id.startsWith('analysis:')) return '\0' + id;
      return null;
    },
    load(id) {
      if (id === RESOLVED_CATALOG) {
        // the menu's order is the stories' own `# volgorde:` header, not the file names
        const entries = byMenuOrder(storyFiles(dir).map((file) => build(file, this)).map((s) => ({ id: s.id, meta: s.analysis.meta, s }))).map((e) => e.s);
        // The main script carries only each story's card; the analysis and the story are chunks
        // loaded when wanted, each parsed from one string literal.
        const items = entries.map((s) => {
          const load = (kind: string) => `() => import(${JSON.stringify(`${kind}:${s.id}`)}).then((m) => m.default)`;
          return `  { id: ${JSON.stringify(s.id)}, build: ${JSON.stringify(storyBuildHash(s.json))}, ...JSON.parse(${JSON.stringify(JSON.stringify(cardOf(s.analysis, createStoryRunner(s.json).continue())))}), load: ${load('story')}, loadAnalysis: once(${load('analysis')}) }`;
        });
        return [
          '/** One fetch and one parse per analysis, however often it is asked for. */',
          'function once(load) {',
          '  let loading;',
          '  return () => (loading ??= load().catch((e) => { loading = undefined; throw e; }));',
          '}',
          `export const catalog = [\n${items.join(',\n')}\n];`,
          '',
        ].join('\n');
      }
      if (id.startsWith(ANALYSIS_PREFIX)) {
        const storyId = id.slice(ANALYSIS_PREFIX.length);
        const story = built.get(storyId) ?? build(resolve(dir, `${storyId}.ink`), this);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(story.analysis))});\n`;
      }
      if (id.startsWith(STORY_PREFIX)) {
        const storyId = id.slice(STORY_PREFIX.length);
        const story = built.get(storyId) ?? build(resolve(dir, `${storyId}.ink`), this);
        // JSON.parse of one string literal is the fastest way to ship a large object
        return `export default JSON.parse(${JSON.stringify(markWholeFloats(story.json))});\n`;
      }
      return null;
    },
    // The story chunk is only asked for once the main script runs; when the address already names
    // a case (a reload mid-case, a link from a learning platform), fetch it alongside the main script.
    // The script is a file of its own, not inline, so the site runs under `script-src 'self'`.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // only the game's page opens a case; the projector and the phone page have no use for it
        if (!ctx.bundle || !/(^|[\\/])index\.html$/.test(ctx.filename)) return undefined;
        // the story's chunk (its analysis is fetched after the first choices are up: src/play/game.ts)
        // and the code that runs it (the ink runtime: a chunk of its own, as a new play's opening needs none)
        const chunks: Record<string, string[]> = {};
        const runner: string[] = [];
        for (const out of Object.values(ctx.bundle)) {
          const facade = out.type === 'chunk' ? out.facadeModuleId : null;
          if (facade?.startsWith(STORY_PREFIX)) (chunks[facade.slice(STORY_PREFIX.length)] ??= []).push(`./${out.fileName}`);
          if (out.type === 'chunk' && facade && /[\\/]src[\\/]story[\\/]runner\.ts$/.test(facade)) runner.push(`./${out.fileName}`);
        }
        for (const files of Object.values(chunks)) files.push(...runner);
        const source = `(function(){var c=${JSON.stringify(chunks)};var m=/^#(?:play|note)=([a-z0-9_-]+)$/i.exec(location.hash);(m&&c[m[1]]||[]).forEach(function(f){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=f;document.head.appendChild(l);});})();\n`;
        const fileName = `assets/story-preload-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
        preload = { fileName, source };
        // Right after the charset, and parser-blocking (not async): it is then fetched at high
        // priority and runs the moment it arrives, before the page's styles and layout, which an
        // async script waits behind on a slow CPU. The module scripts are fetched meanwhile all the
        // same (the preload scanner), and the loading line waits one small file at most.
        // The stylesheet comes next, so it is asked for before the scripts; the main script is
        // async: it runs as soon as it is here, not after the stylesheet and the loading line's
        // layout (src/main.ts waits for the stylesheet itself before it draws).
        const styles = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
        for (const l of styles) html = html.replace(l, '');
        return html
          .replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    <script src="./${fileName}"></script>\n    ${styles.join('\n    ')}`)
          .replace('<script type="module" crossorigin', '<script type="module" async crossorigin');
      },
    },
    // after the HTML is written (which is when the chunk names are known)
    generateBundle: {
      order: 'post',
      handler() {
        if (preload) this.emitFile({ type: 'asset', fileName: preload.fileName, source: preload.source });
      },
    },
    handleHotUpdate(ctx) {
      if (ctx.file.endsWith('.ink') && server) return [];
      return undefined;
    },
  };
}
