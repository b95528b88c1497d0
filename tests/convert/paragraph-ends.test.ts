/**
 * Issue 11, paragraph ends: a trailing space in mid-sentence or mid-word does not split a paragraph,
 * and no line join puts a space between two wide characters, in prose or in table cells.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { columns, isWide } from '../../src/lib/chars.ts';
import { inlineText } from '../../scripts/convert/stages/inlines.ts';
import type { BlockNode, InlineNode, ParagraphNode } from '../../scripts/convert/types.ts';
import { lineOf, seedConversion, seedLines } from './support.ts';

/** Every paragraph of the tree, measure rows' plan and result paragraphs included. */
function allParagraphs(blocks: readonly BlockNode[]): ParagraphNode[] {
  return blocks.flatMap((b): ParagraphNode[] => {
    if (b.type === 'paragraph') return [b];
    if (b.type === 'column') return allParagraphs(b.children);
    if (b.type === 'measureTable') return b.rows.flatMap((r) => r.parts.flatMap((p) => [...p.plan, ...p.result]));
    return [];
  });
}

/** Every table cell's paragraphs, as inline runs. */
function allCellTexts(blocks: readonly BlockNode[]): InlineNode[][] {
  return blocks.flatMap((b): InlineNode[][] => {
    if (b.type === 'column') return allCellTexts(b.children);
    if (b.type === 'table') return [...(b.head ?? []), ...b.rows].flatMap((row) => row.flatMap((cell) => cell.paragraphs));
    return [];
  });
}

const result = seedConversion();
const paragraphs = result.root.children.flatMap((u) => allParagraphs(u.children));
const paragraphOf = (line: number): ParagraphNode => {
  const found = paragraphs.find((p) => p.lines.includes(line));
  assert.ok(found, `no paragraph holds line ${line}`);
  return found;
};
/** The next line with text after `line`. */
const nextTextLine = (line: number): number => line + 1 + seedLines.slice(line).findIndex((t) => t.trim() !== '');

describe('paragraph ends in mid-sentence', () => {
  for (const [printed, joined] of [
    ['経済産業省及び国土交通省において、自動運転車両外部からの通信が車内ネットワークにつながることによ', 'ことによるサイバーセキュリティリスク'],
    ['（５）当省のインシデント・レスポンス能力の更なる向上のためのＮＩＳＣが実施するＣＳＩＲ', 'ＣＳＩＲＴ訓練'],
  ] as const) {
    const line = lineOf(printed);
    test(`L${line} and the next line are one paragraph that reads 「${joined}」`, () => {
      const paragraph = paragraphOf(line);
      assert.ok(paragraph.lines.includes(nextTextLine(line)), `L${line} ends its paragraph`);
      assert.ok(inlineText(paragraph.children).includes(joined));
      assert.equal(result.lineEnds.find((e) => e.line === line)?.decision, 'joined');
    });
  }

  test('every join is listed for review, with a reason', () => {
    const joined = result.lineEnds.filter((e) => e.decision === 'joined');
    assert.ok(joined.length >= 12, `${joined.length} joins`);
    for (const e of result.lineEnds) {
      assert.ok(seedLines[e.line - 1]!.endsWith(' '), `L${e.line} does not end in a space`);
      assert.ok(e.reason.length > 10, `L${e.line} has no reason`);
    }
  });
});

describe('no space between two wide characters where lines were joined', () => {
  // Where a wrapped line ending in a space met a line starting with a wide character: the text around
  // the seam with one space, when no printed line has that text (then only a join can have made it).
  // One-word labels are not wrapped lines: the corner header 「試験区分」 / 「年度」 names two things.
  const junctions = seedLines.flatMap((text, k) => {
    if (!text.endsWith(' ') || columns(text.trim()) < 20) return [];
    const last = [...text.trimEnd()].at(-1);
    const next = seedLines.slice(k + 1).find((t) => t.trim() !== '')?.trim();
    const first = next === undefined ? undefined : [...next][0];
    if (!isWide(last) || !isWide(first)) return [];
    const seam = `${text.trimEnd().slice(-4)} ${next!.slice(0, 4)}`;
    return seedLines.some((t) => t.includes(seam)) ? [] : [{ line: k + 1, seam }];
  });

  test('the seams checked include the ones of the issue', () => {
    for (const seam of ['インフラ 所管省庁', 'ＣＳＩＲ Ｔ訓練や']) assert.ok(junctions.some((j) => j.seam === seam), seam);
  });

  test('in table cells', () => {
    const cells = result.root.children.flatMap((u) => allCellTexts(u.children)).map((c) => inlineText(c));
    const spaced = junctions.filter((j) => cells.some((c) => c.includes(j.seam)));
    assert.deepEqual(spaced, []);
  });

  test('in paragraphs', () => {
    const texts = paragraphs.map((p) => inlineText(p.children));
    const spaced = junctions.filter((j) => texts.some((t) => t.includes(j.seam)));
    assert.deepEqual(spaced, []);
  });

  test('the 別添5-2 cell reads 「重要インフラ所管省庁内」', () => {
    const cells = result.root.children.flatMap((u) => allCellTexts(u.children)).map((c) => inlineText(c));
    assert.ok(cells.some((c) => c.includes('また、重要インフラ所管省庁内のとりまとめ担当部局')));
  });
});
