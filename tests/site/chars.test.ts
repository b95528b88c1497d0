// The one set of character classes (src/lib/chars.ts) on the report's own characters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columns, isHalf, isWide, JAPANESE, mixedWidths } from '../../src/lib/chars.ts';
import { normaliseSpacing } from '../../scripts/convert/emit/spacing.ts';
import { normalizeQuery } from '../../src/lib/search/text.ts';

test('kanji, kana, full-width forms and the symbols a Japanese font sets wide are wide', () => {
  for (const c of ['年', 'の', 'テ', '（', '。', 'Ｉ', '　', '※', '①', '○', '◎', '→']) assert.ok(isWide(c), c);
  for (const c of ['a', '1', '(', 'β', 'Ⅳ', 'ｱ', ' ', '', undefined]) assert.ok(!isWide(c), String(c));
});

test('ASCII and the letters of other alphabets are half-width; half-width katakana is neither', () => {
  for (const c of ['a', 'Z', '9', '!', '~', 'é', 'β', 'Д']) assert.ok(isHalf(c), c);
  for (const c of [' ', 'ｱ', '年', '①', undefined]) assert.ok(!isHalf(c), String(c));
});

test('columns counts a wide character as two', () => {
  assert.equal(columns('○政府IoT'), 9);
  assert.equal(columns('Delta Wall Ⅳ'), 12);
});

test('JAPANESE finds kana or kanji, not full-width punctuation alone', () => {
  assert.ok(JAPANESE.test('ID（ア）'));
  assert.ok(!JAPANESE.test('（１）。'));
});

test('a space goes between a wide and a half-width character only', () => {
  assert.ok(mixedWidths('年', 'A') && mixedWidths('A', '年'));
  assert.ok(!mixedWidths('年', '年') && !mixedWidths('A', 'A') && !mixedWidths('l', 'Ⅳ'));
});

test('the converter and the search box drop the same spaces', () => {
  const cases: [string, string][] = [
    ['2020 年度', '2020年度'],
    ['※ ID', '※ID'],
    ['β 版', 'β版'],
    ['Delta Wall Ⅳ', 'Delta Wall Ⅳ'],
    ['内閣官房 原', '内閣官房 原'],
  ];
  for (const [text, joined] of cases) {
    assert.equal(normaliseSpacing(text), joined, text);
    assert.equal(normalizeQuery(text), joined.normalize('NFKC'), text);
  }
});
