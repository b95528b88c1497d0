import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cellsAt, cellsByShape } from '../../../scripts/convert/stages/annexes/cells.ts';

describe('the cells of a table row printed on one line', () => {
  test('each cell is found where the one before it ends, so equal cells keep their own columns', () => {
    assert.deepEqual(cellsAt('補正予算額 13 億円 52 億円 13 億円', ['補正予算額', '13 億円', '52 億円', '13 億円']), [
      { text: '補正予算額', column: 1 },
      { text: '13 億円', column: 7 },
      { text: '52 億円', column: 13 },
      { text: '13 億円', column: 19 },
    ]);
  });

  test('a cell may hold spaces: texts are looked for, not split at spaces', () => {
    assert.deepEqual(cellsAt(' 2018 年度 2019 年度', ['2018 年度', '2019 年度']), [
      { text: '2018 年度', column: 2 },
      { text: '2019 年度', column: 10 },
    ]);
  });

  test('reading starts at column `from`: a label that reads like a count is not taken for one', () => {
    assert.deepEqual(cellsAt('401 件 401 件', ['401 件'], 2), [{ text: '401 件', column: 7 }]);
  });

  test('an empty text is an empty cell where the cursor stands, and moves it on by nothing', () => {
    assert.deepEqual(cellsAt('応募者数  52,043', ['', '52,043'], 5), [
      { text: '', column: 5 },
      { text: '52,043', column: 7 },
    ]);
  });

  test('a text that is not on the line, or not in that order, gives no cells', () => {
    assert.equal(cellsAt('頁 訂正箇所 誤 正', ['頁', '正誤']), undefined);
    assert.equal(cellsAt('検査項目 検査項目とした理由', ['検査項目とした理由', '検査項目']), undefined);
  });

  test('by shape: each match is a cell, and so is the trimmed text between two matches', () => {
    const rank = /\d+ ?位|[\d,.]+ ?件/;
    assert.deepEqual(cellsByShape('1 位 2 位  23/TCP  461.78 件', rank), [
      { text: '1 位', column: 1 },
      { text: '2 位', column: 5 },
      { text: '23/TCP', column: 10 },
      { text: '461.78 件', column: 18 },
    ]);
  });

  test('by shape: a line of matches only has no empty cells between them, and a global pattern reads the same', () => {
    assert.deepEqual(cellsByShape('1 位 2 位', /\d+ ?位/g), [
      { text: '1 位', column: 1 },
      { text: '2 位', column: 5 },
    ]);
  });
});
