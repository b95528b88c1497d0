/**
 * Text normalisation shared by the indexer (scripts/search/) and the search UI, so that a query and
 * the indexed text meet in the same form. Pagefind folds neither width (ＩｏＴ ≠ IoT, ﾃﾚﾜｰｸ ≠ テレワーク)
 * nor the extraction's spaces (「2020 年度」), see README "Search".
 */

// Full-width digits and Latin letters, and half-width katakana (with their sound marks and ｰ).
const WIDTH_VARIANTS = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff65-\uff9f]+/gu;

/**
 * Index side: folds only the width variants of letters, digits and katakana, so that excerpts keep the
 * report's wide brackets and punctuation (which Pagefind does not index anyway).
 */
export function foldWidth(text: string): string {
  return text.replace(WIDTH_VARIANTS, (run) => run.normalize('NFKC'));
}

// Same classes as the converter's spacing rule (scripts/convert/emit/spacing.ts), after NFKC.
const WIDE = '\\u2e80-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const HALF = '!-~';
const wideThenHalf = new RegExp(`([${WIDE}])\\s+(?=[${HALF}])`, 'gu');
const halfThenWide = new RegExp(`([${HALF}])\\s+(?=[${WIDE}])`, 'gu');

/**
 * Query side: NFKC (width, half-width kana with their sound marks), then the spaces a reader types
 * between a number or acronym and Japanese are dropped, as the converter drops them from the text:
 * 「２０２０ 年度」 → 「2020年度」. A space between two Japanese words stays a word break (AND).
 */
export function normalizeQuery(query: string): string {
  return query
    .normalize('NFKC')
    .replace(wideThenHalf, '$1')
    .replace(halfThenWide, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

const words = new Intl.Segmenter('ja', { granularity: 'word' });

/**
 * What the search UI hands to Pagefind: the normalised query cut into words with the same segmenter
 * Pagefind uses on Japanese pages (Intl.Segmenter). Pagefind segments only when the page itself is
 * `lang="ja"`, so doing it here makes an English page's search behave exactly like a Japanese one's.
 * A quoted phrase is left for Pagefind's exact search.
 */
export function prepareQuery(query: string): string {
  const normalized = normalizeQuery(query);
  if (/^".+"$/.test(normalized)) return normalized;
  return [...words.segment(normalized)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment)
    .join(' ');
}
