import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BlockContext } from '../../../scripts/convert/stages/blockContext.ts';
import { figureLabels, figureTextPageEnds } from '../../../scripts/convert/stages/annexes/figureText.ts';
import type { InlineParagraph } from '../../../scripts/convert/stages/headings.ts';
import { inlineText } from '../../../scripts/convert/stages/inlines.ts';
import type { BlockNode } from '../../../scripts/convert/types.ts';
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

describe('figure text: one paragraph per box of the diagram', () => {
  const figure = toyLines(
    '通常のメール', // 1: a box of two lines, printed densely
    'From : aaa@xxx.go.jp',
    '',
    '怪しいメール', // 4: a gap parts two boxes, also from a label that starts with kana
    '',
    'なりすましメール',
    '',
    'DNSに登録されている', // 8: a phrase stopped at a kana goes on across the gap
    '',
    '送信サーバのIPと比較',
    '',
    '①広く使用されているSHA-1及びRSA1024', // 12: a next line that starts with a particle goes on
    '',
    'と呼ばれる方式（入札・', // 14: a bracket still open goes on
    '',
    '申請等）',
  );
  const figureContext = { lines: figure, markersByLine: new Map(), footnoteLines: new Set() } as unknown as BlockContext;
  const all = figure.filter((l) => l.text.trim() !== '').map((l) => l.line);
  const paragraph = (ls: number[]): BlockNode => ({ type: 'paragraph', role: 'plain', children: [], lines: ls, position });
  const texts = (blocks: readonly BlockNode[]): string[] => blocks.map((b) => (b.type === 'paragraph' ? `${b.role}:${inlineText(b.children)}` : b.type));

  test('densely printed figure text parts at its gaps, unless the text runs on', () => {
    assert.deepEqual(texts(figureLabels(paragraph(all), figureContext)), [
      'plain:通常のメールFrom : aaa@xxx.go.jp',
      'plain:怪しいメール',
      'plain:なりすましメール',
      'plain:DNSに登録されている送信サーバのIPと比較',
      'numbered:①広く使用されているSHA-1及びRSA1024と呼ばれる方式（入札・申請等）',
    ]);
  });

  test('figure text spaced a blank line a line has no gaps to read and stays one paragraph', () => {
    const spaced = all.filter((l) => l !== 2);
    assert.equal(figureLabels(paragraph(spaced), figureContext).length, 1);
  });
});
