/**
 * Text normalisation shared by the search records (scripts/convert/emit/search/) and the search UI, so that a query and
 * the indexed text meet in the same form. Pagefind folds neither width (ＩｏＴ ≠ IoT, ﾃﾚﾜｰｸ ≠ テレワーク)
 * nor the extraction's spaces (「2020 年度」), see README "Search".
 */
import { type JapaneseScript, japaneseScript, mixedWidths } from '../chars.ts';

// Full-width digits and Latin letters, and half-width katakana (with their sound marks and ｰ).
const WIDTH_VARIANTS = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff65-\uff9f]+/gu;

/**
 * Index side: folds only the width variants of letters, digits and katakana, so that excerpts keep the
 * report's wide brackets and punctuation (which Pagefind does not index anyway).
 */
export function foldWidth(text: string): string {
  return text.replace(WIDTH_VARIANTS, (run) => run.normalize('NFKC'));
}

// The same classes as the converter's spacing rule (scripts/convert/emit/spacing.ts), after NFKC.
const SPACE_RUN = /(\S)\s+(?=(\S))/gu;

/**
 * Query side: NFKC (width, half-width kana with their sound marks), then the spaces a reader types
 * between a number or acronym and Japanese are dropped, as the converter drops them from the text:
 * 「２０２０ 年度」 → 「2020年度」. A space between two Japanese words stays a word break (AND).
 */
export function normalizeQuery(query: string): string {
  return query
    .normalize('NFKC')
    .replace(SPACE_RUN, (run, before: string, after: string) => (mixedWidths(before, after) ? before : run))
    .replace(/\s+/gu, ' ')
    .trim();
}

const words = new Intl.Segmenter('ja', { granularity: 'word' });


/**
 * Index side: marks where a run of kanji, katakana or hiragana meets another script, with the zero-width
 * space Pagefind itself puts between the segments it finds. Pagefind's segmenter (charabia) sometimes
 * joined the end of a hiragana run to the kanji after it (…だった中/小/企業等), so a query word starting
 * there missed the record. Within a run it is left to Pagefind, which indexes every piece of a run
 * (a katakana word's endings, a kanji run's pairs), so a query word in the middle of a run still meets
 * it. Cutting runs here as the query side does (Intl.Segmenter) was worse: in context it cuts unknown
 * katakana words into letters (フ/ィ/ッ/シン/グサイト). Invisible in titles and excerpts.
 */
export function markWordBoundaries(text: string): string {
  let out = '';
  let previous: JapaneseScript | undefined;
  for (const c of text) {
    const script = japaneseScript(c);
    if (script && previous && script !== previous) out += '\u200b';
    out += c;
    previous = script;
  }
  return out;
}

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
