import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BlockContext } from '../../../scripts/convert/stages/blockContext.ts';
import { spfSettings } from '../../../scripts/convert/stages/annexes/spfSettings.ts';
import { inlineText } from '../../../scripts/convert/stages/inlines.ts';
import type { BlockNode, TableCell } from '../../../scripts/convert/types.ts';
import { toyLines } from '../support.ts';

const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const text = (c: TableCell): string => c.paragraphs.map((p) => inlineText(p)).join('');

describe('別添4-6 図表２', () => {
  test('header words, then one row per date with its shares; the ※ notes (a note may wrap) under the table; prose after it stays', () => {
    const lines = toyLines('図表２ 設定状況␠', '取得日 -all※１ 設定なし␠', '2019 年１月末  69.7% 16.7%␠', '2020 年 1月末 65.3% 18.2%␠', '※１ 認証しない', 'こと。␠', '調査の結果。␠');
    const context = { lines, markersByLine: new Map(), footnoteLines: new Set() } as unknown as BlockContext;
    const blocks: BlockNode[] = [
      { type: 'paragraph', role: 'caption', children: [{ type: 'text', value: '図表２ 設定状況' }], lines: [1], position },
      ...[[2], [3], [4], [5, 6], [7]].map((ls): BlockNode => ({ type: 'paragraph', role: 'plain', children: [{ type: 'text', value: ls.map((l) => lines[l - 1]!.text).join('') }], lines: ls, position })),
    ];
    const out = spfSettings(blocks, context);
    assert.deepEqual(out.map((b) => b.type), ['table', 'paragraph']);
    const t = out[0]!;
    assert.ok(t.type === 'table');
    assert.deepEqual(t.head[0]!.map(text), ['取得日', '-all※１', '設定なし']);
    assert.deepEqual(t.rows.map((r) => r.map(text)), [['2019 年１月末', '69.7%', '16.7%'], ['2020 年 1月末', '65.3%', '18.2%']]);
    assert.deepEqual(t.notes.map((n) => inlineText(n)), ['※１ 認証しないこと。']);
  });
});
