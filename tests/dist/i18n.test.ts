/** Both languages of the built site: every page in each, and English chrome on English pages. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'node-html-parser';

const root = join(import.meta.dirname, '..', '..');
const dist = process.env.DIST_DIR ?? join(root, 'dist');
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (['pagefind', '_astro', 'data'].includes(e.name) ? [] : htmlFiles(join(dir, e.name))) : e.name === 'index.html' ? [join(dir, e.name)] : [],
  );
}

const pages = htmlFiles(dist).map((f) => relative(dist, f));
const english = pages.filter((p) => p.startsWith('en/'));
const japanese = pages.filter((p) => !p.startsWith('en/'));

describe('every page in both languages', () => {
  test('English pages converted from the report say that their text is Japanese', () => {
    const converted = english.filter((p) => parse(readFileSync(join(dist, p), 'utf8')).querySelector('aside.language-notice'));
    const edition = JSON.parse(readFileSync(join(root, 'content', 'data', 'edition.json'), 'utf8')) as { pages: number };
    assert.equal(converted.length, edition.pages, 'one English page per unit of the report');
  });

  test('each Japanese page has its English counterpart at /en/…, and each English page its Japanese one', () => {
    assert.ok(english.length >= 60, `${english.length} English pages`);
    assert.deepEqual(english.map((p) => p.slice(3)).sort(), japanese.sort());
  });

  test('<html lang> is ja on Japanese pages and en on English pages; the report text of English pages is marked lang="ja"', () => {
    for (const p of pages) {
      const dom = parse(readFileSync(join(dist, p), 'utf8'));
      assert.equal(dom.querySelector('html')!.getAttribute('lang'), p.startsWith('en/') ? 'en' : 'ja', p);
      // Pages converted from the report (content/docs/en/…) carry its Japanese text; the site's own pages do not.
      const content = dom.querySelector('.sl-markdown-content');
      if (p.startsWith('en/') && content && dom.querySelector('aside.language-notice')) {
        for (const generated of content.querySelectorAll('aside.language-notice, .child-pages')) generated.remove();
        const japaneseText = content.querySelectorAll('p, li, td, th, h2, h3, h4, dd, dt').filter((el) => JAPANESE.test(el.textContent) && !el.closest('[lang="ja"]'));
        assert.deepEqual(japaneseText.map((el) => el.textContent.slice(0, 40)), [], `${p}: Japanese text outside lang="ja"`);
      }
    }
  });
});

describe('English pages speak English where readers navigate', () => {
  for (const p of english) {
    test(p, () => {
      const dom = parse(readFileSync(join(dist, p), 'utf8'));
      const title = dom.querySelector('title')!.textContent;
      assert.doesNotMatch(title, JAPANESE, `<title> ${title}`);
      const description = dom.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      assert.doesNotMatch(description, JAPANESE, `description ${description}`);
      for (const a of dom.querySelectorAll('#starlight__sidebar a')) assert.doesNotMatch(a.textContent.trim(), JAPANESE, `sidebar label ${a.textContent.trim()}`);
      for (const a of dom.querySelectorAll('starlight-toc a, mobile-starlight-toc a')) assert.doesNotMatch(a.textContent.trim(), JAPANESE, `TOC entry ${a.textContent.trim()}`);
      for (const el of dom.querySelectorAll('.pagination-links a, h1')) assert.doesNotMatch(el.textContent.trim(), JAPANESE, `navigation ${el.textContent.trim()}`);
      for (const el of dom.querySelectorAll('table.measure-table thead th, table.measure-table caption')) {
        const text = el.textContent.replace(/[\u3040-\u30ff]/g, (c) => c); // keys like (ア) may appear in captions
        assert.doesNotMatch(text.replace(/\([\u30a0-\u30ff]\)/g, ''), JAPANESE, `table chrome ${text}`);
      }
      // Every table caption reads in English; a printed Japanese caption may follow, marked lang="ja".
      for (const caption of dom.querySelectorAll('main table caption')) {
        for (const original of caption.querySelectorAll('[lang="ja"]')) original.remove();
        const text = caption.textContent.replace(/\([\u30a0-\u30ff]\)/g, '').trim();
        assert.ok(text.length > 0, `${p}: a caption with no English`);
        assert.doesNotMatch(text, JAPANESE, `caption ${text}`);
      }
      const alternates = dom.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
      assert.deepEqual(alternates.sort(), ['en', 'ja', 'x-default']);
    });
  }
});

test('a Japanese page’s table of contents reads as its headings, without the footnote numbers they carry', () => {
  let entries = 0;
  for (const p of japanese) {
    const dom = parse(readFileSync(join(dist, p), 'utf8'));
    for (const a of dom.querySelectorAll('starlight-toc a')) {
      const heading = dom.querySelector(`main [id="${a.getAttribute('href')!.slice(1)}"]`);
      if (!heading || !/^H[2-6]$/.test(heading.tagName)) continue;
      for (const ref of heading.querySelectorAll('sup.fnref')) ref.remove();
      assert.equal(a.textContent.trim(), heading.textContent.trim(), `${p}: TOC entry for #${heading.id}`);
      entries++;
    }
  }
  assert.ok(entries > 500, `${entries} TOC entries checked`);
});

test('UI strings exist in both languages (src/content/i18n)', () => {
  const ja = JSON.parse(readFileSync(join(root, 'src', 'content', 'i18n', 'ja.json'), 'utf8')) as Record<string, string>;
  const en = JSON.parse(readFileSync(join(root, 'src', 'content', 'i18n', 'en.json'), 'utf8')) as Record<string, string>;
  assert.deepEqual(Object.keys(en).sort(), Object.keys(ja).sort());
  for (const [key, value] of Object.entries(en)) assert.doesNotMatch(value, JAPANESE, key);
  assert.ok(existsSync(join(dist, 'en', 'index.html')));
});
