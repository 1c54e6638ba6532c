/**
 * `npm run package`: the SCORM packages in dist-packages/. The site is built once for learning
 * platforms (`--mode scorm`: no service worker); then, per case and for all cases with the case
 * menu, a SCORM 1.2 zip and a SCORM 2004 4th edition zip, each with imsmanifest.xml at its root
 * and the launch page naming its version (and case) in meta tags.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import { buildStory, storyFiles } from '../build/load-stories.ts';
import type { ScormVersion } from '../lms/api.ts';
import { manifestXml } from '../lms/manifest.ts';
import { CASE_META, VERSION_META } from '../lms/package-config.ts';
import { STORY_LANG } from '../story/meta.ts';

export type BuiltPackage = { readonly file: string; readonly version: ScormVersion; readonly caseId: string | null; readonly bytes: number };

const VERSIONS: ReadonlyArray<{ version: ScormVersion; suffix: string }> = [
  { version: '1.2', suffix: 'scorm12' },
  { version: '2004', suffix: 'scorm2004' },
];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The launch page for one package: its SCORM version, its case, and its title. */
export function launchPage(html: string, version: ScormVersion, caseId: string | null, title: string): string {
  const metas = [`<meta name="${VERSION_META}" content="${version}" />`, ...(caseId ? [`<meta name="${CASE_META}" content="${caseId}" />`] : [])];
  return html
    .replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${metas.join('\n    ')}`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escAttr(title)}</title>`);
}

/** The story whose chunk this file is (`assets/_story_<id>-<hash>.js`; the hash may hold dashes too), or null. */
export function storyOfChunk(file: string, ids: readonly string[]): string | null {
  const owners = ids.filter((id) => file.startsWith(`assets/_story_${id}-`) && file.endsWith('.js'));
  return owners.sort((a, b) => b.length - a.length)[0] ?? null;
}

export async function buildPackages(options: { outDir?: string; siteDir?: string; quiet?: boolean } = {}): Promise<BuiltPackage[]> {
  const outDir = resolve(options.outDir ?? 'dist-packages');
  const siteDir = resolve(options.siteDir ?? 'dist-scorm');
  await build({ mode: 'scorm', logLevel: options.quiet ? 'warn' : 'info', build: { outDir: siteDir, emptyOutDir: true } });

  const stories = storyFiles('stories').map((f) => {
    const b = buildStory(relative(process.cwd(), f));
    if (!b.ok) throw new Error(`${f} does not compile`);
    return { id: b.story.id, meta: b.story.analysis.meta };
  });
  const files = listFiles(siteDir);
  const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
  const variants = [
    ...stories.map((s) => ({
      caseId: s.id as string | null,
      name: `niet-pluis-${s.id}`,
      title: `Niet Pluis: ${s.meta.titel}`,
      description: `${s.meta.thema}. Rol: ${s.meta.rol}. Duur: ${s.meta.duur} minuten. ${s.meta.inhoud}`,
    })),
    {
      caseId: null,
      name: 'niet-pluis-alle-casussen',
      title: 'Niet Pluis: alle casussen',
      description: `Een training over uitbuiting van kinderen, met ${stories.length} casussen: ${stories.map((s) => `${s.meta.titel} (${s.meta.thema})`).join('; ')}.`,
    },
  ];

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const built: BuiltPackage[] = [];
  for (const v of variants) {
    // a one-case package leaves out the other cases' story chunks
    const own = files.filter((f) => {
      const story = storyOfChunk(f, stories.map((x) => x.id));
      return story === null || v.caseId === null || story === v.caseId;
    });
    for (const { version, suffix } of VERSIONS) {
      const zip: Zippable = {};
      const mtime = new Date('2026-01-01T00:00:00Z'); // the same input gives the same zip
      for (const f of own) {
        const data = f === 'index.html' ? new TextEncoder().encode(launchPage(html, version, v.caseId, v.title)) : new Uint8Array(readFileSync(join(siteDir, f)));
        zip[f] = [data, { mtime }];
      }
      const manifest = manifestXml(version, { identifier: v.name, title: v.title, description: v.description, lang: STORY_LANG, files: own, launch: 'index.html' });
      zip['imsmanifest.xml'] = [new TextEncoder().encode(manifest), { mtime }];
      const bytes = zipSync(zip, { level: 9 });
      const file = join(outDir, `${v.name}-${suffix}.zip`);
      writeFileSync(file, bytes);
      built.push({ file, version, caseId: v.caseId, bytes: bytes.length });
    }
  }
  return built;
}

if (process.argv[1]?.endsWith('package.ts')) {
  const built = await buildPackages();
  for (const p of built) console.log(`${relative(process.cwd(), p.file)}  ${(p.bytes / 1024).toFixed(0)} KiB`);
}
