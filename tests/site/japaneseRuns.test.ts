// Japanese runs on English pages (src/lib/japaneseRuns.ts), on toy pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markJapanese } from '../../src/lib/japaneseRuns.ts';

const page = (lang: string, body: string) => `<html lang="${lang}"><head><title>総務省</title></head><body>${body}</body></html>`;

test('a measure key in an English link gets its marker marked Japanese, brackets included', () => {
  assert.equal(
    markJapanese(page('en', '<a href="#x">FY2019 plan and results 4.2(1)(ア) →</a>')),
    page('en', '<a href="#x">FY2019 plan and results 4.2(1)<span lang="ja">(ア)</span> →</a>'),
  );
});

test('text already inside lang="ja", and Japanese pages, are left alone', () => {
  const en = page('en', '<div lang="ja"><p>総務省の施策</p></div>');
  assert.equal(markJapanese(en), en);
  const ja = page('ja', '<p>総務省の施策</p>');
  assert.equal(markJapanese(ja), ja);
});

test('an option or SVG text, which cannot hold a span, gets lang="ja" itself', () => {
  assert.equal(
    markJapanese(page('en', '<select><option value="/">日本語</option></select><svg><text x="1">件数</text></svg>')),
    page('en', '<select><option lang="ja" value="/">日本語</option></select><svg><text lang="ja" x="1">件数</text></svg>'),
  );
});

test('entities survive and English around the Japanese stays outside the span', () => {
  assert.equal(
    markJapanese(page('en', '<p>Ministry: 総務省 &amp; 経済産業省</p>')),
    page('en', '<p>Ministry: <span lang="ja">総務省</span> &amp; <span lang="ja">経済産業省</span></p>'),
  );
});

test('code blocks are parsed as markup: only their text is marked, never their tags', () => {
  assert.equal(
    markJapanese(page('en', '<pre><code><span style="--0:#C792EA">4.2(1)(エ)</span></code></pre>')),
    page('en', '<pre><code><span style="--0:#C792EA">4.2(1)<span lang="ja">(エ)</span></span></code></pre>'),
  );
});
