// The search records the converter emits from the tree of the real seed (scripts/convert/emit/search/records.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { FILTER, KIND } from '../../src/lib/search/filters.ts';
import { foldWidth } from '../../src/lib/search/text.ts';
import { repoRoot, seedConversion } from '../convert/support.ts';

const records = seedConversion().search;
const byUrl = new Map(records.map((r) => [r.url, r]));
const record = (url: string) => {
  const r = byUrl.get(url);
  assert.ok(r, `no record ${url}`);
  return r;
};
const ja = JSON.parse(readFileSync(join(repoRoot, 'src', 'content', 'i18n', 'ja.json'), 'utf8')) as Record<string, string>;
/** A UI string as a record would hold it (width folded), any value in its {{placeholders}}. */
const shown = (key: string) => new RegExp(foldWidth(ja[`convert.${key}`]!).replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\{\w+\}\}/g, '.+?'));

test('one record per place, each URL once', () => {
  assert.equal(byUrl.size, records.length);
  // A page, a heading, a measure row, a term, a data table, a footnote.
  for (const url of ['/part-1/chapter-2/', '/part-1/chapter-2/#p1-c2-s2-2-n1', '/annex-1/section-1/#m2020-1-1-1-a', '/annex-8/#term-gsoc', '/annex-6/#a6-d1-1-counts', '/introduction/#fn-main-1']) record(url);
});

test('a measure row is titled by its key and table, ranks by its text, and filters by its ministries', () => {
  const row = record('/annex-1/section-1/#m2020-1-1-1-a');
  assert.equal(row.meta.title, '1.1(1)(ア) 経営層の意識改革（2020年度の計画）');
  assert.equal(row.meta.page, '別添1 1 経済社会の活力の向上及び持続的発展');
  assert.equal(row.titleRanks, false);
  assert.deepEqual(row.filters, { [FILTER.part]: ['別添1'], [FILTER.kind]: [KIND.plan], [FILTER.ministry]: ['内閣官房'] });
  assert.match(row.content, /^\(ア\)\n内閣官房\n内閣官房において、経営層の意識改革/);
  const report = record('/annex-2/section-1/#m2019-1-1-1-a');
  assert.equal(report.meta.title, '1.1(1)(ア) 経営層の意識改革（2019年度の計画と実績）');
  assert.equal(report.meta.page, '別添2 1 経済社会の活力の向上及び持続的発展');
  assert.deepEqual(report.filters[FILTER.kind], [KIND.result]);
  // The plan, then the result.
  assert.match(report.content, /必要に応じてフォローアップや見直しを図る。\n・普及啓発・人材育成専門調査会において/);
});

test("a row printed in several parts (2019's 2.3(5)(エ)) holds every part and all their ministries", () => {
  const row = record('/annex-2/section-2/#m2019-2-3-5-e');
  assert.deepEqual(row.filters[FILTER.ministry], ['内閣官房', '総務省']);
  assert.match(row.content, /NISC-CTF/);
  assert.match(row.content, /実践的サイバー防御演習（CYDER）/);
  // …and the heading's section does not take the later parts.
  assert.doesNotMatch(record('/annex-2/section-2/#a2-s2-3-n5').content, /CYDER/);
});

test('navigation the converter adds is not indexed: other-year links, 2部2章 links, ministry links, footnote digits, notices', () => {
  const generated = ['counterpartOf2020', 'counterpartOf2019', 'newIn2020', 'endedIn2019', 'tablesOf2020', 'tablesOf2019', 'toNarrative', 'ministryMeasures', 'imageNotice', 'slideImageNotice', 'openData'].map(shown);
  for (const r of records) for (const w of generated) assert.doesNotMatch(r.content, w, r.url);
  // The footnote digits glued to 「…競技大会」 and 「…という。」 are left out; the footnotes are records of their own.
  assert.match(record('/introduction/').content, /東京パラリンピック競技大会（以下「東京2020大会」という。）の開催/);
  const note = record('/introduction/#fn-main-1');
  assert.equal(note.meta.title, '脚注 1');
  assert.match(note.content, /^1 東京オリンピックは2021年7月23日から/);
  assert.ok(!note.content.includes('↩'));
  // 別添3 keeps the CISO's byline.
  assert.match(record('/annex-3/#a3-npa').content, /^2019年度の総合評価・2020年度の全体方針\n最高情報セキュリティ管理者 情報通信局長 彦坂 正人\n警察庁では/);
});

test('glossary terms, data tables and image-only places', () => {
  const term = record('/annex-8/#term-gsoc');
  assert.equal(term.meta.title, 'GSOC');
  assert.match(term.content, /^GSOC\nGovernment Security Operation Coordination teamの略/);
  assert.deepEqual(term.filters, { [FILTER.part]: ['別添8'], [FILTER.kind]: [KIND.term] });
  const table = record('/annex-6/#a6-d1-1-counts');
  assert.equal(table.meta.title, 'ダークネットセンサによる攻撃の観測数');
  assert.deepEqual(table.filters[FILTER.kind], [KIND.data]);
  assert.match(table.content, /^パケット数（億）\n2014\n257\n/);
  // A slide that was only an image is still found by its title.
  assert.equal(record('/annex-5/5-9/#a5-9-slide1').content, '補完調査とは');
});

test('pages outside the report get no part or kind; the ministry pages are found by their title only', () => {
  assert.deepEqual(record('/errata/').filters, {});
  assert.deepEqual(record('/part-1/chapter-1/').filters, { [FILTER.part]: ['本編'], [FILTER.kind]: [KIND.body] });
  const npa = record('/ministries/npa/');
  assert.deepEqual(npa, { url: '/ministries/npa/', content: '警察庁の施策', meta: { title: '警察庁の施策', page: '警察庁の施策' }, filters: {}, titleRanks: true });
  assert.equal(records.filter((r) => r.url.startsWith('/ministries/')).length, seedConversion().ministries.length + 1);
});

test('the policy-cycle pages are found by their titles, as a kind of their own', () => {
  const cycle = records.filter((r) => r.url.startsWith('/policy-cycle/'));
  // The index and one page per 2部2章 section, the same sections content/data/policy-cycle.json lists.
  const sections = seedConversion().policyCycle;
  assert.equal(cycle.length, sections.length + 1);
  for (const s of sections) {
    const r = record(`/policy-cycle/${s.id}/`);
    assert.ok(r.meta.title.includes(foldWidth(s.title.ja)), r.meta.title);
    assert.deepEqual(r.filters, { [FILTER.kind]: [KIND.cycle] });
  }
  assert.deepEqual(record('/policy-cycle/').filters, { [FILTER.kind]: [KIND.cycle] });
});

test('the text of 別添3 self-evaluations, data tables and 2019 measure rows weighs less than their titles; 2020 rows and sections keep full weight', () => {
  assert.ok(records.filter((r) => r.url.startsWith('/annex-3/')).every((r) => r.lightText));
  assert.equal(record('/annex-6/#a6-d1-1-counts').lightText, true);
  const rows2019 = records.filter((r) => /^\/annex-2\/.*#m2019-/.test(r.url));
  assert.ok(rows2019.length > 100 && rows2019.every((r) => r.lightText));
  // 別添2's section text (the strategy's goals) is not a row: it keeps full weight.
  for (const url of ['/annex-1/section-1/#m2020-1-1-1-a', '/annex-2/section-1/#a2-s1-3-n1', '/part-1/chapter-2/', '/annex-8/#term-gsoc']) assert.equal(record(url).lightText, undefined, url);
});

test("2部2章's 【昨年度の取組実績】【評価】【今年度の取組】 are titled with the topic they sit under; numbered headings keep their own title", () => {
  assert.equal(record('/part-2/chapter-2/#p2-c2-s1-3-results').meta.title, '1.3 安全なIoTシステムの構築 【昨年度の取組実績】');
  assert.equal(record('/part-2/chapter-2/#p2-c2-s2-2-evaluation').meta.title, '2.2 官民一体となった重要インフラの防護 【評価】');
  const markers = records.filter((r) => /^\/part-2\/chapter-2\/#p2-c2-s\d+(-\d+)?-(results|evaluation|plan)$/.test(r.url));
  assert.equal(markers.length, 51);
  for (const r of markers) assert.match(r.meta.title, /^\d+(\.\d+)? \S.* 【(昨年度の取組実績|評価|今年度の取組)】$/, r.url);
  // A numbered heading under a heading without text of its own (別添1's 1.3) is not prefixed.
  assert.equal(record('/annex-1/section-1/#a1-s1-3-n1').meta.title, '(1) IoTシステムにおけるサイバーセキュリティの体系の整備と国際標準化');
});
