/**
 * Character classes of the printed report, shared by the converter (spacing, line ends, table column
 * widths), the search indexer and the search box, so that all of them cut text the same way.
 */
import { eastAsianWidthType } from 'get-east-asian-width';

/** Letters and letter-like numbers (β, Ⅳ) are set like Latin even where Unicode leaves their width open. */
const LETTER = /[\p{L}\p{Nl}]/u;

/**
 * A character the report prints two columns wide: East Asian Wide and Fullwidth (kanji, kana, CJK
 * punctuation, full-width forms), and the Ambiguous symbols a Japanese font sets wide (※, ①, ○, ◎, →).
 * Ambiguous letters (β, Ⅳ) are not: 「Delta Wall Ⅳ」 keeps its space.
 */
export function isWide(c: string | undefined): boolean {
  if (c === undefined || c === '') return false;
  const type = eastAsianWidthType(c.codePointAt(0)!);
  return type === 'wide' || type === 'fullwidth' || (type === 'ambiguous' && !LETTER.test(c));
}

/** Half-width: ASCII, and the letters of other alphabets (β of 「β 版」), which the extraction spaces like ASCII. */
const HALF = /^[!-~\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]$/u;
export const isHalf = (c: string | undefined): boolean => c !== undefined && HALF.test(c);

/** Display columns of a text: wide characters take two. */
export function columns(text: string): number {
  let width = 0;
  for (const c of text) width += isWide(c) ? 2 : 1;
  return width;
}

/** Kana or kanji: text without them (English labels, numbers, ASCII ids) is not Japanese. */
export const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

export type JapaneseScript = 'kanji' | 'katakana' | 'hiragana';

/** The script of a Japanese character as far as word boundaries go: kanji (with 々 and 〆), katakana (with ー), hiragana. */
export function japaneseScript(c: string): JapaneseScript | undefined {
  if (/[\p{Script=Han}々〆]/u.test(c)) return 'kanji';
  if (/[\p{Script=Katakana}ー]/u.test(c)) return 'katakana';
  if (/\p{Script=Hiragana}/u.test(c)) return 'hiragana';
  return undefined;
}

/** A space between these two characters is one the extraction put between a wide and a half-width run. */
export const mixedWidths = (before: string, after: string): boolean => (isWide(before) && isHalf(after)) || (isHalf(before) && isWide(after));
