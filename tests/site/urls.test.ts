// Paths and languages (src/lib/urls.ts) under a root base and a project base, with and without its slash.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { basePath, langOf, pageUrl, siteUrl, splitPath, twinUrl } from '../../src/lib/urls.ts';

test('the base path ends in one slash, whether or not BASE_PATH has one', () => {
  assert.equal(basePath('/'), '/');
  assert.equal(basePath('/repo'), '/repo/');
  assert.equal(basePath('/repo/'), '/repo/');
});

test('site and page URLs sit under the base; English pages under en/', () => {
  assert.equal(siteUrl('/annex-2/section-1/#m2019-1-1-1-a', '/repo'), '/repo/annex-2/section-1/#m2019-1-1-1-a');
  assert.equal(siteUrl('data/measures.csv', '/'), '/data/measures.csv');
  assert.equal(pageUrl('', 'ja', '/'), '/');
  assert.equal(pageUrl('', 'en', '/repo'), '/repo/en/');
  assert.equal(pageUrl('annex-1/section-1', 'en', '/repo/'), '/repo/en/annex-1/section-1/');
});

test('a path splits into its language and the rest; a page whose name starts with "en" is Japanese', () => {
  assert.deepEqual(splitPath('/repo/en/part-1/', '/repo/'), { lang: 'en', rest: 'part-1/' });
  assert.deepEqual(splitPath('/repo/en', '/repo/'), { lang: 'en', rest: '' });
  assert.deepEqual(splitPath('/energy/', '/'), { lang: 'ja', rest: 'energy/' });
});

test('the twin of a page is the same path in the other language', () => {
  assert.equal(twinUrl('/repo/en/part-1/chapter-1/', 'ja', '/repo/'), '/repo/part-1/chapter-1/');
  assert.equal(twinUrl('/part-1/chapter-1/', 'en', '/'), '/en/part-1/chapter-1/');
  assert.equal(twinUrl('/', 'en', '/'), '/en/');
});

test('a Starlight locale or lang names a page language; the root is Japanese', () => {
  assert.equal(langOf(undefined), 'ja');
  assert.equal(langOf('root'), 'ja');
  assert.equal(langOf('en'), 'en');
});
