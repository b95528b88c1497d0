import { REPORT_UNITS } from '../reportUnits.ts';
import { fail, quoteLine } from '../messages.ts';
import type { FootnoteMarker, LineRole, SourceLine } from '../types.ts';
import type { RawFootnote } from './pageFurniture.ts';

/** Characters that follow a number that is a quantity, not a footnote marker (`2019 年`, `13 件`). */
const QUANTITY_FOLLOWERS = /^[\d,.年月日件名%％位時分秒回個社人者台万億円歳倍割:]/;
/** Characters that precede a number that is part of a larger number, of a page number or of an item number `(2)` (L19071). */
const NUMBER_PRECEDERS = /[\d,.\-－(（]$/;
/** A table cell with no value, printed as a dash, that refers to a note: `－ 3`, `- 9` (L23501, L23641). */
const DASH_CELL = /(?:^|\s)[-－] $/;

export interface MarkerOverride {
  /** Text around the marker, as printed; the marker is the first `label` inside it. */
  context: string;
  /** 0-based offset of the marker inside `context`. */
  at: number;
}

export interface MarkerRules {
  /** Markers that the rules cannot find, by footnote id (scripts/convert/data/footnote-markers.json). */
  overrides: Readonly<Record<string, MarkerOverride>>;
  /** Table column heads a note number is printed after, with a space (別添6 `今期件数  2`, `一つ星 20`). */
  columnHeads: readonly string[];
}

/** The unit whose first line starts each footnote series; markers of a series are looked for from there. */
export const footnoteSeriesUnits = { main: REPORT_UNITS.introduction, annex4: REPORT_UNITS.governmentAgencies, annex6: REPORT_UNITS.dataSets } as const;

/**
 * Page starts of the PDF (seed-structure.md §2.1): a line that begins with exactly one space and
 * directly follows a text line. The rule misses some pages, never invents one between a page's text and
 * its footnotes; a missed start only widens the stretch searched for references.
 */
export function pageStarts(lines: readonly SourceLine[]): Set<number> {
  const starts = new Set<number>();
  lines.forEach((l, i) => {
    if (i > 0 && /^ \S/.test(l.text) && lines[i - 1]!.text.trim() !== '') starts.add(l.line);
  });
  return starts;
}

/**
 * Finds every printed reference to each footnote (seed-structure.md §4.3). The first is the footnote's
 * number glued to the text after the previous footnote's marker and after the previous page's footnotes;
 * later ones are the same number again on the footnote's own page of the PDF: the text above its ruler
 * back to the page start, and text printed after its footnotes (a displaced table, L23912). A number
 * directly after a space counts only in a dash cell (`－ 3`: no value, see note 3) or after one of the
 * table column heads; elsewhere bare numbers are data. Markers are numbered per footnote in reading
 * order; the first keeps the plain id `fnref-<series>-<label>`.
 * A line stage (stage.ts): it runs before the tree exists and decides what source lines are.
 */
export function footnoteMarkers(
  lines: readonly SourceLine[],
  roles: readonly LineRole[],
  order: readonly number[],
  footnotes: readonly RawFootnote[],
  rules: MarkerRules,
  seriesStarts: Readonly<Record<string, number>>,
): FootnoteMarker[] {
  const positionInOrder = new Map(order.map((index, position) => [index, position]));
  const starts = pageStarts(lines);
  const isText = (position: number): boolean => {
    const kind = roles[order[position]!]?.kind;
    return kind === 'content' || kind === 'unitHeading';
  };
  const markers: FootnoteMarker[] = [];
  let previous = { position: 0, column: 0 };
  let floor = 0;
  let series = '';
  let ruler = -1;

  for (const footnote of footnotes) {
    if (footnote.series !== series) {
      series = footnote.series;
      const startLine = seriesStarts[series];
      if (startLine === undefined) throw new Error(`no start line for footnote series ${series}`);
      previous = { position: positionInOrder.get(startLine - 1)!, column: 0 };
    }
    const rulerPosition = positionInOrder.get(footnote.rulerLine - 1)!;
    if (footnote.rulerLine !== ruler) {
      // A marker is on the page of its footnote: never on an earlier page, whose text ends after its footnotes.
      if (ruler !== -1) {
        const before = displacedText(lines, footnotes, ruler, positionInOrder, order, starts);
        floor = before.length > 0 ? before[before.length - 1]! + 1 : afterFootnotes(footnotes, ruler, positionInOrder);
      }
      ruler = footnote.rulerLine;
    }
    const from = previous.position >= floor ? previous : { position: floor, column: 0 };
    const displaced = displacedText(lines, footnotes, footnote.rulerLine, positionInOrder, order, starts);
    const override = rules.overrides[footnote.id];
    const find = (text: string, column: number): number | undefined =>
      override ? findOverride(text, override, column) : findMarker(text, footnote.label, column, rules.columnHeads, 'first');
    let hit: { position: number; column: number } | undefined;
    for (let position = from.position; position < rulerPosition && !hit; position++) {
      if (!isText(position)) continue;
      const found = find(lines[order[position]!]!.text, position === from.position ? from.column : 0);
      if (found !== undefined) hit = { position, column: found };
    }
    for (const position of displaced) {
      if (hit) break;
      if (!isText(position)) continue;
      const found = find(lines[order[position]!]!.text, 0);
      if (found !== undefined) hit = { position, column: found };
    }
    if (!hit) {
      fail({
        line: footnote.lines[0]!,
        column: 1,
        reason: `footnote ${footnote.label} (${footnote.series}) has no marker in the text above its ruler`,
        rule: 'footnotes/marker-missing',
        expected: `the number ${footnote.label} glued to the text between the previous marker and the ruler at line ${footnote.rulerLine}`,
        found: quoteLine(lines[footnote.lines[0]! - 1]!.text),
        fix: 'add an entry to scripts/convert/data/footnote-markers.json with the text around the marker',
      });
    }
    if (hit.position < rulerPosition) previous = { position: hit.position, column: hit.column + footnote.label.length };

    // The same number again on the footnote's page: back from the ruler to the page start, and the displaced text.
    let pageTop = rulerPosition;
    while (pageTop > floor && !starts.has(order[pageTop]! + 1)) pageTop -= 1;
    const page = [...range(pageTop, rulerPosition), ...displaced].filter(isText);
    const found = [hit];
    for (const position of page) {
      const text = lines[order[position]!]!.text;
      for (let column = 0; ; ) {
        const at = findMarker(text, footnote.label, column, rules.columnHeads, 'repeat');
        if (at === undefined) break;
        if (!(position === hit.position && at === hit.column)) found.push({ position, column: at });
        column = at + 1;
      }
    }
    const rank = (p: { position: number }): number => (p.position < rulerPosition ? p.position : order.length + p.position);
    found.sort((a, b) => rank(a) - rank(b) || a.column - b.column);
    found.forEach((h, k) => {
      const source = lines[order[h.position]!]!;
      markers.push({
        footnoteId: footnote.id,
        label: footnote.label,
        refId: referenceId(footnote.id, k + 1),
        position: {
          start: { line: source.line, column: h.column + 1, offset: source.offset + h.column },
          end: { line: source.line, column: h.column + 1 + footnote.label.length, offset: source.offset + h.column + footnote.label.length },
        },
      });
    });
  }
  return markers;
}

/** The id of the `n`th reference to a footnote: `fnref-main-1`, then `fnref-main-1-2`, `fnref-main-1-3`. */
export function referenceId(footnoteId: string, n: number): string {
  const base = footnoteId.replace(/^fn-/, 'fnref-');
  return n === 1 ? base : `${base}-${n}`;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** The position just after the last footnote line under the ruler at `rulerLine`. */
function afterFootnotes(footnotes: readonly RawFootnote[], rulerLine: number, positionInOrder: ReadonlyMap<number, number>): number {
  const last = Math.max(...footnotes.filter((f) => f.rulerLine === rulerLine).flatMap((f) => f.lines));
  return positionInOrder.get(last - 1)! + 1;
}

/** Text printed after a ruler's footnotes and before the next page starts: displaced there from the page above. */
function displacedText(
  lines: readonly SourceLine[],
  footnotes: readonly RawFootnote[],
  rulerLine: number,
  positionInOrder: ReadonlyMap<number, number>,
  order: readonly number[],
  starts: ReadonlySet<number>,
): number[] {
  const positions: number[] = [];
  for (let position = afterFootnotes(footnotes, rulerLine, positionInOrder); position < order.length; position++) {
    const line = lines[order[position]!]!;
    if (starts.has(line.line) || /^ {20,}$/.test(line.text)) break;
    positions.push(position);
  }
  return positions;
}

/**
 * Where `label` is a marker in `text`, at or after `from`: in a dash cell or after a column head, with a
 * space or glued; for a footnote's first marker also glued to any text. A later number glued to prose is
 * part of a name (`（JC3）` on the page of note 3, L204), so it is not a repeat.
 */
export function findMarker(text: string, label: string, from: number, columnHeads: readonly string[], which: 'first' | 'repeat'): number | undefined {
  for (let at = text.indexOf(label, from); at !== -1; at = text.indexOf(label, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + label.length);
    if (/^\d/.test(after)) continue;
    const inTable = DASH_CELL.test(before) || columnHeads.some((head) => before.trimEnd().endsWith(head));
    if (inTable) {
      if (after === '' || /^\s/.test(after)) return at;
      continue;
    }
    if (which === 'repeat' || before === '' || /\s$/.test(before) || NUMBER_PRECEDERS.test(before)) continue;
    if (QUANTITY_FOLLOWERS.test(after)) continue;
    return at;
  }
  return undefined;
}

function findOverride(text: string, override: MarkerOverride, from: number): number | undefined {
  const at = text.indexOf(override.context, Math.max(0, from - override.at));
  return at === -1 || at + override.at < from ? undefined : at + override.at;
}
