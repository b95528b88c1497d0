import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchPageUrl, searchUiOptions } from '../../src/lib/search/client.ts';

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
