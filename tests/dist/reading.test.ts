// Reading and citing (issue 14) on the built site: English pages mark every Japanese text lang="ja", their
// table of contents lists the body's headings one for one, and the official source is linked.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse, type HTMLElement, type Node, TextNode } from 'node-html-parser';
import { join } from 'node:path';
import source from '../../src/data/official-source.json' with { type: 'json' };
import en from '../../src/content/i18n/en.json' with { type: 'json' };
import ja from '../../src/content/i18n/ja.json' with { type: 'json' };
import { PARSE_OPTIONS } from '../../src/lib/japaneseRuns.ts';
import { PHRASE_TARGETS, phrasesOf } from '../../src/lib/phraseBreaks.ts';
import { builtPages, distDir } from '../support/built-pages.ts';

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
  const missing = pages.filter((p) => !dom(p.file).querySelector(`footer ~ .official-source a[href="${source.url}"], .official-source a[href="${source.url}"]`));
  assert.deepEqual(missing.map((p) => p.path), []);
  for (const path of ['', 'about/', 'en/', 'en/about/']) {
    const page = dom(pages.find((p) => p.path === path)!.file);
    const explained = page.querySelectorAll('main .official-source').map((el) => el.textContent);
    const lang = path.startsWith('en') ? 'en' : 'ja';
    assert.ok(explained.some((t) => t.includes({ ja, en }[lang]['reading.sourceWhere'])), `/${path}`);
  }
});

// The break opportunities are in the HTML and the rule that forbids the others is plain CSS
// (`word-break: keep-all`, in every engine since 2015), so what the Chromium tests see holds in any browser.
describe('phrase breaks on every page, whatever the browser', () => {
  /** Runs of text nodes parted only by <wbr>: each run is one text of the page before the build split it. */
  function wbrRuns(el: HTMLElement, runs: string[][], current: { run: string[] | undefined }): void {
    for (const child of el.childNodes as Node[]) {
      if (child instanceof TextNode) {
        if (current.run) current.run.push(child.text);
        else runs.push((current.run = [child.text]));
      } else if ((child as HTMLElement).tagName === 'WBR') {
        if (!current.run) runs.push((current.run = ['']));
      } else if ((child as HTMLElement).tagName) {
        current.run = undefined;
        wbrRuns(child as HTMLElement, runs, current);
        current.run = undefined;
      }
    }
  }

  test('every Japanese heading, navigation entry, table header and caption is parted exactly at BudouX phrases', () => {
    const wrong: string[] = [];
    let parted = 0;
    for (const p of pages) {
      const seen = new Set<HTMLElement>();
      for (const el of dom(p.file).querySelectorAll(PHRASE_TARGETS)) {
        if ([...seen].some((outer) => outer !== el && outer.querySelectorAll('*').includes(el))) continue;
        seen.add(el);
        const runs: string[][] = [];
        wbrRuns(el, runs, { run: undefined });
        for (const run of runs) {
          const text = run.join('');
          if (!JAPANESE.test(text)) continue;
          const expected = phrasesOf(text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
          const found = run.map((t) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
          if (expected.length > 1) parted++;
          if (found.join('|') !== expected.join('|')) wrong.push(`/${p.path}: ${found.join('|')} ≠ ${expected.join('|')}`);
        }
      }
    }
    assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} texts not parted at their phrases`);
    assert.ok(parted > 5000, `${parted} texts parted`);
  });

  test('the built CSS keeps every phrase-break target from breaking inside a phrase (keep-all)', () => {
    const cssDir = join(distDir, '_astro');
    const css = readdirSync(cssDir).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(cssDir, f), 'utf8')).join('\n');
    const keepAll = [...css.matchAll(/([^{}]+)\{[^}]*word-break:\s*keep-all/g)].flatMap((m) => splitSelectors(m[1]!));
    const targets = splitSelectors(PHRASE_TARGETS);
    assert.deepEqual(targets.filter((t) => !keepAll.includes(t)), []);
  });
});

/** A selector list split at its top-level commas, without spaces, as a minifier writes it. */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= list.length; i++) {
    const c = list[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if ((c === ',' && depth === 0) || i === list.length) {
      out.push(list.slice(start, i).replace(/\s*([(),>])\s*/g, '$1').replace(/\s+/g, ' ').trim());
      start = i + 1;
    }
  }
  return out.filter(Boolean);
}
