import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BlockContext } from '../../../scripts/convert/blocks.ts';
import { figureTextPageEnds } from '../../../scripts/convert/stages/annexes/figureText.ts';
import type { InlineParagraph } from '../../../scripts/convert/stages/headings.ts';
import { inlineText } from '../../../scripts/convert/stages/inlines.ts';
import { toyLines } from '../support.ts';

const lines = toyLines(
  '脚注の本文。␠', // 1: a footnote
  '',
  '通常のメール', // 3: figure text printed after the footnote, no closing spaces
  'ブロック', // 4
  ' ２ 取組の結果及び今後の課題␠', // 5: the next page's first line, glued to the figure text
  '',
  '⑫セキュリティの評価␠', // 7: a closed cell of a figure
  ' ⑤セキュリティの運用␠', // 8: led by a space after a closed line: the figure goes on
);
const context = { lines, markersByLine: new Map(), footnoteLines: new Set([1]) } as unknown as BlockContext;
const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const para = (ls: number[]): InlineParagraph => ({ children: [{ type: 'text', value: ls.map((l) => lines[l - 1]!.text.trim()).join('') }], lines: ls, position });

describe('figure text printed after footnotes ends with its page', () => {
  test('a page start glued to unclosed figure text becomes a paragraph of its own (a heading is not lost to the figure)', () => {
    const out = figureTextPageEnds([para([3, 4, 5])], context);
    assert.deepEqual(out.map((p) => p.lines), [[3, 4], [5]]);
    assert.deepEqual(out.map((p) => inlineText(p.children)), ['通常のメールブロック', '２ 取組の結果及び今後の課題']);
  });

  test('a line led by a space after a closed line, or a paragraph not after footnotes, is left alone', () => {
    assert.deepEqual(figureTextPageEnds([para([3]), para([7, 8])], context).map((p) => p.lines), [[3], [7, 8]]);
    const noFootnote = { ...context, footnoteLines: new Set<number>() } as BlockContext;
    assert.deepEqual(figureTextPageEnds([para([3, 4, 5])], noFootnote).map((p) => p.lines), [[3, 4, 5]]);
  });
});
