import { fail, quoteLine } from '../messages.ts';
import { isBlank } from '../source.ts';
import type { FootnoteSeries, LineRole, SourceLine } from '../types.ts';

/** Patterns of the page furniture that needs no context (seed-structure.md §2.2–§2.4, §4.3). */
const furniturePatterns = {
  // L1345 `- 24 -`: 13 surviving page numbers.
  pageNumber: /^- \d+ - ?$/,
  // L5086 ` （本ページは白紙です。）  `: 4 blank pages.
  blankPageMarker: /^\s*（本ページは白紙です。）\s*$/,
  // L71: a line of 29, 46 or 51 spaces above a page's footnotes.
  footnoteRuler: /^ {20,}$/,
} as const;

/**
 * L19295–19297: a footnote that is only a URL prints the cited document's title on the next line, in
 * brackets (`（第８回…）`, `「CRYPTREC Report 2018(…)」(CRYPTREC)`); the URL line already ends in a space.
 * The next page's first line starts with a space, so a bracket at column 1 is still the footnote.
 */
const urlOnlyFootnote = /^\d+ https?:\/\/\S+ ?$/;
const citedTitle = /^[「（].*[」）)] ?$/;
/**
 * L1428–1430: an English footnote wraps at a word space, so its line ends in a space like a closed one;
 * a line that starts with a lowercase Latin letter goes on with it (a footnote starts with its number,
 * the next page with a space).
 */
const latinRest = /^[a-z]/;

/** Footnote numbering restarts in each of these, in this order (main text 1–33, 別添4 1–5, 別添6 1–24). */
export const footnoteSeriesOrder: readonly FootnoteSeries[] = ['main', 'annex4', 'annex6'];

/** The lines of one footnote text, as printed below a ruler. */
export interface RawFootnote {
  id: string;
  series: FootnoteSeries;
  label: string;
  /** The ruler this footnote hangs under. */
  rulerLine: number;
  lines: number[];
}

export interface FurnitureResult {
  roles: LineRole[];
  footnotes: RawFootnote[];
}

export function footnoteId(series: FootnoteSeries, label: string): string {
  return `fn-${series}-${label}`;
}

/**
 * Drops the context-free page furniture (page numbers, blank-page markers, footnote rulers) and takes
 * the footnote texts under each ruler out of the text flow. A footnote block is the run of numbered
 * footnotes under a ruler, each continuing until a line that ends in a space (unless the next line is the
 * rest of an English sentence or, after a bare URL, the cited title in brackets); it ends at the first line that is not the next number of its series.
 * A line stage (stage.ts): it runs before the tree exists and decides what source lines are.
 */
export function pageFurniture(lines: readonly SourceLine[]): FurnitureResult {
  const roles: LineRole[] = lines.map((l) => (isBlank(l.text) ? { kind: 'blank' } : { kind: 'content' }));
  const footnotes: RawFootnote[] = [];
  let seriesIndex = -1;
  let nextNumber = 1;

  lines.forEach((l, i) => {
    if (furniturePatterns.pageNumber.test(l.text)) roles[i] = { kind: 'furniture', class: 'pageNumber' };
    else if (furniturePatterns.blankPageMarker.test(l.text)) roles[i] = { kind: 'furniture', class: 'blankPageMarker' };
    else if (furniturePatterns.footnoteRuler.test(l.text)) roles[i] = { kind: 'furniture', class: 'footnoteRuler' };
  });

  for (let i = 0; i < lines.length; i++) {
    if (!(roles[i]?.kind === 'furniture' && (roles[i] as { class: string }).class === 'footnoteRuler')) continue;
    const ruler = lines[i]!;
    let j = i + 1;
    let open: { footnote: RawFootnote; closed: boolean; citesByUrl: boolean } | undefined;
    let taken = 0;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (roles[j]?.kind !== 'content') {
        if (roles[j]?.kind === 'blank') continue;
        break;
      }
      if (open && !open.closed) {
        open.footnote.lines.push(line.line);
        roles[j] = { kind: 'footnote', footnoteId: open.footnote.id };
        open.closed = line.text.endsWith(' ');
        continue;
      }
      if (open && ((open.citesByUrl && citedTitle.test(line.text)) || latinRest.test(line.text))) {
        open.footnote.lines.push(line.line);
        roles[j] = { kind: 'footnote', footnoteId: open.footnote.id };
        open.citesByUrl = false;
        continue;
      }
      const start = line.text.match(/^(\d+)(?!\d)/);
      const number = start ? Number(start[1]) : NaN;
      const isFirstOfBlock = taken === 0;
      if (isFirstOfBlock && number === 1) {
        seriesIndex += 1;
        nextNumber = 1;
      }
      if (number !== nextNumber || seriesIndex < 0) break;
      const series = footnoteSeriesOrder[seriesIndex];
      if (series === undefined) {
        fail({
          line: line.line,
          column: 1,
          reason: 'footnote numbering restarts more often than the report has footnote series',
          rule: 'pageFurniture/footnote-series',
          expected: `at most ${footnoteSeriesOrder.length} series (${footnoteSeriesOrder.join(', ')})`,
          found: quoteLine(line.text),
        });
      }
      const footnote: RawFootnote = {
        id: footnoteId(series, String(number)),
        series,
        label: String(number),
        rulerLine: ruler.line,
        lines: [line.line],
      };
      footnotes.push(footnote);
      roles[j] = { kind: 'footnote', footnoteId: footnote.id };
      open = { footnote, closed: line.text.endsWith(' '), citesByUrl: urlOnlyFootnote.test(line.text) };
      nextNumber += 1;
      taken += 1;
    }
    if (taken === 0) {
      fail({
        line: ruler.line,
        column: 1,
        reason: 'a footnote ruler with no footnote under it',
        rule: 'pageFurniture/ruler-without-footnote',
        expected: seriesIndex < 0 ? 'a line `1 …` (the first footnote)' : `a line \`${nextNumber} …\` or \`1 …\` (a new series)`,
        found: quoteLine(lines.slice(i + 1).find((l) => !isBlank(l.text))?.text ?? '(end of file)'),
        fix: 'check that the footnote text was not lost or renumbered in the extraction',
      });
    }
    if (open && !open.closed) {
      const last = open.footnote.lines[open.footnote.lines.length - 1]!;
      fail({
        line: last,
        column: 1,
        reason: `footnote ${open.footnote.label} does not end before the next page`,
        rule: 'pageFurniture/footnote-unterminated',
        expected: 'its last line to end in a space',
        found: quoteLine(lines[last - 1]!.text),
      });
    }
  }
  return { roles, footnotes };
}
