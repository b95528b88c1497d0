// English pages: every run of Japanese outside the report text (a measure key's (ア) in a link, a ministry
// name, the 日本語 of the language menu) is marked lang="ja", so that a screen reader reads it with a
// Japanese voice. Done on the built page, so generated markup of any origin is covered.
import { parse, type HTMLElement, type Node, TextNode } from 'node-html-parser';
import { JAPANESE } from './chars.ts';

/** Kana, kanji, CJK punctuation and full-width forms, with the brackets of a marker such as (ア) around them. */
const RUN = /[(（]?[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\u30fc\uff00-\uffef]+[)）]?/gu;
/** Elements whose text cannot hold a <span>: the lang goes on the element itself. */
const TEXT_ONLY = new Set(['option', 'title', 'textarea', 'text', 'tspan', 'desc']);
const SKIP = new Set(['script', 'style', 'template', 'head']);

/** node-html-parser keeps <pre> as raw text by default; code blocks hold markup, so they are parsed too. */
export const PARSE_OPTIONS = { comment: true, blockTextElements: { script: true, noscript: true, style: true } };

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Returns the page with lang="ja" on every Japanese text outside an element of that language; other pages unchanged. */
export function markJapanese(html: string): string {
  const root = parse(html, PARSE_OPTIONS);
  const htmlEl = root.querySelector('html');
  if (htmlEl?.getAttribute('lang') !== 'en') return html;
  const edits: { start: number; end: number; text: string }[] = [];
  const walk = (el: HTMLElement, lang: string) => {
    for (const child of el.childNodes as Node[]) {
      if (child instanceof TextNode) {
        if (lang === 'ja' || !JAPANESE.test(child.text)) continue;
        const tag = el.tagName.toLowerCase();
        if (TEXT_ONLY.has(tag)) {
          const at = el.range[0] + 1 + tag.length;
          edits.push({ start: at, end: at, text: ' lang="ja"' });
        } else {
          const [start, end] = child.range;
          const text = child.text.replace(RUN, (run) => (JAPANESE.test(run) ? `\u0000${run}\u0001` : run));
          edits.push({ start, end, text: escapeText(text).replace(/\u0000/g, '<span lang="ja">').replace(/\u0001/g, '</span>') });
        }
      } else if ((child as HTMLElement).tagName && !SKIP.has((child as HTMLElement).tagName.toLowerCase())) {
        const own = (child as HTMLElement).getAttribute('lang');
        walk(child as HTMLElement, own ?? lang);
      }
    }
  };
  walk(root.querySelector('body') ?? root, 'en');
  edits.sort((a, b) => b.start - a.start);
  let out = html;
  for (const { start, end, text } of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
