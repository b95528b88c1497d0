// Phrase-aware line breaks (applied by src/integrations/japaneseText.ts) for short Japanese text (headings, navigation, table headers, captions):
// BudouX splits the text into phrases at build time and a <wbr> marks each boundary; the CSS sets
// `word-break: keep-all` on the same elements, so a browser breaks such a line only between phrases,
// in every browser (Chromium's own `word-break: auto-phrase` exists only there). Body text is left alone:
// there, breaking anywhere is the Japanese norm and gives even lines.
import { loadDefaultJapaneseParser } from 'budoux';
import { parse, type HTMLElement, type Node, TextNode } from 'node-html-parser';
import { JAPANESE } from './chars.ts';
import { PARSE_OPTIONS } from './japaneseRuns.ts';

/**
 * The elements whose text gets phrase breaks. src/styles/custom.css sets `word-break: keep-all` on the
 * same list (section "Phrase-aware line breaks"): keep both in step.
 */
export const PHRASE_TARGETS = [
  'main :is(h1, h2, h3, h4, h5, h6, th, caption, figcaption)',
  '#starlight__sidebar :is(a, summary)',
  ':is(starlight-toc, mobile-starlight-toc) a',
  '.report-contents a',
  '.printed-contents a',
].join(', ');

const parser = loadDefaultJapaneseParser();

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** BudouX's phrases of a text; joined, they give the text back unchanged. */
export const phrasesOf = (text: string): string[] => parser.parse(text);

function textNodesUnder(el: HTMLElement, out: Set<TextNode>): void {
  for (const child of el.childNodes as Node[]) {
    if (child instanceof TextNode) out.add(child);
    else if ((child as HTMLElement).tagName !== undefined) textNodesUnder(child as HTMLElement, out);
  }
}

/**
 * Returns the page with a <wbr> between the phrases of every Japanese text inside PHRASE_TARGETS, and
 * nothing else changed (the rest of the markup is copied byte for byte).
 */
export function insertPhraseBreaks(html: string, targets = PHRASE_TARGETS): string {
  const root = parse(html, PARSE_OPTIONS);
  const nodes = new Set<TextNode>();
  for (const el of root.querySelectorAll(targets)) textNodesUnder(el, nodes);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const node of nodes) {
    const text = node.text;
    if (!JAPANESE.test(text)) continue;
    const phrases = phrasesOf(text);
    if (phrases.length < 2) continue;
    const [start, end] = node.range;
    edits.push({ start, end, text: phrases.map(escapeText).join('<wbr>') });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = html;
  for (const { start, end, text } of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
