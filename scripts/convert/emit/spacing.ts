/**
 * The one change made to displayed text (README, "Text normalisation"). The extraction puts spaces
 * around half-width runs unevenly (`2020 年度` ×125 against `2020年度` ×16, seed-structure.md §7.2), so:
 *  1. a run of spaces between a wide character (kanji, kana, full-width forms, CJK punctuation) and a
 *     half-width one (ASCII, or a Latin, Greek or Cyrillic letter) is removed: `2020 年度` → `2020年度`,
 *     `IoT 機器` → `IoT機器`, `β 版` → `β版`;
 *  2. a run of spaces between full-width closing punctuation (、。」）】…) and kana or kanji is removed: `「情報開示分科会」 を開催。 同分科会` → `「情報開示分科会」を開催。同分科会`;
 *  3. any other run of two or more spaces becomes one space: `柳  孝` → `柳 孝`;
 *  4. a single space between two half-width characters (`Apache Struts`) or two wide ones (`内閣官房 原`) stays;
 *  5. an item number that starts a paragraph or a cell keeps one space before its text, as a heading's does
 *     (`1.1 新たな価値創出`, `2.1.2.(1) 対策基準の策定`; the extraction prints 240 such numbers with a space, 36 without).
 * No other character is touched: full-width digits, letters and brackets stay as printed.
 * Wide and half-width are the classes of src/lib/chars.ts.
 */
import { isWide, mixedWidths } from '../../../src/lib/chars.ts';

// Full-width closing punctuation carries its own spacing, so print never puts a space between it and a word
// (kana or kanji); a space next to a symbol (①, －) separates two items or parts, and stays.
const CLOSING = /[、。，．」』）】〕]/u;
const WORD = /[\u3040-\u30ff\u3400-\u9fff]/u;

/** Whether the extraction's run of spaces between these two characters goes (rules 1 and 2). */
const dropsSpace = (before: string, after: string): boolean =>
  mixedWidths(before, after) || (CLOSING.test(before) && WORD.test(after)) || (WORD.test(before) && CLOSING.test(after));

/** A run of spaces with the characters either side of it. */
const SPACE_RUN = /([^ ]) +(?=([^ ]))/gu;

/**
 * An item number at the start of a paragraph: `1.1`, `2.1.2.(1)`, `(2)`, followed by its spaces and then a wide
 * character. Its parts are single digits, as the report numbers its sections; a count is not one (`66.41 件`).
 */
const itemNumber = /^(\s*(?:[0-9](?:\.[0-9])+\.?(?:\([0-9]+\))?|\([0-9]+\))) +(?=([^ ]))/u;

export function normaliseSpacing(text: string, options: { paragraphStart?: boolean } = {}): string {
  const item = options.paragraphStart ? itemNumber.exec(text) : null;
  if (item && isWide(item[2])) return `${item[1]} ${normaliseSpacing(text.slice(item[0].length))}`;
  return text.replace(SPACE_RUN, (run, before: string, after: string) => (dropsSpace(before, after) ? before : run)).replace(/ {2,}/g, ' ');
}
