// `npm run bench`: times `npm run convert` and `npm run build` and reports their peak memory,
// then the size of dist/. It prints figures for comparison between changes; it asserts nothing.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../tests/support/built-pages.ts';
import { normaliseBase } from '../tests/support/links.ts';
import { weighPage } from '../tests/support/weight.ts';

interface Result {
  name: string;
  exitCode: number | null;
  seconds: number;
  peakRssBytes: number | null;
}

/** Children of every process, from /proc (Linux only). */
function childrenByParent(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in field 2 may contain spaces, so split after its closing ")".
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we were reading.
    }
  }
  return map;
}

/** Summed resident memory of a process and all its descendants. */
function treeRss(root: number): number {
  const children = childrenByParent();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function run(name: string, args: string[]): Promise<Result> {
  const canPoll = existsSync('/proc/self/status');
  return new Promise((done) => {
    const start = process.hrtime.bigint();
    const child = spawn('npm', args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let peak = 0;
    // Sampling every 100 ms can miss a short spike; good enough to compare runs.
    const timer = canPoll ? setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100) : undefined;
    child.on('close', (exitCode) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      done({ name, exitCode, seconds, peakRssBytes: canPoll ? peak : null });
    });
  });
}

function walk(dir: string): { bytes: number; files: string[] } {
  let bytes = 0;
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = walk(path);
      bytes += sub.bytes;
      files.push(...sub.files);
    } else {
      bytes += statSync(path).size;
      files.push(path);
    }
  }
  return { bytes, files };
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

const results = [await run('convert', ['run', 'convert']), await run('build', ['run', 'build'])];

console.log('\nstep      exit  wall      peak RSS (process tree)');
for (const r of results) {
  console.log(
    `${r.name.padEnd(9)} ${String(r.exitCode).padEnd(5)} ${`${r.seconds.toFixed(1)} s`.padEnd(9)} ${
      r.peakRssBytes === null ? 'n/a (no /proc)' : mib(r.peakRssBytes)
    }`,
  );
}

if (existsSync('dist')) {
  const { bytes, files } = walk('dist');
  const html = files.filter((f) => f.endsWith('.html'));
  console.log(`\ndist: ${mib(bytes)} in ${files.length} files; ${html.length} HTML pages`);
  const entry = 'dist/pagefind/pagefind-entry.json';
  if (existsSync(entry)) {
    const languages: Record<string, { page_count: number }> = JSON.parse(readFileSync(entry, 'utf8')).languages;
    const counts = Object.entries(languages).map(([lang, l]) => `${lang} ${l.page_count}`);
    console.log(`search index: ${counts.join(', ')} pages; ${mib(walk('dist/pagefind').bytes)}`);
  }
}
if (existsSync('dist/index.html')) {
  // The same measurement tests/dist/budgets.test.ts holds to its budgets.
  const weights = builtPages().map((p) => weighPage('dist', normaliseBase(process.env.BASE_PATH), p));
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  for (const kind of ['html', 'js', 'css'] as const) {
    const top = weights.reduce((a, b) => (b[kind] > a[kind] ? b : a));
    console.log(`largest ${kind.padEnd(4)} per page (gzip): ${kB(top[kind]).padEnd(8)} /${top.path}`);
  }
}
process.exitCode = results.some((r) => r.exitCode !== 0) ? 1 : 0;

/**
 * Search in headless Chromium against `npm run preview`: bytes fetched for the first query (Pagefind's
 * library, wasm, index chunks, fragments) and for a following one, and the time from typing into the
 * search page to the first result on screen. Playwright's request events also see the worker's fetches.
 */
async function benchSearch(): Promise<void> {
  const { chromium } = await import('@playwright/test');
  const port = Number(process.env.BENCH_PORT ?? 4466);
  const server = spawn('npm', ['run', 'preview', '--', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}/`;
  try {
    for (let i = 0; i < 100 && !(await fetch(base).then((r) => r.ok).catch(() => false)); i++) await new Promise((r) => setTimeout(r, 200));
    const browser = await chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] } : {});
    const page = await browser.newPage();
    let bytes = 0;
    page.on('requestfinished', async (request) => {
      if (!request.url().includes('/pagefind/')) return;
      const sizes = await request.sizes().catch(() => null);
      bytes += sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
    });
    await page.goto(`${base}search/`);
    await page.locator('#search-page .pagefind-ui__search-input').waitFor();
    const pageBytes = bytes;
    const typeAndWait = async (query: string) => {
      bytes = 0;
      const start = performance.now();
      await page.locator('#search-page .pagefind-ui__search-input').fill(query);
      // The summary line names the query once its results are shown.
      await page.locator('#search-page .pagefind-ui__message', { hasText: `${query}の` }).waitFor();
      await page.locator('#search-page .pagefind-ui__result-link').first().waitFor();
      const ms = performance.now() - start;
      await page.waitForLoadState('networkidle');
      return { ms, bytes };
    };
    const first = await typeAndWait('テレワーク');
    const next = await typeAndWait('サプライチェーン');
    console.log(`\nsearch (Chromium, /search/; the UI waits 300 ms after typing before it searches)`);
    console.log(`  search page load: ${(pageBytes / 1024).toFixed(1)} KiB from /pagefind/`);
    console.log(`  first query  テレワーク:      ${(first.bytes / 1024).toFixed(1)} KiB, ${first.ms.toFixed(0)} ms to first result`);
    console.log(`  next query   サプライチェーン: ${(next.bytes / 1024).toFixed(1)} KiB, ${next.ms.toFixed(0)} ms to first result`);
    await browser.close();
  } finally {
    process.kill(-server.pid!);
  }
}

if (existsSync('dist/pagefind')) {
  const { bytes, files } = walk('dist/pagefind');
  const gz = (dir: string) => (existsSync(dir) ? walk(dir) : { bytes: 0, files: [] });
  console.log(
    `search index files: index ${(gz('dist/pagefind/index').bytes / 1024).toFixed(0)} KiB, fragments ${(gz('dist/pagefind/fragment').bytes / 1024).toFixed(0)} KiB, all ${mib(bytes)} in ${files.length} files`,
  );
  await benchSearch();
}
