/** The published measure data and ministry pages in dist/, after `npm run build`. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'node-html-parser';
import { CSV_COLUMNS } from '../../src/lib/measuresCsv.ts';
import { MeasureSchema } from '../../src/schemas/measure.ts';

const root = join(import.meta.dirname, '..', '..');
const dist = process.env.DIST_DIR ?? join(root, 'dist');
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const json = JSON.parse(readFileSync(join(dist, 'data', 'measures.json'), 'utf8')) as unknown[];
const measures = json.map((m) => MeasureSchema.parse(m));
const page = (path: string) => parse(readFileSync(join(dist, path.slice(base.length), 'index.html'), 'utf8'));

describe('/data/measures.json and /data/measures.csv', () => {
  test('one valid record per row: 309 for 2020, 303 for 2019, in document order', () => {
    assert.equal(measures.filter((m) => m.year === 2020).length, 309);
    assert.equal(measures.filter((m) => m.year === 2019).length, 303);
    assert.deepEqual([...new Set(measures.map((m) => m.year))], [2020, 2019]);
    assert.equal(new Set(measures.map((m) => m.id)).size, measures.length);
  });

  test('every url lands on its row of a built page', () => {
    const pages = new Map<string, ReturnType<typeof page>>();
    for (const m of measures) {
      const [path, hash] = m.url.split('#') as [string, string];
      assert.ok(path.startsWith(base), `${m.url} under ${base}`);
      if (!pages.has(path)) pages.set(path, page(path));
      const row = pages.get(path)!.getElementById(hash);
      assert.ok(row, m.url);
      assert.equal(row.tagName, 'TR');
    }
  });

  test('the CSV opens as UTF-8 in a spreadsheet and holds the same rows', () => {
    const csv = readFileSync(join(dist, 'data', 'measures.csv'), 'utf8');
    assert.ok(csv.startsWith('\uFEFF'), 'byte-order mark for Excel');
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines[0], CSV_COLUMNS.join(','));
    assert.equal(lines.at(-1), '');
    const ids = lines.slice(1, -1).map((l) => l.match(/^"([^"]+)"/)?.[1]);
    assert.deepEqual(ids, measures.map((m) => m.id));
  });
});

describe('ministry pages', () => {
  test('each ministry page lists exactly its rows of each year, with counts', () => {
    const index = page(`${base}ministries/`);
    const links = index.querySelectorAll('table a');
    assert.ok(links.length >= 13);
    for (const id of ['mic', 'meti', 'cas']) {
      const dom = page(`${base}ministries/${id}/`);
      for (const year of [2020, 2019] as const) {
        const expected = measures.filter((m) => m.year === year && m.ministryIds.includes(id)).map((m) => m.key);
        const listed = dom.querySelectorAll(`#y${year} ~ .table-scroll`)[0]!.querySelectorAll('tbody th a').map((a) => a.textContent);
        assert.deepEqual(listed, expected, `${id} ${year}`);
        assert.match(dom.getElementById(`y${year}`)!.textContent, new RegExp(`（${expected.length}件）`));
      }
    }
  });

  test('every ministry named in a 担当府省庁 cell links to its page', () => {
    const dom = page(`${base}annex-1/section-2/`);
    for (const a of dom.querySelectorAll('ul.ministries a')) assert.match(a.getAttribute('href')!, /^\.\.\/\.\.\/ministries\/[a-z-]+\/$/);
  });
});
