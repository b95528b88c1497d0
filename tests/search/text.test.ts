import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldWidth, markWordBoundaries, normalizeQuery, prepareQuery } from '../../src/lib/search/text.ts';

test('foldWidth folds full-width letters and digits and half-width kana, and keeps wide punctuation', () => {
  assert.equal(foldWidth('ＩｏＴ機器（２０２０年６月）'), 'IoT機器（2020年6月）');
  assert.equal(foldWidth('ﾃﾚﾜｰｸとｶﾞｲﾄﾞﾗｲﾝ'), 'テレワークとガイドライン');
});

test('normalizeQuery drops the space between Japanese and a number or acronym, not between Japanese words', () => {
  assert.equal(normalizeQuery('2020 年度'), '2020年度');
  assert.equal(normalizeQuery('２０２０　年度'), '2020年度');
  assert.equal(normalizeQuery('IoT 機器'), 'IoT機器');
  assert.equal(normalizeQuery('原　邦彰'), '原 邦彰');
  assert.equal(normalizeQuery(' Apache  Struts '), 'Apache Struts');
});

test('prepareQuery gives the same words for width and spacing variants', () => {
  assert.equal(prepareQuery('ＩｏＴ'), prepareQuery('IoT'));
  assert.equal(prepareQuery('ﾃﾚﾜｰｸ'), prepareQuery('テレワーク'));
  assert.equal(prepareQuery('2020 年度'), prepareQuery('2020年度'));
  assert.equal(prepareQuery('2020年度'), '2020 年度');
  assert.equal(prepareQuery('"情報共有"'), '"情報共有"');
});

test('markWordBoundaries marks where kanji, katakana and hiragana runs meet, and nothing inside a run', () => {
  const marked = markWordBoundaries('未導入だった中小企業等においてもテレワークセキュリティガイドラインの改定（2020年）');
  assert.deepEqual(marked.split('\u200b'), ['未導入', 'だった', '中小企業等', 'においても', 'テレワークセキュリティガイドライン', 'の', '改定（2020年）']);
  assert.equal(marked.replace(/\u200b/g, ''), '未導入だった中小企業等においてもテレワークセキュリティガイドラインの改定（2020年）');
});
