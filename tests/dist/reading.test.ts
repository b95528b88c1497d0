// Reading and citing (issue 14) on the built site: English pages mark every Japanese text lang="ja", their
// table of contents lists the body's headings one for one, and the official source is linked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse, type HTMLElement, type Node, TextNode } from 'node-html-parser';
import reading from '../../src/data/reading.json' with { type: 'json' };
import { PARSE_OPTIONS } from '../../src/lib/japaneseRuns.ts';
import { builtPages } from '../support/built-pages.ts';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const pages = builtPages().filter((p) => p.path !== '404.html');
const english = pages.filter((p) => p.path.startsWith('en/'));
const dom = (file: string) => parse(readFileSync(file, 'utf8'), PARSE_OPTIONS);

/** Japanese text nodes of the body whose nearest lang is not ja, shortened, for the failure message. */
function unmarked(body: HTMLElement): string[] {
  const found: string[] = [];
  const walk = (el: HTMLElement, lang: string) => {
    for (const child of el.childNodes as Node[]) {
      if (child instanceof TextNode) {
        if (lang !== 'ja' && JAPANESE.test(child.text)) found.push(`<${el.tagName.toLowerCase()}> ${child.text.trim().slice(0, 30)}`);
      } else if ((child as HTMLElement).tagName && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes((child as HTMLElement).tagName)) {
        walk(child as HTMLElement, (child as HTMLElement).getAttribute('lang') ?? lang);
      }
    }
  };
  walk(body, 'en');
  return found;
}

describe('English pages', () => {
  test('no kana or kanji outside an element with lang="ja"', () => {
    assert.ok(english.length >= 60, `${english.length} English pages`);
    const failures = english.flatMap((p) => unmarked(dom(p.file).querySelector('body')!).map((t) => `/${p.path}: ${t}`));
    assert.deepEqual(failures.slice(0, 20), [], `${failures.length} unmarked Japanese texts`);
  });

  test('the table of contents has one entry per heading of the body, in the same order', () => {
    let checked = 0;
    for (const p of english) {
      const page = dom(p.file);
      const toc = page.querySelector('starlight-toc');
      if (!toc) continue;
      const entries = toc.querySelectorAll('a').map((a) => a.getAttribute('href')!).filter((h) => h !== '#_top');
      const headings = page.querySelectorAll('.sl-markdown-content :is(h2, h3, h4, h5, h6)[id]').map((h) => `#${h.id}`);
      assert.deepEqual(entries, headings, `/${p.path}`);
      checked += headings.length;
    }
    assert.ok(checked > 400, `${checked} headings checked`);
  });

  test('2部2章 explains the three 【…】 blocks and lists them in English under their section', () => {
    const page = dom(english.find((p) => p.path === 'en/part-2/chapter-2/')!.file);
    const notice = page.querySelector('aside.language-notice')!;
    for (const label of ['【昨年度の取組実績】', '【評価】', '【今年度の取組】']) {
      assert.ok(notice.querySelectorAll('[lang="ja"]').some((el) => el.textContent === label), label);
    }
    const evaluation = page.querySelector('starlight-toc a[href="#p2-c2-s1-1-evaluation"]')!;
    assert.equal(evaluation.textContent.trim(), 'Evaluation');
    assert.equal(evaluation.closest('ul')!.parentNode!.querySelector('a')!.getAttribute('href'), '#p2-c2-s1-1', 'listed under 1.1');
  });

  test('the measure tables explain the item markers (ア) = (a)', () => {
    const page = dom(english.find((p) => p.path === 'en/annex-2/section-2/')!.file);
    assert.match(page.querySelector('aside.language-notice')!.textContent, /\(ア\), \(イ\), \(ウ\) … read as \(a\), \(b\), \(c\)/);
  });
});

test("every page links to NISC's site, the publisher of the original PDF; home and About say where the PDF is", () => {
  const missing = pages.filter((p) => !dom(p.file).querySelector(`footer ~ .official-source a[href="${reading.sourceUrl}"], .official-source a[href="${reading.sourceUrl}"]`));
  assert.deepEqual(missing.map((p) => p.path), []);
  for (const path of ['', 'about/', 'en/', 'en/about/']) {
    const page = dom(pages.find((p) => p.path === path)!.file);
    const explained = page.querySelectorAll('main .official-source').map((el) => el.textContent);
    const lang = path.startsWith('en') ? 'en' : 'ja';
    assert.ok(explained.some((t) => t.includes(reading[lang].sourceWhere)), `/${path}`);
  }
});
