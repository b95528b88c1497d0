import type { BlockContext } from '../blockContext.ts';
import { fail, quoteLine } from '../../messages.ts';
import { normaliseSpacing } from '../../emit/spacing.ts';
import type { BlockNode, ChartSpec, HeadingNode, TableCell } from '../../types.ts';
import { inlineText } from '../inlines.ts';
import { rankings } from './rankings.ts';
import { blockLines, cell, cellInlines, joinedInlines, lineCells, lineText, replaceLines, squash, tableNode } from './lines.ts';

/** A year as 別添6 prints it in table headers: L23882 `平成 29 年度`, `令和元年度`, `令和 2 年度`. */
const FISCAL_YEAR = /(?:平成|令和) ?(?:\d+|元) ?年度/g;
/** A count: `4,172`, `20,762`. */
const COUNT = /^[\d,]+$/;
const toNumber = (text: string): number => Number(text.replace(/,/g, ''));

/** Everything 別添6 prints as a table: rebuilt in place, except データ4's, which goes back under データ4. */
export function dataSets(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  let result = darknet(blocks, context);
  result = registrations(result, context, 'a6-d4', 'a6-d4-registrations', '一つ星');
  result = registrations(result, context, 'a6-d5', 'a6-d5-registrants', '4月登録');
  result = examResults(result, context);
  result = rankings(result, context);
  return result;
}

/** L23397 `2014 2015 2016 2017 2018 2019`: the x axis of データ1.1's chart. */
const YEARS = /^\d{4}( \d{4})+$/;
/** L23414 `パケット数（億）`: the y axis title, with the unit. */
const AXIS_TITLE = /（億）$/;
/** L23402 `37.4％`, L23404 `Windows を狙った攻撃 ９％`, L23418 `１％  等`: a share ends a label of データ1.2. */
const SHARE = /([\d０-９.．]+％)( +等)?$/;

/**
 * データ1: the PDF drew two charts, and the extraction printed their labels after データ1.2's heading
 * (L23379–23418). データ1.1's counts are the bare numbers, one per year of the year line; the numbers
 * after them (0, 1000, 2000, 3000) are the printed chart's axis scale, kept in the table's lines but not
 * shown, since the rebuilt chart draws its own axis. The counts go back under データ1.1 as a table and a
 * chart; what remains, labels each ending in a share (％), is データ1.2's breakdown.
 */
export function darknet(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  const section = sectionBlocks(blocks, 'a6-d1-2');
  const lines = blockLines(blocks.slice(section.start + 1, section.end)).filter((l) => lineText(context, l).trim() !== '');
  const yearLine = lines.find((l) => YEARS.test(lineText(context, l).trim()));
  const axisLine = lines.find((l) => AXIS_TITLE.test(lineText(context, l).trim()));
  if (yearLine === undefined || axisLine === undefined) fail({ line: lines[0] ?? 1, column: 1, reason: 'データ1.1 without its years or axis title', rule: 'dataSets/darknet', fix: 'update YEARS or AXIS_TITLE in stages/annexes/dataSets.ts to the year line and the axis title (`パケット数（億）`) as printed, or the heading ids a6-d1-1 and a6-d1-2 if the headings changed' });
  const years = lineText(context, yearLine).trim().split(' ');
  const numbers = lines.filter((l) => l < yearLine && /^\d+$/.test(lineText(context, l).trim()));
  const values = numbers.slice(0, years.length);
  const scale = numbers.slice(years.length).map((l) => Number(lineText(context, l).trim()));
  if (values.length !== years.length || scale[0] !== 0 || scale.some((v, k) => k > 0 && v <= scale[k - 1]!)) {
    fail({ line: numbers[0] ?? yearLine, column: 1, reason: `データ1.1 has ${values.length} counts for ${years.length} years, then no axis scale from 0`, rule: 'dataSets/darknet-values', fix: 'the bare numbers before the year line must be one count per year and then the axis scale from 0: check which lines the extraction put there, and YEARS in stages/annexes/dataSets.ts' });
  }
  const rows = lineCells(context, yearLine, years).map((year, k) => [{ ...year, header: true }, cell(cellInlines(context, values[k]!, lineText(context, values[k]!).trim()))]);
  const countLines = [...numbers, yearLine, axisLine];
  const heading11 = blocks[sectionBlocks(blocks, 'a6-d1-1').start] as HeadingNode;
  const counts = tableNode(context, countLines, {
    id: 'a6-d1-1-counts',
    label: headingLabel(heading11),
    head: [[{ paragraphs: [[]] }, cell(cellInlines(context, axisLine, lineText(context, axisLine).trim()))]],
    rows,
    chart: { kind: 'line', unit: '億パケット', xLabel: '年', series: [{ name: squash(lineText(context, axisLine)), points: years.map((y, k) => ({ x: y, y: Number(lineText(context, values[k]!).trim()) })) }] },
  });

  const shareLines = lines.filter((l) => !countLines.includes(l));
  const shareRows: TableCell[][] = [];
  let label: number[] = [];
  for (const line of shareLines) {
    const text = lineText(context, line);
    const share = text.match(SHARE);
    if (!share) {
      label.push(line);
      continue;
    }
    const before = text.slice(0, share.index).trim();
    const labelCell = cell([...(label.length > 0 ? joinedInlines(context, label, 'cell') : []), ...(before ? cellInlines(context, line, before) : [])], true);
    shareRows.push([labelCell, cell(cellInlines(context, line, share[0].trim(), share.index! + 1))]);
    label = [];
  }
  if (label.length > 0) fail({ line: label[0]!, column: 1, reason: 'a label of データ1.2 without its share', rule: 'dataSets/darknet-share', fix: 'widen SHARE in stages/annexes/dataSets.ts (`37.4％`, `１％ 等`) to the share that ends this label', found: quoteLine(context.lines[label[0]! - 1]!.text) });
  const heading12 = blocks[section.start] as HeadingNode;
  const shares = tableNode(context, shareLines, { id: 'a6-d1-2-shares', label: headingLabel(heading12), head: [], rows: shareRows });
  // The extraction ran the two charts' labels together into paragraphs; both tables take them whole.
  const withoutCounts = replaceLines(blocks, [...countLines, ...shareLines], shares, 'dataSets/paragraph-overlap');
  const target = sectionBlocks(withoutCounts, 'a6-d1-1');
  return [...withoutCounts.slice(0, target.end), counts, ...withoutCounts.slice(target.end)];
}

/** Lines of the blocks from the heading with id `from` up to the next heading of the same depth or above. */
function sectionBlocks(blocks: readonly BlockNode[], id: string): { start: number; end: number } {
  const start = blocks.findIndex((b) => b.type === 'heading' && b.id === id);
  if (start === -1) throw new Error(`no heading ${id}`);
  const depth = (blocks[start] as HeadingNode).depth;
  let end = start + 1;
  while (end < blocks.length && !(blocks[end]!.type === 'heading' && (blocks[end] as HeadingNode).depth <= depth)) end += 1;
  return { start, end };
}

/**
 * データ4 and データ5: a row of years, a row of sub-heads (`一つ星20 二つ星21 …`, `4 月登録 10 月登録 …`)
 * and one row of counts. A new group of sub-heads starts at `groupStart`; year labels left over after the
 * groups (データ4's `累計`) and header lines between the years and the sub-heads (データ5's `累計` /
 * `登録者数`) are columns of their own. データ4's table is printed after データ5's footnotes
 * (L23910–23914, seed-structure.md §3.9): it is found from データ4's own sub-heads and put back
 * at the end of データ4.
 */
export function registrations(blocks: readonly BlockNode[], context: BlockContext, sectionId: string, id: string, groupStart: string): BlockNode[] {
  const lines = blockLines(blocks).filter((l) => lineText(context, l).trim() !== '');
  const subLine = lines.find((l) => squash(lineText(context, l)).startsWith(groupStart) && squash(lineText(context, l)).split(groupStart).length > 2);
  if (subLine === undefined) fail({ line: lines[0]!, column: 1, reason: `no row of sub-heads starting \`${groupStart}\``, rule: 'dataSets/subheads-missing', fix: 'update the sub-head markers in registrations() in stages/annexes/dataSets.ts (`一つ星`, `4 月登録`) to those printed' });
  const yearLine = [...lines].reverse().find((l) => l < subLine && (lineText(context, l).match(FISCAL_YEAR) ?? []).length >= 2)!;
  const valueLine = lines.find((l) => l > subLine)!;
  const between = lines.filter((l) => l > yearLine && l < subLine);
  const values = lineText(context, valueLine).trim().split(/ +/);
  if (!values.every((v) => COUNT.test(v))) fail({ line: valueLine, column: 1, reason: 'a row of counts holds something else', rule: 'dataSets/counts', fix: 'the line after the sub-heads must hold counts like `4,172` (COUNT in stages/annexes/dataSets.ts): widen COUNT, or check which line follows the sub-heads', found: quoteLine(context.lines[valueLine - 1]!.text) });

  // Sub-heads: split at each space that is followed by the start of a new sub-head (`一つ星 20` keeps its marker).
  const subText = context.lines[subLine - 1]!.text;
  const subStarts = [...subText.matchAll(/(一つ星|二つ星|登録のみ|\d+ 月登録)/g)].map((m) => m.index!);
  const subs = subStarts.map((at, k) => ({ at: at + 1, text: subText.slice(at, subStarts[k + 1] ?? subText.length).trimEnd() }));
  const groups: (typeof subs)[] = [];
  for (const sub of subs) {
    if (squash(sub.text).startsWith(groupStart) || groups.length === 0) groups.push([sub]);
    else groups[groups.length - 1]!.push(sub);
  }
  const yearText = context.lines[yearLine - 1]!.text;
  const yearCells = [...yearText.matchAll(/(?:平成|令和) ?(?:\d+|元) ?年度|合計|累計/g)].map((m) => ({ at: m.index! + 1, text: m[0] }));
  if (yearCells.length < groups.length) fail({ line: yearLine, column: 1, reason: `${groups.length} groups of sub-heads under ${yearCells.length} years`, rule: 'dataSets/groups', fix: 'every group of sub-heads needs its year above it: widen the year pattern in registrations() in stages/annexes/dataSets.ts (FISCAL_YEAR, `合計`, `累計`)' });
  // Extra columns: year labels beyond the groups, then header lines printed between years and sub-heads, paired.
  const extraFromYears = yearCells.slice(groups.length).map((y) => cell(cellInlines(context, yearLine, y.text, y.at)));
  const extraLines: number[][] = [];
  for (let k = 0; k < between.length; k += 2) extraLines.push(between.slice(k, k + 2));
  const extras = [...extraFromYears, ...extraLines.map((ls) => cell(joinedInlines(context, ls, 'cell')))];
  const columns = groups.reduce((n, g) => n + g.length, 0) + extras.length;
  if (columns !== values.length) fail({ line: valueLine, column: 1, reason: `${values.length} counts for ${columns} columns`, rule: 'dataSets/columns', fix: 'add the sub-head this row has a count for to the sub-head pattern in registrations() in stages/annexes/dataSets.ts', found: quoteLine(context.lines[valueLine - 1]!.text) });

  const used = [yearLine, ...between, subLine, valueLine];
  const heading = blocks[sectionBlocks(blocks, sectionId).start] as HeadingNode;
  const table = tableNode(context, used, {
    id,
    label: headingLabel(heading),
    head: [
      [
        ...groups.map((g, k) => ({ ...cell(cellInlines(context, yearLine, yearCells[k]!.text, yearCells[k]!.at)), colSpan: g.length })),
        ...extras.map((e) => ({ ...e, rowSpan: 2 })),
      ],
      groups.flat().map((s) => cell(cellInlines(context, subLine, s.text, s.at))),
    ],
    rows: [lineCells(context, valueLine, values)],
  });
  // Put the table at the end of its own section, wherever it was printed.
  const without = replaceLines(blocks, used, { type: 'paragraph', role: 'plain', children: [], lines: [], position: table.position }, 'dataSets/paragraph-overlap').filter(
    (b) => !(b.type === 'paragraph' && b.lines.length === 0),
  );
  const target = sectionBlocks(without, sectionId);
  return [...without.slice(0, target.end), table, ...without.slice(target.end)];
}

/** データ6 (L23925–24002): per fiscal year, 応募者数 / 受験者数 / 合格者数 for each exam and the year's total. */
export function examResults(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  const { start, end } = sectionBlocks(blocks, 'a6-d6');
  const lines = blockLines(blocks.slice(start + 1, end)).filter((l) => lineText(context, l).trim() !== '');
  const ROW = /^(?:((?:平成|令和) ?(?:\d+|元) ?年度) )?(応募者数|受験者数|合格者数)( .*)$/;
  const rowLines = lines.filter((l) => ROW.test(lineText(context, l).trim()));
  const headerLines = lines.filter((l) => l < rowLines[0]! && isHeaderLine(lineText(context, l)));
  const [kind, year, ...examHeads] = headerLines;
  if (headerLines.length < 5) fail({ line: rowLines[0] ?? lines[0]!, column: 1, reason: 'データ6 has no header', rule: 'dataSets/exam-header', fix: 'add the header line printed here to isHeaderLine() in stages/annexes/dataSets.ts' });
  // `情報セキュリティ` + `マネジメント23`, `情報処理安全確保` + `支援士24`, `年度合計`.
  const heads = [examHeads.slice(0, 2), examHeads.slice(2, 4), examHeads.slice(4)];
  const rows: TableCell[][] = [];
  const series: ChartSpec['series'] = heads.map((h) => ({ name: squash(h.map((l) => lineText(context, l)).join('')).replace(/\d+$/, ''), points: [] }));
  for (let k = 0; k < rowLines.length; k += 3) {
    const group = rowLines.slice(k, k + 3);
    const yearLine = group.find((l) => lineText(context, l).trim().match(ROW)![1]);
    if (group.length !== 3 || yearLine === undefined) fail({ line: group[0]!, column: 1, reason: 'a year of データ6 without its three rows', rule: 'dataSets/exam-rows', fix: 'each year of データ6 has 応募者数, 受験者数 and 合格者数 rows, the first with its year: widen ROW in examResults() in stages/annexes/dataSets.ts to the rows as printed' });
    const yearText = lineText(context, yearLine).trim().match(ROW)![1]!;
    group.forEach((line, r) => {
      const [, , label, rest] = lineText(context, line).trim().match(ROW)!;
      // One space separates cells; an empty cell leaves a double space (L23938 `  応募者数  52,043 52,043`).
      const values = rest!.slice(1).split(' ');
      if (values.length !== 3) fail({ line, column: 1, reason: `${values.length} cells where データ6 has 3`, rule: 'dataSets/exam-cells', fix: 'cells are parted by one space and an empty cell by two: check the spacing of this row, and ROW in examResults() in stages/annexes/dataSets.ts', found: quoteLine(context.lines[line - 1]!.text) });
      const cells = lineCells(context, line, values, context.lines[line - 1]!.text.indexOf(label!) + label!.length + 1);
      if (label === '合格者数') values.forEach((v, c) => series[c]!.points.push({ x: squash(yearText), y: v === '' ? null : toNumber(v) }));
      rows.push([
        ...(r === 0 ? [{ ...cell(cellInlines(context, yearLine, yearText), true), rowSpan: 3 }] : []),
        cell(cellInlines(context, line, label!), true),
        ...cells,
      ]);
    });
  }
  const used = [...headerLines, ...rowLines];
  const table = tableNode(context, used, {
    id: 'a6-d6-exams',
    label: '情報セキュリティマネジメント・情報処理安全確保支援士の合格者数推移',
    head: [[{ ...cell([...joinedInlines(context, [kind!]), { type: 'text', value: ' ' }, ...joinedInlines(context, [year!])]), colSpan: 2 }, ...heads.map((h) => cell(joinedInlines(context, h, 'cell')))]],
    rows,
    chart: { kind: 'line', unit: '人', xLabel: '年度', series },
  });
  return replaceLines(blocks, used, table, 'dataSets/paragraph-overlap');
}

/** データ6's header lines: `試験区分`, `年度`, the two exam names (each over two lines) and `年度合計`. */
function isHeaderLine(text: string): boolean {
  return /^(試験区分|年度|情報セキュリティ|マネジメント\d*|情報処理安全確保|支援士\d*|年度合計)$/.test(squash(text));
}

/** A heading's text as a table's accessible name, without its footnote references. */
function headingLabel(heading: HeadingNode): string {
  return normaliseSpacing(inlineText(heading.children.filter((c) => c.type !== 'footnoteReference'))).trim();
}
