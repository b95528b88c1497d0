// `npm run bench [-- --base <ref>] [-- --pages N]`: the record of what a change costs. For this checkout,
// and with --base for another commit built in a temporary git worktree, it measures
//   - build: wall time and peak memory (RSS of the process tree) of `npm run build`;
//   - first load per page kind: every response a page fetches in Chromium with an empty cache, each
//     gzipped at level 9 as a static host would send it, by resource type;
//   - search: what the header dialog fetches for a first query and for a following, different one (each
//     response listed), and the time from typing each query until its first result title shows;
//   - where the bytes of a content page's HTML go (each part's share of the gzipped page; parts overlap:
//     the head holds the CSP and scripts, main holds charts).
// It prints the figures side by side with ratios and writes them to bench.json; it asserts nothing.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import getPort from 'get-port';
import { parse } from 'node-html-parser';
import { builtPages } from '../tests/support/built-pages.ts';

const { values: args } = parseArgs({ options: { base: { type: 'string' }, pages: { type: 'string' }, out: { type: 'string', default: 'bench.json' } } });

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
/**
 * What a response costs on the wire. Pagefind's index files (.pf_meta, .pf_index, .pf_filter, .pf_fragment,
 * the .pagefind wasm) are gzip streams already: a host sends them as they are, so they count as stored;
 * gzipping them again would count 23 bytes of a second gzip wrapper per file that no reader downloads.
 */
const wire = (body: Buffer) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : gz(body));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : 0;
};

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

interface Step {
  seconds: number;
  peakRssBytes: number | null;
}

function run(cwd: string, script: string): Promise<Step> {
  const canPoll = existsSync('/proc/self/status');
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn('npm', ['run', script], { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let peak = 0;
    // Sampling every 100 ms can miss a short spike; good enough to compare runs.
    const timer = canPoll ? setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100) : undefined;
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) return fail(new Error(`npm run ${script} in ${cwd} exited with ${code}`));
      done({ seconds: Number(process.hrtime.bigint() - start) / 1e9, peakRssBytes: canPoll ? peak : null });
    });
  });
}

/** What a reader's page is: the groups the figures are given for. */
function kindOf(path: string): string {
  const p = path.replace(/^en\//, '');
  const lang = path.startsWith('en/') || path === 'en/' ? 'en' : 'ja';
  if (p === '' || p === 'en/') return `${lang} home`;
  if (/^(part-\d|introduction)/.test(p)) return `${lang} report chapter`;
  if (/^annex-[12]\//.test(p)) return `${lang} measures table`;
  if (/^annex-8\//.test(p)) return `${lang} glossary`;
  if (/^annex-/.test(p)) return `${lang} other annex`;
  if (/^ministries\//.test(p)) return `${lang} ministry`;
  return `${lang} about, data, policy`;
}

const isContentPage = (path: string) => !/(^|\/)(404\.html|search\/)$/.test(path);

interface Load {
  path: string;
  kind: string;
  bytes: number;
  requests: number;
  byType: Record<string, number>;
}

interface Response {
  url: string;
  type: string;
  /** Bytes as served (`serve -u` compresses nothing). */
  raw: number;
  /** Bytes on the wire (`wire`). */
  bytes: number;
}

/** The responses a page receives from now until `until` resolves, with their bytes on the wire. */
async function collect(page: Page, until: () => Promise<void>): Promise<{ bytes: number; requests: number; byType: Record<string, number>; responses: Response[] }> {
  const pending: Promise<void>[] = [];
  const byType: Record<string, number> = {};
  const responses: Response[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    pending.push(
      response.body().then(
        (body) => {
          const type = response.request().resourceType();
          const bytes = wire(body);
          byType[type] = (byType[type] ?? 0) + bytes;
          responses.push({ url: new URL(response.url()).pathname, type, raw: body.length, bytes });
        },
        () => undefined,
      ),
    );
  };
  page.on('response', onResponse);
  await until();
  await Promise.all(pending);
  page.off('response', onResponse);
  return { bytes: Object.values(byType).reduce((a, b) => a + b, 0), requests: responses.length, byType, responses };
}

/** Lets idle callbacks run (the search UI used to load on idle) before the network goes quiet. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
}

async function firstLoads(browser: Browser, origin: string, paths: string[]): Promise<Load[]> {
  const loads: Load[] = [];
  for (const path of paths) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const { bytes, requests, byType } = await collect(page, async () => {
      await page.goto(`${origin}/${path}`);
      await settle(page);
    });
    loads.push({ path, kind: kindOf(path), bytes, requests, byType });
    await context.close();
  }
  return loads;
}

async function searchCost(browser: Browser, origin: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${origin}/part-1/chapter-2/`);
  await settle(page);
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  const query = async (text: string) =>
    collect(page, async () => {
      if (!(await page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open))) await page.keyboard.press('Control+k');
      await input.waitFor();
      await input.fill(text);
      await page.locator('#starlight__search .pagefind-ui__message', { hasText: text }).waitFor({ timeout: 30_000 });
      await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
      await settle(page);
    });
  const first = await query(FIRST_QUERY);
  const next = await query(NEXT_QUERY);
  await context.close();
  return { first: { query: FIRST_QUERY, ...first }, next: { query: NEXT_QUERY, ...next } };
}

const FIRST_QUERY = 'テレワーク';
const NEXT_QUERY = 'ランサムウェア';
const TIMING_RUNS = 5;

/**
 * Milliseconds from a query typed into the open dialog until its first result title shows (a result link:
 * Pagefind's loading placeholders have none), timed in the page. Typing is one input event with the whole
 * query, as a paste; Pagefind's UI waits 300 ms for more typing before it searches, which a reader waits too.
 */
function timeToResult(page: Page, text: string): Promise<number> {
  return page.evaluate(
    (text) =>
      new Promise<number>((done) => {
        const box = document.querySelector('#starlight__search')!;
        const input = box.querySelector<HTMLInputElement>('.pagefind-ui__search-input')!;
        const start = performance.now();
        const check = () => {
          if (!box.querySelector('.pagefind-ui__result-link')) return;
          observer.disconnect();
          done(performance.now() - start);
        };
        const observer = new MutationObserver(check);
        observer.observe(box, { childList: true, subtree: true });
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    text,
  );
}

/**
 * Time to first result, median of TIMING_RUNS runs, each in a new browser context (empty cache): the first
 * query as soon as the dialog's field shows (the UI loads when the dialog opens, the index with the first
 * query), then the next query once the field is cleared and the first query's results are gone.
 */
async function searchTimes(browser: Browser, origin: string) {
  const first: number[] = [];
  const next: number[] = [];
  for (let run = 0; run < TIMING_RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin}/part-1/chapter-2/`);
    await settle(page);
    await page.keyboard.press('Control+k');
    const input = page.locator('#starlight__search .pagefind-ui__search-input');
    await input.waitFor();
    first.push(await timeToResult(page, FIRST_QUERY));
    await settle(page);
    await input.fill('');
    await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor({ state: 'detached' });
    next.push(await timeToResult(page, NEXT_QUERY));
    await context.close();
  }
  return { runs: TIMING_RUNS, firstMs: median(first), nextMs: median(next), first, next };
}

/** Each part's share of a page's gzipped HTML: the page's size less its size without that part. */
function htmlBreakdown(file: string): Record<string, number> {
  const html = readFileSync(file, 'utf8');
  const total = gz(html);
  const parts: Record<string, string> = {
    head: 'head',
    'site header': 'header.header',
    sidebar: '#starlight__sidebar',
    'table of contents': 'starlight-toc, mobile-starlight-toc',
    'glossary definitions inline (.term-tip)': '.term-tip',
    'main content (less the definitions)': 'main',
    footer: 'footer',
    'inline SVG (icons, charts)': 'svg',
    'inline scripts': 'script:not([src])',
    'Content-Security-Policy meta': 'meta[http-equiv="content-security-policy"]',
    'head meta tags (less the CSP)': 'head meta:not([http-equiv])',
  };
  const out: Record<string, number> = { total };
  for (const [name, selector] of Object.entries(parts)) {
    const dom = parse(html);
    if (name.startsWith('main')) dom.querySelectorAll('.term-tip').forEach((e) => e.remove());
    const before = name.startsWith('main') ? gz(dom.toString()) : total;
    dom.querySelectorAll(selector).forEach((e) => e.remove());
    out[name] = before - gz(dom.toString());
  }
  return out;
}

interface Figures {
  label: string;
  build: Step;
  pages: { count: number; median: number; max: number; maxPath: string; byKind: Record<string, { count: number; median: number; max: number }> };
  chapter: Load | undefined;
  search: Awaited<ReturnType<typeof searchCost>>;
  searchTime: Awaited<ReturnType<typeof searchTimes>>;
  html: Record<string, number>;
}

async function measure(label: string, cwd: string): Promise<Figures> {
  console.error(`bench: building ${label} in ${cwd}`);
  const build = await run(cwd, 'build');
  const dist = join(cwd, 'dist');
  const port = await getPort({ host: '127.0.0.1' });
  const server = spawn('npx', ['serve', dist, '--no-port-switching', '-L', '-u', '--listen', `tcp://127.0.0.1:${port}`], { stdio: 'ignore', detached: true });
  const origin = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 150 && !(await fetch(`${origin}/`).then((r) => r.ok).catch(() => false)); i++) await new Promise((r) => setTimeout(r, 200));
    const browser = await chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] } : {});
    try {
      let paths = builtPages(dist).map((p) => p.path).filter(isContentPage);
      if (args.pages) paths = paths.filter((_, i) => i % Math.ceil(paths.length / Number(args.pages)) === 0);
      if (!paths.includes('part-1/chapter-2/')) paths.push('part-1/chapter-2/');
      console.error(`bench: ${label}: first load of ${paths.length} pages`);
      const loads = await firstLoads(browser, origin, paths);
      const byKind: Figures['pages']['byKind'] = {};
      for (const kind of [...new Set(loads.map((l) => l.kind))].sort()) {
        const of = loads.filter((l) => l.kind === kind).map((l) => l.bytes);
        byKind[kind] = { count: of.length, median: median(of), max: Math.max(...of) };
      }
      const top = loads.reduce((a, b) => (b.bytes > a.bytes ? b : a));
      const search = await searchCost(browser, origin);
      const searchTime = await searchTimes(browser, origin);
      return {
        label,
        build,
        pages: { count: loads.length, median: median(loads.map((l) => l.bytes)), max: top.bytes, maxPath: top.path, byKind },
        chapter: loads.find((l) => l.path === 'part-1/chapter-2/'),
        search,
        searchTime,
        html: htmlBreakdown(join(dist, 'part-1/chapter-2/index.html')),
      };
    } finally {
      await browser.close();
    }
  } finally {
    process.kill(-server.pid!);
  }
}

/**
 * A temporary worktree of `ref` with this checkout's node_modules, hard-linked (Astro resolves a symlinked
 * node_modules to its real path and then fails to find its own compiled modules).
 */
function worktree(ref: string): { dir: string; remove: () => void } {
  const dir = join(mkdtempSync(join(tmpdir(), 'bench-')), 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { stdio: 'ignore' });
  execFileSync('cp', ['-al', resolve('node_modules'), join(dir, 'node_modules')]);
  return { dir, remove: () => execFileSync('git', ['worktree', 'remove', '--force', dir], { stdio: 'ignore' }) };
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const mib = (n: number | null) => (n === null ? 'n/a' : `${(n / 1024 / 1024).toFixed(0)} MiB`);

function table(rows: [string, number | null, number | null | undefined, (n: number | null) => string][]) {
  const fmt = (f: (n: number | null) => string, n: number | null | undefined) => (n === undefined ? '' : f(n));
  for (const [name, now, base, f] of rows) {
    const ratio = base && now !== null ? `×${(now / base).toFixed(2)}` : '';
    console.log(`${name.padEnd(44)} ${fmt(f, now).padStart(10)} ${fmt(f, base).padStart(10)} ${ratio.padStart(7)}`);
  }
}

const now = await measure('this checkout', process.cwd());
// Written at once, so that a failing base build does not lose these figures.
writeFileSync(args.out!, `${JSON.stringify({ date: new Date().toISOString(), now }, null, 2)}\n`);
let base: Figures | undefined;
if (args.base) {
  const rev = execFileSync('git', ['rev-parse', '--short', args.base], { encoding: 'utf8' }).trim();
  const tree = worktree(args.base);
  try {
    base = await measure(`${args.base} (${rev})`, tree.dir);
  } finally {
    tree.remove();
  }
}

const rows: [string, number | null, number | null | undefined, (n: number | null) => string][] = [];
const n = (f: Figures | undefined, get: (f: Figures) => number | null) => (f ? get(f) : undefined);
const bytes = (x: number | null) => kB(x ?? 0);
rows.push(['build: wall time', now.build.seconds, n(base, (f) => f.build.seconds), (x) => `${(x ?? 0).toFixed(1)} s`]);
rows.push(['build: peak memory', now.build.peakRssBytes, n(base, (f) => f.build.peakRssBytes), mib]);
rows.push([`first load, median of ${now.pages.count} pages`, now.pages.median, n(base, (f) => f.pages.median), bytes]);
rows.push([`first load, max (/${now.pages.maxPath})`, now.pages.max, n(base, (f) => f.pages.max), bytes]);
for (const [kind, k] of Object.entries(now.pages.byKind)) {
  rows.push([`  ${kind} (${k.count}): median`, k.median, n(base, (f) => f.pages.byKind[kind]?.median ?? null), bytes]);
  rows.push([`  ${kind}: max`, k.max, n(base, (f) => f.pages.byKind[kind]?.max ?? null), bytes]);
}
for (const [type, b] of Object.entries(now.chapter?.byType ?? {})) {
  rows.push([`  /part-1/chapter-2/ ${type}`, b, n(base, (f) => f.chapter?.byType[type] ?? 0), bytes]);
}
rows.push([`search: first query ${now.search.first.query}`, now.search.first.bytes, n(base, (f) => f.search.first.bytes), bytes]);
rows.push([`search: next query ${now.search.next.query}`, now.search.next.bytes, n(base, (f) => f.search.next.bytes), bytes]);
const ms = (x: number | null) => `${(x ?? 0).toFixed(0)} ms`;
rows.push([`search: to first result, ${now.search.first.query}`, now.searchTime.firstMs, n(base, (f) => f.searchTime.firstMs), ms]);
rows.push([`search: to first result, ${now.search.next.query}`, now.searchTime.nextMs, n(base, (f) => f.searchTime.nextMs), ms]);
for (const [part, b] of Object.entries(now.html)) rows.push([`  chapter HTML: ${part}`, b, n(base, (f) => f.html[part] ?? 0), bytes]);

console.log(`\n${'(gzip level 9, empty cache, Chromium 1280 px)'.padEnd(44)} ${'this'.padStart(10)} ${base ? 'base'.padStart(10) : ''}`);
table(rows);
console.log(`times to first result: median of ${now.searchTime.runs} runs, each with an empty cache`);
console.log(`requests: chapter first load ${now.chapter?.requests}${base ? ` (base ${base.chapter?.requests})` : ''}; first query ${now.search.first.requests}${base ? ` (base ${base.search.first.requests})` : ''}; next query ${now.search.next.requests}${base ? ` (base ${base.search.next.requests})` : ''}`);
writeFileSync(args.out!, `${JSON.stringify({ date: new Date().toISOString(), now, base }, null, 2)}\n`);
for (const [name, q] of [['first', now.search.first], ['next', now.search.next]] as const) {
  console.log(`\n${name} query ${q.query} (this checkout): url, bytes as served, bytes on the wire`);
  for (const r of q.responses) console.log(`  ${r.url.padEnd(52)} ${String(r.raw).padStart(7)} ${String(r.bytes).padStart(7)}  ${r.type}`);
}
console.log(`\nwritten to ${args.out}`);
