import type { BlockContext } from '../blockContext.ts';
import { fail, quoteLine } from '../../messages.ts';
import type { BlockNode, ChartSpec } from '../../types.ts';
import { blockLines, joinedInlines, lineCells, lineText, replaceLines, tableNode } from './lines.ts';

/** L20622 ` 2018 年度 2019 年度 2020 年度 `. */
const YEAR = /\d{4} ?年度/g;
/** L20624 `当初予算額 621.1 億円 …`, L20626 `補正予算額 13 億円 52 億円 － `: an amount or a dash for none. */
const ROW = /^(\S+予算額) (.*)$/;
const AMOUNT = /[\d.]+ ?億円|－/g;
const NOTE = /^※/;

/** 別添4-10 (seed-structure.md §3.5): the budget table, 2018–2020, with a chart of the same figures. */
export function budget(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  const lines = blockLines(blocks).filter((l) => lineText(context, l).trim() !== '');
  const headerLine = lines.find((l) => (lineText(context, l).match(YEAR) ?? []).length >= 2);
  if (headerLine === undefined) fail({ line: lines[0] ?? 1, column: 1, reason: 'the budget table has no row of years', rule: 'budget/header-missing', fix: 'update YEAR in stages/annexes/budget.ts to the years as printed (` 2018 年度 …`), or check that 別添4-10 still holds the table (scripts/convert/data/units.json)', expected: '` 2018 年度 2019 年度 2020 年度 `' });
  const years = lineText(context, headerLine).match(YEAR)!;
  const rowLines = lines.filter((l) => ROW.test(lineText(context, l).trim()));
  const noteLines = lines.filter((l) => l > headerLine && NOTE.test(lineText(context, l).trim()));
  const series: ChartSpec['series'] = [];
  const rows = rowLines.map((line) => {
    const [, label, rest] = lineText(context, line).trim().match(ROW)!;
    const amounts = rest!.match(AMOUNT) ?? [];
    if (amounts.length !== years.length) fail({ line, column: 1, reason: `a budget row has ${amounts.length} amounts for ${years.length} years`, rule: 'budget/row-width', fix: 'widen AMOUNT in stages/annexes/budget.ts (`621.1 億円`, `－`) to the amount of this row it does not read', found: quoteLine(context.lines[line - 1]!.text) });
    series.push({ name: label!, points: amounts.map((a, k) => ({ x: years[k]!.replace(/ /g, ''), y: a === '－' ? null : Number.parseFloat(a) })) });
    const [labelCell, ...amountCells] = lineCells(context, line, [label!, ...amounts]);
    return [{ ...labelCell!, header: true }, ...amountCells];
  });
  const head = [{ paragraphs: [[]] }, ...lineCells(context, headerLine, years)];
  const used = [headerLine, ...rowLines, ...noteLines];
  const table = tableNode(context, used, {
    id: 'a4-10-budget',
    label: '政府のサイバーセキュリティ関係予算額の推移',
    head: [head],
    rows,
    notes: noteLines.map((l) => joinedInlines(context, [l])),
    chart: { kind: 'bar', unit: '億円', xLabel: '年度', series },
  });
  return replaceLines(blocks, used, table, 'budget/paragraph-overlap');
}
