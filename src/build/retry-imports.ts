import type { Plugin } from 'vite';

/**
 * Makes a failed dynamic import worth trying again. A browser remembers a module whose fetch
 * failed for the life of the page (the HTML standard's module map; Chromium 150 does),
 * so importing the same address again fails at once, without asking the network: a "Try again"
 * after a story or the English text did not arrive did nothing. This routes every dynamic import
 * of a chunk in the build through a small helper that, after a failure of an address, imports it
 * as `address?retry=n`, an address the browser has not seen and fetches.
 *
 * Only the chunk that failed is fetched again this way: the chunks it imports keep their addresses,
 * so a chunk the failed one needed that failed too stays failed until the page is loaded again
 * (which is what the web build's retries of a case or a screen do: src/main.ts).
 */
export function retryableImports(): Plugin {
  // a failed address's next import gets ?retry=1, then ?retry=2, …: counted for the whole page
  const helper = 'const __importAgain=(s,b)=>{const u=new URL(s,b).href,f=(globalThis.__failedImports??=new Map),n=f.get(u)??0;return import(n?`${u}?retry=${n}`:u).catch((e)=>{f.set(u,n+1);throw e})};';
  const dynamicImport = /\bimport\(\s*([`'"])(\.\.?\/[^`'"$]+\.js)\1\s*\)/g;
  return {
    name: 'niet-pluis:retryable-imports',
    apply: 'build',
    // once the chunks are final: Vite reads each dynamic import in them to load its stylesheets
    // and the chunks it needs along with it, and would find none in a rewritten one
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !dynamicImport.test(chunk.code)) continue;
          dynamicImport.lastIndex = 0;
          chunk.code = helper + chunk.code.replace(dynamicImport, (_all, quote: string, spec: string) => `__importAgain(${quote}${spec}${quote},import.meta.url)`);
        }
      },
    },
  };
}
