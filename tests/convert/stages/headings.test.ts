import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { UnitDeclaration } from '../../../scripts/convert/data/schema.ts';
import { columns } from '../../../scripts/convert/stages/columns.ts';
import { figures } from '../../../scripts/convert/stages/figures.ts';
import { headings, type InlineParagraph } from '../../../scripts/convert/stages/headings.ts';
import type { BlockNode } from '../../../scripts/convert/types.ts';

const chapter: UnitDeclaration = { id: 'p9-c1', slug: 'x', kind: 'chapter', heading: '1章x', titleEn: 'x' };
const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const para = (text: string, line: number): InlineParagraph => ({ children: [{ type: 'text', value: text }], lines: [line], position });
const summary = (blocks: readonly BlockNode[]): string[] =>
  blocks.map((b) =>
    b.type === 'heading'
      ? `h${b.depth}#${b.id}`
      : b.type === 'paragraph'
        ? b.role
        : b.type === 'figure'
          ? `figure:${b.label}`
          : b.type === 'column'
            ? `column#${b.id}[${summary(b.children).join(',')}]`
            : b.type,
  );
const run = (texts: string[], unit = chapter): string[] => summary(figures(columns(headings(unit, texts.map(para), new Map([['内閣官房', 'cas']])))));

describe('headings', () => {
  test('numbered headings nest by their numbers and get ids from them', () => {
    assert.deepEqual(run(['1 主な事案', '1.1 障害', '(1) 国際的なイベント', '本文。', '2 政府機関等']), [
      'h2#p9-c1-s1',
      'h3#p9-c1-s1-1',
      'h4#p9-c1-s1-1-n1',
      'plain',
      'h2#p9-c1-s2',
    ]);
  });

  test('a number that is not the next one expected is text, not a heading', () => {
    assert.deepEqual(run(['1 主な事案', '3 件の事案があった', '1.2 飛んだ番号']), ['h2#p9-c1-s1', 'plain', 'plain']);
  });

  test('the 【…】 markers of 2部2章 become headings under their section', () => {
    assert.deepEqual(run(['1 目的', '1.1 推進', '【昨年度の取組実績】', '【評価】', '【今年度の取組】']), [
      'h2#p9-c1-s1',
      'h3#p9-c1-s1-1',
      'h4#p9-c1-s1-1-results',
      'h4#p9-c1-s1-1-evaluation',
      'h4#p9-c1-s1-1-plan',
    ]);
  });

  test('a long heading wrapped onto a short line of its own takes that line in', () => {
    const blocks = headings(chapter, [para('1 政府機関等', 1), para('1.1 2019年度の政府機関等に対する外部からの攻撃に係る情報セキュリティ', 2), para('インシデントの傾向', 3)], new Map());
    assert.deepEqual(summary(blocks), ['h2#p9-c1-s1', 'h3#p9-c1-s1-1']);
    assert.deepEqual(blocks[1]!.type === 'heading' && blocks[1]!.lines, [2, 3]);
  });

  test('bullets, numbered items and captions; a コラム holds the blocks up to the next heading', () => {
    assert.deepEqual(run(['1 対応', '・箇条書き', '①番号付き', '(ア) 内閣官房 施策', '図表１－２－１ GSOCの概要', '図表１－２－６は、本文である。', 'コラム ～傾向～', '○ 小見出し', '図表１－２－６ 不審メールの傾向', '2 次']), [
      'h2#p9-c1-s1',
      'bullet',
      'numbered',
      'numbered',
      'figure:図表１－２－１',
      'plain',
      'column#p9-c1-s1-column[h5#p9-c1-s1-column,plain,figure:図表１－２－６]',
      'h2#p9-c1-s2',
    ]);
  });

  test('別添4: a section whose title starts with a year is a heading; a row number beside a date in a table cell is not', () => {
    const sub: UnitDeclaration = { id: 'a9-2', slug: 'x', kind: 'subAnnex', heading: '別添９－２x', titleEn: 'x' };
    assert.deepEqual(run(['１ 2019 年度における監査の概要', '本文。', '２ 2019 年', '２ 結果', '（１）期間', '２ 2019 年11 月'], sub), ['h2#a9-2-s1', 'plain', 'plain', 'h2#a9-2-s2', 'h3#a9-2-s2-1', 'plain']);
    const blocks = headings(sub, [para('１ 2019 年度における監査の概要', 1)], new Map());
    assert.deepEqual(blocks[0]!.type === 'heading' && [blocks[0]!.label, blocks[0]!.children], ['１', [{ type: 'text', value: '2019 年度における監査の概要' }]]);
  });

  test('別添4, 別添5: ① and ア under a （n） item are headings one level down, in their own order; figure text and list items are not', () => {
    const sub: UnitDeclaration = { id: 'a9-2', slug: 'x', kind: 'subAnnex', heading: '別添９－２x', titleEn: 'x' };
    assert.deepEqual(run(['１ 概要', '① 前置き', '（１）結果', '① グッドプラクティスの事例', '・事例', '② 主な助言等', '②飛んだ番号', '③ 全文である。', '（２）検査', 'ア 導入状況', 'イ 今後の取組', '①CISSP 概要'], sub), [
      'h2#a9-2-s1',
      'numbered',
      'h3#a9-2-s1-1',
      'h4#a9-2-s1-1-1',
      'bullet',
      'h4#a9-2-s1-1-2',
      'numbered',
      'numbered',
      'h3#a9-2-s1-2',
      'h4#a9-2-s1-2-1',
      'h4#a9-2-s1-2-2',
      'numbered',
    ]);
  });

  test('別添3: a ministry name printed twice is one section heading with an ASCII id', () => {
    const annex3: UnitDeclaration = { id: 'a3', slug: 'annex-3', kind: 'annex', heading: 'x', titleEn: 'x' };
    assert.deepEqual(run(['内閣官房', '内閣官房', '2019年度の総合評価'], annex3), ['h2#a3-cas', 'plain']);
  });
});
