import { REPORT_UNITS } from '../reportUnits.ts';
import { fail, quoteLine } from '../messages.ts';
import { compact } from '../source.ts';
import type { LineRole, SourceLine } from '../types.ts';
import type { LocatedUnit } from './units.ts';

/** L5101: the header of each 「戦略…より」 box; 66 in 別添1 and the same 66 in 別添2 (seed-structure.md §4.9). */
export const STRATEGY_BOX_HEADER = '戦略（2018年７月27日閣議決定。2018年～2021年の諸施策の目標と実施方針）より';

/** Headings of the strategy tree inside 別添1/別添2: `1 …`, `1.1 …`, `(1)…` (L5093–5097, L8050–8054). */
const treeHeadingPatterns = [
  { level: 1, pattern: /^\s?([1-9]) (\S.*)$/ },
  { level: 2, pattern: /^\s?([1-9])\.([1-9]) (\S.*)$/ },
  { level: 3, pattern: /^\s?\(([1-9])\) ?(\S.*)$/ },
] as const;

/** A heading wraps over at most this many lines (L5169 `(3)…ビジネスの` + L5171 `強化␠`). */
const MAX_TREE_HEADING_LINES = 2;

interface TreeHeading {
  /** 0-based indexes of the heading's lines. */
  indexes: number[];
  key: string;
}

/**
 * Reads the strategy-tree headings of an annex region in order, accepting a line only when its number
 * is the next one expected, so that running heads (L7807 `4 横断的施策`) and cross-references are not
 * taken for headings.
 */
export function treeHeadings(lines: readonly SourceLine[], roles: readonly LineRole[], from: number, to: number): TreeHeading[] {
  const headings: TreeHeading[] = [];
  let top = 0;
  let sub = 0;
  let leaf = 0;
  const isText = (i: number): boolean => roles[i]?.kind === 'content' || roles[i]?.kind === 'unitHeading';
  for (let i = from; i < to; i++) {
    if (!isText(i)) continue;
    const text = lines[i]!.text;
    const group = [i];
    for (let j = i + 1; !lines[group[group.length - 1]!]!.text.endsWith(' ') && j < to && group.length < MAX_TREE_HEADING_LINES; j++) {
      if (isText(j)) group.push(j);
    }
    if (!lines[group[group.length - 1]!]!.text.endsWith(' ')) continue;
    const [t, s, n] = treeHeadingPatterns.map((p) => text.match(p.pattern));
    const found = (key: string): void => {
      headings.push({ indexes: group, key });
      i = group[group.length - 1]!;
    };
    if (t && Number(t[1]) === top + 1) {
      top += 1;
      sub = 0;
      leaf = 0;
      found(`${top}`);
    } else if (s && Number(s[1]) === top && Number(s[2]) === sub + 1) {
      sub += 1;
      leaf = 0;
      found(`${top}.${sub}`);
    } else if (n && Number(n[1]) === leaf + 1 && top > 0) {
      leaf += 1;
      found(`${top}${sub ? `.${sub}` : ''}(${leaf})`);
    }
  }
  return headings;
}

function boxIndexes(lines: readonly SourceLine[], roles: readonly LineRole[], from: number, to: number): number[] {
  const boxes: number[] = [];
  for (let i = from; i < to; i++) if (roles[i]?.kind === 'content' && compact(lines[i]!.text) === STRATEGY_BOX_HEADER) boxes.push(i);
  return boxes;
}

/**
 * Undoes the heading hoisting of 別添1 (seed-structure.md §5.1): the extraction prints all headings of a
 * PDF page at its top, above rows that still belong to the previous page's table. 別添2 prints the same
 * 66 boxes with inline headings, so box k of 別添1 belongs to the key of box k of 別添2; each heading of
 * 別添1 is moved down to just above the first box whose key does not come before its own.
 * Returns the document order as a list of 0-based line indexes.
 * A line stage (stage.ts): it runs before the tree exists and decides what source lines are.
 */
export function hoistedHeadings(lines: readonly SourceLine[], roles: readonly LineRole[], located: readonly LocatedUnit[]): number[] {
  const start = (id: string): number => {
    const unit = located.find((u) => u.declaration.id === id);
    if (unit?.startLine === undefined) throw new Error(`unit ${id} has no start line`);
    return unit.startLine - 1;
  };
  // 別添2 prints no lines of its own: its tables start with its first section.
  const results2019 = located.find((u) => u.declaration.parent === REPORT_UNITS.results2019)!.declaration.id;
  const [annex1From, annex1To, annex2To] = [start(REPORT_UNITS.plan2020), start(results2019), start(REPORT_UNITS.ministryEvaluations)];

  const planned = treeHeadings(lines, roles, annex1From, annex1To);
  const reported = treeHeadings(lines, roles, annex1To, annex2To);
  const keyOrder = new Map(reported.map((h, order) => [h.key, order]));
  const reportedBoxes = boxIndexes(lines, roles, annex1To, annex2To);
  const plannedBoxes = boxIndexes(lines, roles, annex1From, annex1To);
  if (plannedBoxes.length !== reportedBoxes.length) {
    fail({
      line: lines[annex1From]!.line,
      column: 1,
      reason: '別添1 and 別添2 do not have the same number of strategy boxes',
      rule: 'hoistedHeadings/box-count',
      expected: `${reportedBoxes.length} boxes in 別添1, as in 別添2`,
      found: `${plannedBoxes.length}`,
    });
  }
  const keyOfReportedBox = reportedBoxes.map((box) => [...reported].reverse().find((h) => h.indexes[0]! < box)?.key ?? '');
  for (const heading of planned) {
    if (!keyOrder.has(heading.key)) {
      fail({
        line: lines[heading.indexes[0]!]!.line,
        column: 1,
        reason: `heading ${heading.key} of 別添1 has no counterpart in 別添2`,
        rule: 'hoistedHeadings/unknown-key',
        expected: 'the same strategy tree in both annexes (seed-structure.md §3.3)',
        found: quoteLine(lines[heading.indexes[0]!]!.text),
      });
    }
  }

  const headingAt = new Map(planned.flatMap((h) => h.indexes.map((i) => [i, h] as const)));
  const boxKeyAt = new Map(plannedBoxes.map((index, k) => [index, keyOfReportedBox[k]!]));
  const order: number[] = [];
  for (let i = 0; i < annex1From; i++) order.push(i);
  let pending: TreeHeading[] = [];
  for (let i = annex1From; i < annex1To; i++) {
    const heading = headingAt.get(i);
    if (heading) {
      if (heading.indexes[0] === i) pending.push(heading);
      continue;
    }
    const boxKey = boxKeyAt.get(i);
    if (boxKey !== undefined) {
      const limit = keyOrder.get(boxKey)!;
      order.push(...pending.filter((h) => keyOrder.get(h.key)! <= limit).flatMap((h) => h.indexes));
      pending = pending.filter((h) => keyOrder.get(h.key)! > limit);
    }
    order.push(i);
  }
  order.push(...pending.flatMap((h) => h.indexes));
  for (let i = annex1To; i < lines.length; i++) order.push(i);
  return order;
}
