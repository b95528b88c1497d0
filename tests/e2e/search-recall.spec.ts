// Issue 15 item 1: a word found in a record's text finds that record, wherever it sits in a longer
// run of kanji or katakana (中小企業 in 中小企業等, テレワーク in テレワークセキュリティガイドライン).
// Measured over every glossary term and a sample of words the records are cut into; ≥ 99 % required.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { RANKING } from '../../src/lib/search/client.ts';
import { normalizeQuery, prepareQuery } from '../../src/lib/search/text.ts';
import { basePath } from './support/site.ts';

interface IndexedRecord {
  url: string;
  text: string;
}

const glossary = (JSON.parse(readFileSync('content/data/glossary.json', 'utf8')) as { terms: { term: string }[] }).terms.map((t) => t.term);
// Pagefind's content marks word boundaries with zero-width spaces: the text as printed has none.
const fold = (s: string) => normalizeQuery(s.replace(/\u200b/g, '')).toLowerCase().replace(/\s+/g, '');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Where a word occurs in folded text; a Latin or digit end must not continue a longer Latin word (AI ≠ mAIl). */
const occurrence = (word: string) => {
  const w = fold(word);
  return new RegExp(`${/^[a-z0-9]/.test(w) ? '(?<![a-z0-9])' : ''}${escapeRegExp(w)}${/[a-z0-9]$/.test(w) ? '(?![a-z0-9])' : ''}`, 'u');
};
const JAPANESE_WORD = /^[\p{Script=Han}\p{Script=Katakana}ー]{2,}$/u;

test('words inside longer kanji and katakana runs find every record that holds them (≥ 99 %)', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('search/');
  const bundle = `${basePath}pagefind/pagefind.js`;
  // Every record as the index holds it (a search with no term lists them all): its indexed text, which
  // begins with the title where the title is indexed (not a measure row's caption, shared by its table).
  const records: IndexedRecord[] = await page.evaluate(
    async ({ bundle, base, ranking }) => {
      const pf = await import(bundle);
      await pf.options({ baseUrl: base, ranking });
      const { results } = await pf.search(null, { filters: {} });
      return Promise.all(
        results.map(async (r: { data: () => Promise<{ url: string; content: string }> }) => {
          const d = await r.data();
          return { url: d.url, text: d.content };
        }),
      );
    },
    { bundle, base: basePath, ranking: RANKING },
  );
  expect(records.length).toBeGreaterThan(1000);
  const folded = records.map((r) => fold(r.text));

  // The sample: every 10th of the distinct kanji/katakana words the records are cut into, in code-point order.
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  const cut = new Set<string>();
  for (const r of records) for (const s of segmenter.segment(normalizeQuery(r.text.replace(/\u200b/g, '')))) if (JAPANESE_WORD.test(s.segment)) cut.add(s.segment);
  const sample = [...cut].sort().filter((_, i) => i % 10 === 0);
  const words = [...new Set([...glossary, ...sample, ...['中小企業', 'テレワーク', 'マルウェア', 'ネットワーク']])];

  const found: string[][] = await page.evaluate(
    async ({ bundle, base, ranking, queries }) => {
      const pf = await import(bundle);
      await pf.options({ baseUrl: base, ranking });
      const out: string[][] = [];
      for (const q of queries) {
        const { results } = await pf.search(q);
        out.push(await Promise.all(results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url)));
      }
      return out;
    },
    { bundle, base: basePath, ranking: RANKING, queries: words.map(prepareQuery) },
  );

  let holding = 0;
  let returned = 0;
  const short: string[] = [];
  for (const [i, word] of words.entries()) {
    const pattern = occurrence(word);
    const want = records.filter((_, n) => pattern.test(folded[n]!)).map((r) => r.url);
    const got = new Set(found[i]);
    const hit = want.filter((url) => got.has(url)).length;
    holding += want.length;
    returned += hit;
    if (hit < want.length) short.push(`${word}: ${hit}/${want.length}, e.g. not ${want.find((u) => !got.has(u))}`);
  }
  const recall = returned / holding;
  console.log(`recall of ${words.length} words (${glossary.length} glossary terms, ${sample.length} sampled): ${returned}/${holding} = ${(recall * 100).toFixed(1)} %; ${words.length - short.length} words find every record`);
  if (short.length) console.log(`words that miss records (${short.length}):\n  ${short.slice(0, 40).join('\n  ')}`);
  expect(recall).toBeGreaterThanOrEqual(0.99);
});
