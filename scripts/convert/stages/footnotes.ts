import { fail, quoteLine } from '../messages.ts';
import type { FootnoteMarker, LineRole, SourceLine } from '../types.ts';
import type { RawFootnote } from './pageFurniture.ts';

/** Characters that follow a number that is a quantity, not a footnote marker (`2019 年`, `13 件`). */
const QUANTITY_FOLLOWERS = /^[\d,.年月日件名%％位時分秒回個社人者台万億円歳倍割:]/;
/** Characters that precede a number that is part of a larger number or of a page number. */
const NUMBER_PRECEDERS = /[\d,.\-－]$/;

export interface MarkerOverride {
  /** Text around the marker, as printed; the marker is the first `label` inside it. */
  context: string;
  /** 0-based offset of the marker inside `context`. */
  at: number;
}

/** The unit whose first line starts each footnote series; markers of a series are looked for from there. */
export const footnoteSeriesUnits = { main: 'intro', annex4: 'a4', annex6: 'a6' } as const;

/**
 * Finds the marker of each footnote (seed-structure.md §4.3): the footnote's number glued to the text
 * above its ruler, after the previous footnote's marker. A number directly after a space counts only
 * where an override says so (別添6 table cells such as `－ 9`), because bare numbers there are data.
 */
export function footnoteMarkers(
  lines: readonly SourceLine[],
  roles: readonly LineRole[],
  order: readonly number[],
  footnotes: readonly RawFootnote[],
  overrides: Readonly<Record<string, MarkerOverride>>,
  seriesStarts: Readonly<Record<string, number>>,
): FootnoteMarker[] {
  const positionInOrder = new Map(order.map((index, position) => [index, position]));
  const markers: FootnoteMarker[] = [];
  let previous = { position: 0, column: 0 };
  let series = '';

  for (const footnote of footnotes) {
    if (footnote.series !== series) {
      series = footnote.series;
      const startLine = seriesStarts[series];
      if (startLine === undefined) throw new Error(`no start line for footnote series ${series}`);
      previous = { position: positionInOrder.get(startLine - 1)!, column: 0 };
    }
    const rulerPosition = positionInOrder.get(footnote.rulerLine - 1)!;
    const override = overrides[footnote.id];
    // An override may point below the ruler: 別添6 データ4's table, with markers 20 and 21, was moved after the footnotes (L23912).
    const searchEnd = override ? order.length : rulerPosition;
    let hit: { position: number; column: number } | undefined;
    for (let position = previous.position; position < searchEnd && !hit; position++) {
      const index = order[position]!;
      const role = roles[index];
      if (role?.kind !== 'content' && role?.kind !== 'unitHeading') continue;
      const text = lines[index]!.text;
      const fromColumn = position === previous.position ? previous.column : 0;
      const found = override ? findOverride(text, override, fromColumn) : findGlued(text, footnote.label, fromColumn);
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
    const index = order[hit.position]!;
    const source = lines[index]!;
    markers.push({
      footnoteId: footnote.id,
      label: footnote.label,
      position: {
        start: { line: source.line, column: hit.column + 1, offset: source.offset + hit.column },
        end: { line: source.line, column: hit.column + 1 + footnote.label.length, offset: source.offset + hit.column + footnote.label.length },
      },
    });
    if (hit.position < rulerPosition) previous = { position: hit.position, column: hit.column + footnote.label.length };
  }
  return markers;
}

function findGlued(text: string, label: string, from: number): number | undefined {
  for (let at = text.indexOf(label, from); at !== -1; at = text.indexOf(label, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + label.length);
    if (before === '' || /\s$/.test(before) || NUMBER_PRECEDERS.test(before)) continue;
    if (QUANTITY_FOLLOWERS.test(after)) continue;
    return at;
  }
  return undefined;
}

function findOverride(text: string, override: MarkerOverride, from: number): number | undefined {
  const at = text.indexOf(override.context, Math.max(0, from - override.at));
  return at === -1 || at + override.at < from ? undefined : at + override.at;
}
