import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { footnoteMarkers } from '../../../scripts/convert/stages/footnotes.ts';
import { pageFurniture } from '../../../scripts/convert/stages/pageFurniture.ts';
import { toyLines } from '../support.ts';

const ruler = ' '.repeat(29);

function markerColumns(rows: string[], overrides = {}): [string, number, number][] {
  const lines = toyLines(...rows);
  const { roles, footnotes } = pageFurniture(lines);
  const order = lines.map((_, i) => i);
  return footnoteMarkers(lines, roles, order, footnotes, overrides, { main: 1 }).map((m) => [m.footnoteId, m.position.start.line, m.position.start.column]);
}

describe('footnoteMarkers', () => {
  test('a marker is the footnote number glued to the text', () => {
    assert.deepEqual(markerColumns(['競技大会1（以下「東京2020大会」という。2）の開催␠', ruler, '1 注一。␠', '2 注二。␠']), [
      ['fn-main-1', 1, 5],
      ['fn-main-2', 1, 23],
    ]);
  });

  test('quantities and parts of larger numbers are not markers', () => {
    assert.deepEqual(markerColumns(['2019年に1件、第1回、政府機関等1に␠', ruler, '1 注。␠']), [['fn-main-1', 1, 19]]);
  });

  test('a marker after a space is found only through an override', () => {
    const rows = ['チーム（第一GSOC 1）を␠', ruler, '1 GSOC␠'];
    assert.throws(() => markerColumns(rows), /footnote 1 \(main\) has no marker in the text above its ruler \[footnotes\/marker-missing\]/);
    assert.deepEqual(markerColumns(rows, { 'fn-main-1': { context: 'GSOC 1）', at: 5 } }), [['fn-main-1', 1, 12]]);
  });
});
