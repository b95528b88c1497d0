// Page weight budgets, gzipped, for every built page. Measured on 2026-11-26 (50 pages, before the measure
// tables land): largest HTML 43.1 kB (/annex-2/section-2/), JS 5.9 kB and CSS 13.1 kB on every page.
// The budgets leave room for the tables and the English pages, and stay near Starlight's own CI budget
// (7 kB HTML, 27 kB JS, 16.75 kB CSS for a small docs page). Figures per page: `npm run bench`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { builtPages, distDir } from '../support/built-pages.ts';
import { normaliseBase } from '../support/links.ts';
import { weighPage } from '../support/weight.ts';

const KB = 1000;
const BUDGET = {
  /** The largest page (a whole annex section as one page) may be long; a reader still gets it in one request. */
  html: 120 * KB,
  /** Scripts loaded before any interaction; Pagefind's UI loads only when the search dialog opens. */
  js: 12 * KB,
  css: 18 * KB,
} as const;

const base = normaliseBase(process.env.BASE_PATH);
const pages = builtPages();
const weights = pages.map((p) => weighPage(distDir, base, p));

for (const kind of ['html', 'js', 'css'] as const) {
  test(`${kind}: every page within ${BUDGET[kind] / KB} kB gzipped`, () => {
    const over = weights.filter((w) => w[kind] > BUDGET[kind]).map((w) => `/${w.path}: ${(w[kind] / KB).toFixed(1)} kB`);
    assert.deepEqual(over, []);
    // Guards the measurement itself: every page does load some of each.
    assert.ok(weights.every((w) => w[kind] > 0), `a page with no ${kind}`);
  });
}

test('every page has a print stylesheet, and the site CSS hides the navigation in print', () => {
  const missing = pages.filter((p) => !parse(readFileSync(p.file, 'utf8')).querySelector('link[rel="stylesheet"][media="print"]'));
  assert.deepEqual(missing.map((p) => `/${p.path}`), []);
  const css = parse(readFileSync(pages[0]!.file, 'utf8'))
    .querySelectorAll('link[rel="stylesheet"]:not([media="print"])')
    .map((l) => readFileSync(join(distDir, l.getAttribute('href')!.slice(base.length)), 'utf8'))
    .join('\n');
  const print = [...css.matchAll(/@media print\{([^@]*?\}\s*)*?\}/g)].map((m) => m[0]).join('\n');
  for (const chrome of ['header.header', '#starlight__sidebar', '.site-info']) assert.ok(print.includes(chrome), `print CSS hides ${chrome}`);
});
