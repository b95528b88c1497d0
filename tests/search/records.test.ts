import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageRecords } from '../../scripts/search/records.ts';
import { FILTER, KIND } from '../../src/lib/search/filters.ts';

const page = (body: string) =>
  `<html lang="ja"><body><main data-pagefind-body><h1>別添１ 計画</h1><div class="sl-markdown-content">${body}</div>` +
  `<footer>前へ 次へ</footer></main></body></html>`;
const ctx = { ministriesById: new Map([['m2020-1-1-1-a', ['内閣官房', '警察庁']]]) };

test('one record per heading section and per anchored row, term, table and footnote', () => {
  const html = page(
    '<p>はじめ</p><h2 id="s1">1.1 見出し<sup class="fnref"><a href="#fn-1">1</a></sup></h2><p>本文ＩｏＴ</p>' +
      '<div class="cross-links">本文（2部2章）の記述</div>' +
      '<table><caption>1.1(1) 表題（2020年度の計画）</caption><tbody><tr id="m2020-1-1-1-a"><th>(ア)</th><td><p>施策</p><p class="counterpart-line">2019年度 →</p></td></tr></tbody></table>' +
      '<p>表の後</p><dl><dt id="term-ai">AI</dt><dd>人工知能</dd><dt id="term-b">B</dt><dd>定義<span data-pagefind-ignore>ツールチップ</span></dd></dl>' +
      '<figure id="d1"><table aria-label="データ表"><tr><td>12</td></tr></table></figure>' +
      '<section class="footnotes"><h2 id="footnotes">脚注</h2><ol><li id="fn-1" value="1">注記</li></ol></section>',
  );
  const records = pageRecords(html, 'annex-1/section-1', '/annex-1/section-1/', ctx);
  const byUrl = Object.fromEntries(records.map((r) => [r.url.replace('/annex-1/section-1/', ''), r]));
  assert.deepEqual(Object.keys(byUrl), ['', '#s1', '#m2020-1-1-1-a', '#term-ai', '#term-b', '#d1', '#fn-1']);
  assert.equal(byUrl['']!.content, 'はじめ');
  assert.equal(byUrl['#s1']!.meta.title, '1.1 見出し');
  // A table's caption stays with its section; its rows are records of their own.
  assert.equal(byUrl['#s1']!.content, '本文IoT\n1.1(1) 表題（2020年度の計画）\n表の後');
  assert.equal(byUrl['#m2020-1-1-1-a']!.meta.title, '1.1(1)(ア) 表題（2020年度の計画）');
  assert.equal(byUrl['#m2020-1-1-1-a']!.content, '(ア)\n施策');
  assert.equal(byUrl['#m2020-1-1-1-a']!.titleRanks, false);
  assert.deepEqual(byUrl['#m2020-1-1-1-a']!.filters[FILTER.ministry], ['内閣官房', '警察庁']);
  assert.equal(byUrl['#term-b']!.content, 'B\n定義');
  assert.deepEqual(byUrl['#term-ai']!.filters[FILTER.kind], [KIND.term]);
  assert.deepEqual(byUrl['#d1']!.filters[FILTER.kind], [KIND.data]);
  assert.equal(byUrl['#d1']!.meta.title, 'データ表');
  assert.equal(byUrl['#fn-1']!.meta.title, '脚注 1');
  for (const r of records) assert.deepEqual(r.filters[FILTER.part], ['別添1']);
  assert.ok(records.every((r) => !r.content.includes('前へ')));
});

test('pages outside the report get no part or kind; pages without data-pagefind-body none at all', () => {
  const [home] = pageRecords(page('<p>案内</p>'), '', '/', ctx);
  assert.deepEqual(home!.filters, {});
  assert.deepEqual(pageRecords('<html lang="ja"><body><main><p>x</p></main></body></html>', '404', '/404/', ctx), []);
  const [body] = pageRecords(page('<p>本文</p>'), 'part-1/chapter-1', '/part-1/chapter-1/', ctx);
  assert.deepEqual(body!.filters, { [FILTER.part]: ['本編'], [FILTER.kind]: [KIND.body] });
});

test('results name the page by its part and title, not by the level above it the h1 shows', () => {
  const html = (slug: string, context: string) =>
    `<html lang="ja"><body><main data-pagefind-body><h1><span class="title-context">${context}<span class="sr-only">／</span></span>1 経済社会</h1>` +
    `<div class="sl-markdown-content"><h3 id="n1">(1) 経営層</h3><p>本文</p></div></main></body></html>`;
  const plan = pageRecords(html('annex-1/section-1', '別添１ 2020年度の施策'), 'annex-1/section-1', '/annex-1/section-1/', ctx);
  const report = pageRecords(html('annex-2/section-1', '別添２ 2019年度の実施状況'), 'annex-2/section-1', '/annex-2/section-1/', ctx);
  assert.equal(plan[1]!.meta.page, '別添1 1 経済社会');
  assert.equal(report[1]!.meta.page, '別添2 1 経済社会');
  // A page without a level above it keeps its h1 as it is.
  assert.equal(pageRecords(page('<p>x</p>'), 'annex-1/section-1', '/annex-1/section-1/', ctx)[0]!.meta.page, '別添１ 計画');
});
