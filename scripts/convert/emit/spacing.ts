/**
 * The one change made to displayed text (README, "Text normalisation"). The extraction puts spaces
 * around half-width runs unevenly (`2020 年度` ×125 against `2020年度` ×16, seed-structure.md §7.2), so:
 *  1. a run of spaces between a wide character (kanji, kana, full-width forms, CJK punctuation) and a
 *     half-width one (ASCII, or a Latin, Greek or Cyrillic letter) is removed: `2020 年度` → `2020年度`,
 *     `IoT 機器` → `IoT機器`, `β 版` → `β版`;
 *  2. any other run of two or more spaces becomes one space: `柳  孝` → `柳 孝`;
 *  3. a single space between two half-width characters (`Apache Struts`) or two wide ones (`内閣官房 原`) stays.
 * No other character is touched: full-width digits, letters and brackets stay as printed.
 */
const WIDE = '\\u2460-\\u24ff\\u2500-\\u27bf\\u2e80-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6\\u203b';
// Half-width: ASCII, and the letters of other alphabets (β of 「β 版」), which the extraction spaces like ASCII.
const HALF = '!-~\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';

const wideThenHalf = new RegExp(`([${WIDE}]) +(?=[${HALF}])`, 'gu');
const halfThenWide = new RegExp(`([${HALF}]) +(?=[${WIDE}])`, 'gu');

export function normaliseSpacing(text: string): string {
  return text.replace(wideThenHalf, '$1').replace(halfThenWide, '$1').replace(/ {2,}/g, ' ');
}
