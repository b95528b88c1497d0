/** The search records against the built site: each lands on a built page, and every indexed page has one. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';
import { siteRecords } from '../../scripts/search/index.ts';

const dist = process.env.DIST_DIR ?? join(import.meta.dirname, '..', '..', 'dist');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (['pagefind', '_astro', 'en'].includes(e.name) ? [] : files(join(dir, e.name))) : e.name === 'index.html' ? [join(dir, e.name)] : []));
/** Built Japanese pages that Pagefind would index (they mark their body), as record URLs. */
const indexable = files(dist)
  .filter((file) => /<html[^>]*\blang="ja"/.test(readFileSync(file, 'utf8')) && readFileSync(file, 'utf8').includes('data-pagefind-body'))
  .map((file) => `/${relative(dist, file).split(sep).slice(0, -1).join('/')}/`.replace('//', '/'));
const records = siteRecords(dist);

test('every record lands on a built page, and every indexable page has a record', () => {
  const pages = new Set(records.map((r) => r.url.split('#')[0]!));
  assert.deepEqual([...pages].filter((p) => !indexable.includes(p)), [], 'records of pages that were not built');
  assert.deepEqual(indexable.filter((p) => !pages.has(p)), [], 'built pages without a record');
});

test("the site's own pages are one record each, of their text without markup", () => {
  const own = records.filter((r) => ['/', '/about/', '/accessibility/', '/open-data/', '/external-links/'].includes(r.url));
  assert.equal(own.length, 5);
  const about = own.find((r) => r.url === '/about/')!;
  assert.equal(about.meta.title, 'このサイトについて');
  assert.match(about.content, /政府標準利用規約/);
  // The code samples of the open data page are read as text, not as their highlighting markup.
  const openData = own.find((r) => r.url === '/open-data/')!;
  assert.match(openData.content, /Counts the measures of each year/);
  for (const r of own) assert.doesNotMatch(r.content, /<\/?[a-z]+[ >]/, r.url);
});
