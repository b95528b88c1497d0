// `npm run shots`: screenshots of a fixed tour of the built site (dist/) at a phone and a desktop width, light
// and dark, for a person to look at. Writes PNGs to shots/ (gitignored, outside dist/) or to SHOTS_DIR.
// SHOTS_ONLY narrows the tour. Serves dist/ with `astro preview` on E2E_PORT (default 4321) unless a server already answers there.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '..');
const outDir = process.env.SHOTS_DIR ?? join(root, 'shots');
const port = Number(process.env.E2E_PORT ?? 4321);
const base = `http://127.0.0.1:${port}/`;

/** The tour: what a reader opens, including a measure row reached from a link or a search result. */
export const TOUR: readonly { name: string; path: string }[] = [
  { name: 'home', path: '' },
  { name: 'part-2-chapter-2', path: 'part-2/chapter-2/' },
  { name: 'annex-1-row', path: 'annex-1/section-1/#m2020-1-1-2-a' },
  { name: 'annex-2-row', path: 'annex-2/section-1/#m2019-1-1-2-a' },
  { name: 'annex-6', path: 'annex-6/' },
  { name: 'annex-7', path: 'annex-7/' },
  { name: 'ministry-mic', path: 'ministries/mic/' },
  { name: 'glossary', path: 'annex-8/' },
  { name: 'search', path: `search/?q=${encodeURIComponent('経営層の意識改革')}` },
  { name: 'en-home', path: 'en/' },
];
/** SHOTS_ONLY=annex-7,ministry-mic limits the tour to those stops while working on them. */
const only = process.env.SHOTS_ONLY?.split(',');
const stops = only ? TOUR.filter((s) => only.includes(s.name)) : TOUR;
const WIDTHS = [360, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

async function answers(): Promise<boolean> {
  try {
    return (await fetch(base)).ok;
  } catch {
    return false;
  }
}

async function startServer(): Promise<ChildProcess | undefined> {
  if (await answers()) return undefined;
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 120 && !(await answers()); i++) await new Promise((r) => setTimeout(r, 500));
  if (!(await answers())) throw new Error(`no server on ${base} after 60 s: run \`npm run build\` first`);
  return server;
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  mkdirSync(outDir, { recursive: true });
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const page = await browser.newPage({ viewport: { width, height: width < 800 ? 780 : 900 }, colorScheme, locale: 'ja-JP' });
      for (const stop of stops) {
        await page.goto(base + stop.path, { waitUntil: 'networkidle' });
        if (stop.name === 'search') await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
        const file = join(outDir, `${stop.name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server?.kill();
}
