/**
 * Draws the game's icon (a magnifying glass over a question mark: something is not right) as SVG,
 * and renders the PNG sizes the web app manifest and phones ask for with headless Chromium.
 * Run after changing the drawing: `npm run icons`; the files in public/ are committed.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const ACCENT = '#1f5f8b';
const BG = '#f6f4ef';
const SIGNAL = '#c2410c';

/** The drawing on a 512 grid; `inset` shrinks it towards the middle (maskable icons keep a safe zone). */
export function iconSvg(options: { inset?: number; rounded?: boolean } = {}): string {
  const inset = options.inset ?? 0;
  const scale = (512 - 2 * inset) / 512;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${options.rounded === false ? 0 : 96}" fill="${ACCENT}"/>
  <g transform="translate(${inset} ${inset}) scale(${scale})">
    <circle cx="224" cy="224" r="128" fill="${BG}" stroke="${BG}" stroke-width="8"/>
    <circle cx="224" cy="224" r="128" fill="none" stroke="#0d2f47" stroke-width="36"/>
    <path d="M318 318 L420 420" stroke="${BG}" stroke-width="56" stroke-linecap="round"/>
    <path d="M184 190 a40 40 0 1 1 58 36 c-14 8 -18 16 -18 30" fill="none" stroke="${SIGNAL}" stroke-width="30" stroke-linecap="round"/>
    <circle cx="224" cy="300" r="18" fill="${SIGNAL}"/>
  </g>
</svg>
`;
}

async function main() {
  writeFileSync('public/favicon.svg', iconSvg());
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  const render = async (svg: string, size: number, file: string) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  await render(iconSvg(), 192, 'public/pwa-192x192.png');
  await render(iconSvg(), 512, 'public/pwa-512x512.png');
  // maskable: full-bleed background, the drawing inside the central safe zone
  await render(iconSvg({ inset: 64, rounded: false }), 512, 'public/maskable-512x512.png');
  await render(iconSvg({ rounded: false }), 180, 'public/apple-touch-icon.png');
  await render(iconSvg(), 32, 'public/favicon-32x32.png');
  await browser.close();
}

if (process.argv[1]?.endsWith('icons.ts')) await main();
