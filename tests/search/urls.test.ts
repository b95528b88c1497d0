import assert from 'node:assert/strict';
import { test } from 'node:test';
import { queryTerms, readableExcerpt, searchPageUrl, searchUiOptions, WORD_BREAK } from '../../src/lib/search/client.ts';
import { prepareQuery } from '../../src/lib/search/text.ts';

const result = (url: string) => ({ url, meta: { title: '1 新型コロナウイルス感染症への対応', page: '1章 サイバーセキュリティを取り巻く環境' } });

test('a result found from an English page lands on the English page, same anchor and highlight', () => {
  const url = '/annex-1/section-1/?pagefind-highlight=IoT#m2020-1-3-1-a';
  assert.equal(searchUiOptions('/', '/en/part-2/').processResult(result(url)).url, '/en/annex-1/section-1/?pagefind-highlight=IoT#m2020-1-3-1-a');
  assert.equal(searchUiOptions('/', '/part-2/').processResult(result(url)).url, url);
  assert.equal(searchUiOptions('/repo/', '/repo/en/').processResult(result('/repo/part-1/#p1-c1-s1')).url, '/repo/en/part-1/#p1-c1-s1');
  // A path that only starts with "en" is a Japanese page.
  assert.equal(searchUiOptions('/repo/', '/repo/energy/').processResult(result('/repo/part-1/')).url, '/repo/part-1/');
});

test('the UI options show the page beside the section title', () => {
  const shown = searchUiOptions('/', '/part-2/').processResult(result('/part-1/chapter-1/#p1-c1-s1'));
  assert.equal(shown.meta.title, '1 新型コロナウイルス感染症への対応（1章 サイバーセキュリティを取り巻く環境）');
});

test('the search page URL keeps the language of the page it was opened from', () => {
  assert.equal(searchPageUrl('/', 'テレワーク', '/en/annex-1/'), `/en/search/?q=${encodeURIComponent('テレワーク')}`);
  assert.equal(searchPageUrl('/repo/', ' ', '/repo/part-1/'), '/repo/search/');
});

test('a result marks the terms as typed, not the pieces Pagefind searched', () => {
  const options = searchUiOptions('/', '/part-2/');
  // Each word cut into Pagefind's pieces, the words kept apart for the bundle's fallback (public/search-bundle/).
  assert.equal(options.processTerm('ﾃﾚﾜｰｸ  中小企業'), `${prepareQuery('テレワーク')}${WORD_BREAK}中小企業`);
  assert.equal(prepareQuery('テレワーク'), 'テレ ワーク');
  const { url } = options.processResult({ url: '/part-1/chapter-1/?pagefind-highlight=%E3%83%86%E3%83%AC&pagefind-highlight=%E3%83%AF%E3%83%BC%E3%82%AF#p1-c1-s1', meta: { title: 't', page: 't' } });
  assert.deepEqual(new URL(url, 'http://x').searchParams.getAll('pagefind-highlight'), ['テレワーク', '中小企業']);
  assert.ok(url.endsWith('#p1-c1-s1'));
});

test('on English pages an English query searches the Japanese terms the dictionary gives', () => {
  const terms: string[][] = [];
  const options = searchUiOptions('/', '/en/search/', { telework: 'テレワーク', sme: '中小企業' }, (t) => terms.push(t));
  assert.equal(options.processTerm('telework for SMEs'), ['テレワーク', '中小企業'].map(prepareQuery).join(WORD_BREAK));
  assert.deepEqual(terms, [['テレワーク', '中小企業']]);
  assert.deepEqual(queryTerms('Emotet', {}), ['Emotet']);
});

test('the UI hears when the results shown include records holding only some of the words, and each new query resets it', () => {
  const heard: boolean[] = [];
  const options = searchUiOptions('/', '/search/', undefined, undefined, (some) => heard.push(some));
  options.processTerm('テレワーク 中小企業 ランサムウェア');
  options.processResult({ ...result('/part-1/chapter-1/#p1-c1-s1') });
  options.processResult({ ...result('/annex-1/section-4/#m2020-4-3-to'), someWords: true });
  options.processTerm('テレワーク');
  assert.deepEqual(heard, [false, true, false]);
});

test('excerpts start at a phrase boundary and do not repeat a glossary term', () => {
  // Excerpts and record texts as Pagefind returns them for テレワーク and 中小企業 (search.spec reads the real ones).
  assert.equal(
    readableExcerpt('等向けに、<mark>テレワーク</mark>を導入する場合', '1 新型コロナウイルス感染症への対応. 2020年4月7日、…'),
    '…<mark>テレワーク</mark>を導入する場合',
  );
  assert.equal(readableExcerpt('3) <mark>中小企業</mark>の取組の促進. 戦略', '(3) 中小企業の取組の促進. 戦略'), '…<mark>中小企業</mark>の取組の促進. 戦略');
  assert.equal(
    readableExcerpt('<mark>テレワーク</mark>. <mark>テレワーク</mark>. <mark>テレワーク</mark>とは、ICTを活用し', 'テレワーク. テレワーク. テレワークとは、ICTを活用し、場所や時間を'),
    '<mark>テレワーク</mark>とは、ICTを活用し',
  );
  assert.equal(readableExcerpt('（3） 多様な働き方. <mark>テレワーク</mark>を', '（3） 多様な働き方. テレワークを行う'), '（3） 多様な働き方. <mark>テレワーク</mark>を');
});
