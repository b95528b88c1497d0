import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkFootnoteCitations, checkUniqueIds } from '../../../scripts/convert/emit/mdx/checks.ts';
import { footnoteMarkers, type MarkerOverride } from '../../../scripts/convert/stages/footnotes.ts';
import { pageFurniture } from '../../../scripts/convert/stages/pageFurniture.ts';
import type { FootnoteNode, UnitNode } from '../../../scripts/convert/types.ts';
import { toyLines } from '../support.ts';

const ruler = ' '.repeat(29);
const columnHeads = ['今期件数', '前期比'];

/** Each marker found in toy input as [reference id, its line with the marker in brackets]. */
function markerColumns(rows: string[], overrides: Record<string, MarkerOverride> = {}, heads = columnHeads): [string, string][] {
  const lines = toyLines(...rows);
  const { roles, footnotes } = pageFurniture(lines);
  const order = lines.map((_, i) => i);
  return footnoteMarkers(lines, roles, order, footnotes, { overrides, columnHeads: heads }, { main: 1 }).map((m) => {
    const text = lines[m.position.start.line - 1]!.text.trimEnd();
    const from = m.position.start.column - 1;
    const to = m.position.end.column - 1;
    return [m.refId, `${text.slice(0, from)}[${text.slice(from, to)}]${text.slice(to)}`];
  });
}

describe('footnoteMarkers: the first reference', () => {
  test('a marker is the footnote number glued to the text', () => {
    assert.deepEqual(markerColumns(['競技大会1（以下「東京2020大会」という。2）の開催␠', ruler, '1 注一。␠', '2 注二。␠']), [
      ['fnref-main-1', '競技大会[1]（以下「東京2020大会」という。2）の開催'],
      ['fnref-main-2', '競技大会1（以下「東京2020大会」という。[2]）の開催'],
    ]);
  });

  test('quantities and parts of larger numbers are not markers', () => {
    assert.deepEqual(markerColumns(['2019年に1件、第1回、政府機関等1に␠', ruler, '1 注。␠']), [['fnref-main-1', '2019年に1件、第1回、政府機関等[1]に']]);
  });

  test('an item number in parentheses is not a marker (L19071 `（セキュリティ設計と構築）(2)`)', () => {
    assert.deepEqual(markerColumns(['講座を実施1。␠', ruler, '1 注一。␠', ' 設計と構築）(2) 、（２）、SPFレコード2に設定␠', ruler, '2 注二。␠']), [
      ['fnref-main-1', '講座を実施[1]。'],
      ['fnref-main-2', ' 設計と構築）(2) 、（２）、SPFレコード[2]に設定'],
    ]);
  });

  test('a marker after a space is found only through an override', () => {
    const rows = ['チーム（第一GSOC 1）を␠', ruler, '1 GSOC␠'];
    assert.throws(() => markerColumns(rows), /footnote 1 \(main\) has no marker in the text above its ruler \[footnotes\/marker-missing\]/);
    assert.deepEqual(markerColumns(rows, { 'fn-main-1': { context: 'GSOC 1）', at: 5 } }), [['fnref-main-1', 'チーム（第一GSOC [1]）を']]);
  });
});

describe('footnoteMarkers: the page of the note', () => {
  test('a digit in a name on the page of an earlier note is not a marker: `（ISC）2` (別添4-5) stays text, the note links `SPFレコード2`', () => {
    const rows = ['講座を実施1。「CISSP」は、（ISC）2 が認定␠', ruler, '1 注一。␠', ' 送信側でSPFレコード2に設定␠', ruler, '2 SPF の注。␠'];
    assert.deepEqual(markerColumns(rows), [
      ['fnref-main-1', '講座を実施[1]。「CISSP」は、（ISC）2 が認定'],
      ['fnref-main-2', ' 送信側でSPFレコード[2]に設定'],
    ]);
  });

  test('text printed after the previous page’s footnotes belongs to that page, not to the next note', () => {
    const rows = ['本文1。␠', ruler, '1 注一。␠', '表の文字2（名）␠', ' 次の頁の本文2。␠', ruler, '2 注二。␠'];
    assert.deepEqual(markerColumns(rows), [
      ['fnref-main-1', '本文[1]。'],
      ['fnref-main-2', ' 次の頁の本文[2]。'],
    ]);
  });

  test('a table printed after its page’s footnotes is searched for their markers (L23912 `一つ星20`)', () => {
    const rows = ['登録者数 平成29年度␠', ruler, '1 一つ星の注。␠', '一つ星1 合計 一つ星 1␠', ' 次の頁 一つ星 1␠'];
    assert.deepEqual(markerColumns(rows, {}, ['一つ星']), [
      ['fnref-main-1', '一つ星[1] 合計 一つ星 1'],
      ['fnref-main-1-2', '一つ星1 合計 一つ星 [1]'],
    ]);
  });

  test('a number is a repeat only on the page of its note: earlier pages keep their digits', () => {
    assert.deepEqual(markerColumns(['今期件数 1␠', ruler, '1 注一。␠', ' 今期件数 2 前期比 1␠', ruler, '2 注二。␠']), [
      ['fnref-main-1', '今期件数 [1]'],
      ['fnref-main-2', ' 今期件数 [2] 前期比 1'],
    ]);
  });
});

describe('footnoteMarkers: repeated references', () => {
  test('a note number after each column head is a reference, numbered in reading order', () => {
    assert.deepEqual(markerColumns(['ポート 今期件数  1   前期比  1␠', 'ポート 今期件数 1  前期比 1 1 位␠', ruler, '1 一日当たり。␠']), [
      ['fnref-main-1', 'ポート 今期件数  [1]   前期比  1'],
      ['fnref-main-1-2', 'ポート 今期件数  1   前期比  [1]'],
      ['fnref-main-1-3', 'ポート 今期件数 [1]  前期比 1 1 位'],
      ['fnref-main-1-4', 'ポート 今期件数 1  前期比 [1] 1 位'],
    ]);
  });

  test('a dash cell with a note number is "no value, see note", not a negative number (L23501 `－ 3`, L23641 `- 9`)', () => {
    assert.deepEqual(markerColumns(['4 位 0/TCP － 1 （－1.25 件） － 1 1 位␠', '1 位 - 1 INDICATOR 1.42 件 －1 -1␠', ruler, '1 記載していません。␠']), [
      ['fnref-main-1', '4 位 0/TCP － [1] （－1.25 件） － 1 1 位'],
      ['fnref-main-1-2', '4 位 0/TCP － 1 （－1.25 件） － [1] 1 位'],
      ['fnref-main-1-3', '1 位 - [1] INDICATOR 1.42 件 －1 -1'],
    ]);
  });

  test('the same number glued to prose later on the page is part of a name, not a repeat (L204 `（JC3）`)', () => {
    assert.deepEqual(markerColumns(['まとめている1。同日、センター（JC1）においても␠', ruler, '1 注。␠']), [['fnref-main-1', 'まとめている[1]。同日、センター（JC1）においても']]);
  });
});

const at = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const note = (refIds: string[]): FootnoteNode => ({ type: 'footnote', id: 'fn-main-1', series: 'main', label: '1', refIds, children: [], lines: [7], position: at });
const page = (footnotes: FootnoteNode[]): UnitNode => ({ type: 'unit', id: 'u', slug: 'u', kind: 'chapter', title: 't', titleEn: 't', order: 1, imageOnly: false, children: [], footnotes, position: at });
const ref = (id: string): string => `<sup class="fnref"><a href="#fn-main-1" id="${id}">1</a></sup>`;

describe('converter checks on the emitted page', () => {
  test('a note that no reference cites stops the conversion at the note’s line', () => {
    assert.throws(
      () => checkFootnoteCitations(page([note(['fnref-main-1'])]), '本文。<li id="fn-main-1">注</li>', 'u.mdx'),
      /cybersecurity2020\.txt:7:1: error: footnote 1 \(main\) is cited nowhere on u\.mdx \[footnotes\/never-cited\]\n {2}expected: 1 reference\(s\) linking to #fn-main-1: fnref-main-1\n {2}found: {4}0 link\(s\) to #fn-main-1; missing fnref-main-1/,
    );
  });

  test('a reference the markers found but the page lost stops the conversion', () => {
    assert.throws(
      () => checkFootnoteCitations(page([note(['fnref-main-1', 'fnref-main-1-2'])]), `本文${ref('fnref-main-1')}。`, 'u.mdx'),
      /:7:1: error: 1 of the references to footnote 1 \(main\) are missing from u\.mdx \[footnotes\/reference-lost\][\s\S]*missing fnref-main-1-2/,
    );
    assert.doesNotThrow(() => checkFootnoteCitations(page([note(['fnref-main-1', 'fnref-main-1-2'])]), `${ref('fnref-main-1')}${ref('fnref-main-1-2')}`, 'u.mdx'));
  });

  test('an id emitted twice on a page stops the conversion', () => {
    assert.throws(
      () => checkUniqueIds(page([note(['fnref-main-1'])]), `${ref('fnref-main-1')}${ref('fnref-main-1')}`, 'u.mdx'),
      /:7:1: error: the id `fnref-main-1` is emitted twice on u\.mdx \[emit\/duplicate-id\]\n {2}expected: each id once per page/,
    );
    assert.throws(() => checkUniqueIds(page([]), '## A {#s1}\n\n<div id="s1"></div>', 'u.mdx'), /:1:1: error: the id `s1` is emitted twice/);
    assert.doesNotThrow(() => checkUniqueIds(page([]), `## A {#s1}\n\n${ref('fnref-main-1')}${ref('fnref-main-1-2')}`, 'u.mdx'));
  });
});
