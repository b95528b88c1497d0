import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BlockContext } from '../../../scripts/convert/stages/blockContext.ts';
import type { UnitDeclaration } from '../../../scripts/convert/data/schema.ts';
import { ConversionError } from '../../../scripts/convert/messages.ts';
import { contents } from '../../../scripts/convert/stages/contents.ts';
import type { BlockNode } from '../../../scripts/convert/types.ts';
import { toyLines } from '../support.ts';

const units: UnitDeclaration[] = [
  { id: 'a9-1', slug: 'annex-9/9-1', kind: 'subAnnex', heading: '別添９－１第一の概要', titleEn: 'x' },
  { id: 'a9-2', slug: 'annex-9/9-2', kind: 'subAnnex', heading: '別添９－２第二', titleEn: 'y' },
];
const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
/** Each non-blank line a paragraph of its own, as the paragraph rule leaves closed lines. */
const run = (...rows: string[]): BlockNode[] => {
  const lines = toyLines(...rows);
  const context = { lines, units } as unknown as BlockContext;
  return contents(lines.filter((l) => l.text.trim() !== '').map((l) => ({ type: 'paragraph', role: 'plain', children: [{ type: 'text', value: l.text }], lines: [l.line], position })), context);
};

describe('contents (＜別添５－目次＞)', () => {
  test('a run of dot-leader lines is one list: each entry links to the unit it names, title as printed, printed page kept', () => {
    const blocks = run('＜別添９－目次＞␠', '', '別添９－１ 第一の概要 ........ 257␠', '', '別添９－２ 第二 ................ 262␠', '', '本文です。');
    assert.deepEqual(blocks.map((b) => b.type), ['paragraph', 'contents', 'paragraph']);
    const list = blocks[1]!;
    assert.ok(list.type === 'contents');
    assert.deepEqual(list.entries, [
      { slug: 'annex-9/9-1', title: '別添９－１ 第一の概要', leader: '........', page: '257', line: 3 },
      { slug: 'annex-9/9-2', title: '別添９－２ 第二', leader: '................', page: '262', line: 5 },
    ]);
    assert.deepEqual(list.lines, [3, 5]);
  });

  test('three dots are not a leader: a sentence with an ellipsis stays a paragraph', () => {
    assert.deepEqual(run('別添９－１ 第一の概要 ... 257').map((b) => b.type), ['paragraph']);
  });

  test('an entry that names no unit stops the conversion at its line', () => {
    assert.throws(() => run('', '別添９－３ 無い ........ 300'), (e: unknown) => e instanceof ConversionError && /:2:1: error: a contents entry names no page of the report/.test(e.message));
  });
});
