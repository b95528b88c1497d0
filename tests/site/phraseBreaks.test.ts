// Phrase breaks (src/lib/phraseBreaks.ts) on toy pages: only the listed elements change, and only by <wbr>.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { insertPhraseBreaks, phrasesOf } from '../../src/lib/phraseBreaks.ts';

const strip = (html: string) => html.replaceAll('<wbr>', '');

test('a heading gets a <wbr> between each of its phrases, and its text is unchanged', () => {
  const html = '<main><h2 id="a">戦略に基づく昨年度の取組実績</h2></main>';
  const out = insertPhraseBreaks(html);
  const phrases = phrasesOf('戦略に基づく昨年度の取組実績');
  assert.ok(phrases.length > 1, 'BudouX splits the heading');
  assert.equal(out, `<main><h2 id="a">${phrases.join('<wbr>')}</h2></main>`);
});

test('body text, English text and markup outside the targets are copied byte for byte', () => {
  const html = '<main><p>戦略に基づく昨年度の取組実績</p><h3>Results in the previous fiscal year</h3></main><!-- 評価及び今年度の取組 -->';
  assert.equal(insertPhraseBreaks(html), html);
});

test('entities survive and nested inline elements are split on their own', () => {
  const html = '<main><th scope="col">担当府省庁&amp;<span lang="ja">取組の成果、進捗状況</span></th></main>';
  const out = insertPhraseBreaks(html);
  assert.equal(strip(out), html);
  assert.ok(out.includes('<span lang="ja">取組の<wbr>'), out);
});

test('sidebar links and group labels are targets; a page without targets is unchanged', () => {
  const sidebar = '<nav id="starlight__sidebar"><details><summary><span>別添２ 2019年度のサイバーセキュリティ関連施策の実施状況</span></summary><a href="/x/"><span>戦略に基づく昨年度の取組実績</span></a></details></nav>';
  const out = insertPhraseBreaks(sidebar);
  assert.equal(out.match(/<summary><span>[^<]*<wbr>/)?.length, 1, out);
  assert.equal(strip(out), sidebar);
  const plain = '<div>戦略に基づく昨年度の取組実績</div>';
  assert.equal(insertPhraseBreaks(plain), plain);
});
