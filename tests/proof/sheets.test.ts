import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type LineView, type Sheet, sheets } from '../../scripts/proof/align.ts';
import { footnoteMarks, proofBlocks, rowLines } from '../../scripts/proof/blocks.ts';
import { sheetHtml } from '../../scripts/proof/sheet.ts';
import { toyFates, toyRoot, toySource } from './toy.ts';

function toySheets(decisions: { line: number; decision: 'joined' | 'kept'; reason: string }[] = []): Sheet[] {
  const root = toyRoot();
  const blocks = proofBlocks(root, toyFates, (l) => toySource[l - 1]!);
  return sheets(root.children, toySource, toyFates, blocks, decisions, footnoteMarks(root));
}

const views = (sheet: Sheet): LineView[] => sheet.rows.flatMap((r) => (r.kind === 'lines' ? r.lines : []));
const endOf = (line: number): string => {
  const v = toySheets().flatMap(views).find((x) => x.line === line)!;
  return v.end.mark === 'resume' ? `resume L${v.end.at}` : v.end.mark;
};

describe('proof sheets: alignment', () => {
  test('every source line is on exactly one sheet, in order on it', () => {
    const all = toySheets();
    const lines = all.flatMap((s) => views(s).map((v) => v.line));
    assert.deepEqual([...lines].sort((a, b) => a - b), toySource.map((_, i) => i + 1));
    for (const s of all) {
      const own = views(s).map((v) => v.line);
      assert.deepEqual(own, [...own].sort((a, b) => a - b));
    }
    assert.deepEqual(all.map((s) => [s.unit.slug, views(s).map((v) => v.line)]), [
      ['one', [1, 2, 3, 4, 5, 6, 7, 13]],
      ['two', [8, 9, 10, 11, 12, 14]],
    ]);
  });

  test('each block sits beside its own lines, with the blank and furniture lines between them', () => {
    const [one, two] = toySheets();
    const runs = (s: Sheet) => s.rows.map((r) => (r.kind === 'elsewhere' ? `elsewhere ${r.from}-${r.to} ${r.page}` : `${r.lines.map((v) => v.line).join(',')} ${r.block ? `${r.block.id}${r.first ? '' : ' (continued)'}` : '-'}`));
    assert.deepEqual(runs(one!), ['1 u1', '2 -', '3,4,5,6 u1/p1', '7 fn-main-1', 'elsewhere 8-12 two', '13 u1/p3']);
    assert.deepEqual(runs(two!), ['8 u2', '9,10,11 t1', '12 u2/p2', 'elsewhere 13-13 one', '14 u2/p2 (continued)']);
  });

  test('line ends: joined in a paragraph, within a table, split at a block end, resumed after another block', () => {
    assert.equal(endOf(3), 'join');
    assert.equal(endOf(6), 'split');
    assert.equal(endOf(9), 'within');
    assert.equal(endOf(11), 'split');
    assert.equal(endOf(12), 'resume L14');
    assert.equal(endOf(5), 'none');
  });

  test("a paragraph rule's decision is shown at its line with its reason", () => {
    const [one] = toySheets([{ line: 3, decision: 'joined', reason: 'the sentence goes on' }]);
    assert.deepEqual(views(one!).find((v) => v.line === 3)!.decision, { line: 3, decision: 'joined', reason: 'the sentence goes on' });
    assert.match(sheetHtml(one!), /class="end decision"[^>]*>↩ joined: the sentence goes on</);
  });

  test('the sheet marks furniture and footnote lines, footnote references in the source, and anchors every line and block', () => {
    const [one, two] = toySheets().map(sheetHtml);
    assert.match(one!, /<div class="l furniture" id="L5">.*<span class="badge">runningHead<\/span>本編/);
    assert.match(one!, /<div class="l footnote" id="L7">.*注 fn-main-1/);
    assert.match(one!, /一文目は<mark class="fn" title="footnote reference → fn-main-1">1<\/mark>、/);
    assert.match(one!, /<div class="blk" id="u1\/p1">.*一文目は<sup class="fnref"[^>]*>\[\^1\]<\/sup>、続く。/);
    assert.match(one!, /L8–12: on the sheet of <a href="two.html#L8">/);
    assert.match(two!, /<div class="row" id="t1\/r2">/);
  });
});

describe('proof sheets: table rows found by their cells’ text', () => {
  const cell = (value: string) => ({ paragraphs: [[{ type: 'text' as const, value }]] });
  const lineText = (line: number): string => ['0% 10% 50% 100%', '項目ア 5', '項目イ', '項目ウ 12'][line - 1]!;
  const table = (rows: string[][]) =>
    ({ type: 'table', id: 't', caption: [], label: 't', head: [], rows: rows.map((r) => r.map(cell)), notes: [], lines: [1, 2, 3, 4], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 4, column: 1, offset: 0 } } }) as unknown as Parameters<typeof rowLines>[0];

  test('a row is placed on the lines that print its cells, in order', () => {
    assert.deepEqual(rowLines(table([['項目ア', '5'], ['項目ウ', '12']]), lineText), [[2], [4]]);
  });

  test('a short cell not found after the previous cell is not matched inside an axis label', () => {
    // 「項目イ」 prints no value: its 「5」 must not be taken from 「50%」 on line 1.
    assert.deepEqual(rowLines(table([['項目ア', '5'], ['項目イ', '5']]), lineText), [[2], [3]]);
  });
});
