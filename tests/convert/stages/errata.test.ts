import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BlockContext } from '../../../scripts/convert/stages/blockContext.ts';
import { ConversionError } from '../../../scripts/convert/messages.ts';
import { errata } from '../../../scripts/convert/stages/annexes/errata.ts';
import { inlineText } from '../../../scripts/convert/stages/inlines.ts';
import type { BlockNode, TableCell } from '../../../scripts/convert/types.ts';
import { toyLines } from '../support.ts';

const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const run = (...rows: string[]): BlockNode[] => {
  const lines = toyLines(...rows);
  const context = { lines, markersByLine: new Map(), footnoteLines: new Set() } as unknown as BlockContext;
  const blocks: BlockNode[] = lines
    .filter((l) => l.text.trim() !== '')
    .map((l) => ({ type: 'paragraph', role: 'plain', children: [{ type: 'text', value: l.text.trim() }], lines: [l.line], position }));
  return errata(blocks, context);
};
const text = (c: TableCell): string => c.paragraphs.map((p) => inlineText(p)).join('');

describe('正誤表', () => {
  test('one row per correction: 頁, 訂正箇所, 誤, 正, whether 誤 and 正 are stacked or side by side', () => {
    const blocks = run(
      '下記のとおり訂正いたします。␠',
      '頁 訂正箇所 誤 正␠',
      '224 別添 4-5 3(3) No.1 研修の時期 2019 年 7 月～␠',
      '20209 年 2 月␠',
      '2019 年 7 月～␠',
      '2020 年 2 月␠',
      '310 別添 6 データ 2.5 検知件',
      '数のうち、前期比␠',
      '-332.6% +332.6%␠',
      '以 上␠',
    );
    assert.deepEqual(blocks.map((b) => b.type), ['paragraph', 'table', 'paragraph']);
    const table = blocks[1]!;
    assert.ok(table.type === 'table');
    assert.deepEqual(table.head[0]!.map(text), ['頁', '訂正箇所', '誤', '正']);
    assert.deepEqual(table.rows.map((r) => r.map(text)), [
      ['224', '別添 4-5 3(3) No.1 研修の時期', '2019 年 7 月～20209 年 2 月', '2019 年 7 月～2020 年 2 月'],
      ['310', '別添 6 データ 2.5 検知件数のうち、前期比', '-332.6%', '+332.6%'],
    ]);
    assert.ok(table.rows.every((r) => r.length === 4 && r[0]!.header === true && !r[1]!.header), 'the page heads its row');
    assert.deepEqual(table.lines, [2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test('a row that fits neither layout stops the conversion at its line', () => {
    assert.throws(() => run('頁 訂正箇所 誤 正␠', '224 別添 4-5 研修の時期 2019 年␠', '20209 年␠', '以 上␠'), (e: unknown) => e instanceof ConversionError && /:2:1: .*cannot be split/.test(e.message));
  });
});
