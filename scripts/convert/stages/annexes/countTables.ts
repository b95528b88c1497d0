import type { BlockContext } from '../blockContext.ts';
import { fail, quoteLine } from '../../messages.ts';
import type { BlockNode, ChartSpec, TableCell } from '../../types.ts';
import { blockLines, cell, cellInlines, joinedInlines, lineCells, lineText, replaceLines, squash, tableNode } from './lines.ts';

/** L23081 `FY2016 FY2017 FY2018 FY2019`. */
const YEARS = /^FY\d{4}( FY\d{4})+$/;
/** L23083 `計 計 計 1Q 2Q 3Q 4Q 計`: each year's columns end with its `計`. */
const SUBS = /^(計|[1-4]Q)( (計|[1-4]Q))+$/;
/** L23085 `重要インフラ事業者等から NISC への情報連絡(※) 856 388 …`: a label and one count per column. */
const countsAtEnd = (columns: number): RegExp => new RegExp(`^(.*?) ((?:\\d+ ){${columns - 1}}\\d+)$`);
/** L23093 `※１)…以下のとおり。`: the sentence that introduces the next table is its caption. */
const INTRO = /^※[０-９\d]\)/;
/** L23173 `（注）FY:年度、Q:四半期`. */
const NOTE = /^（注）/;

/**
 * 別添5-5 (seed-structure.md §3.6): count tables by fiscal year and quarter. The first column's head is
 * the line above the years; a line without counts inside a table heads a group of rows (`意図的な原因`,
 * and `発`/`生`/`し`/`た`/`事`/`象` printed one character a line). The first table's 計 columns get a chart.
 */
export function countTables(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  const lines = blockLines(blocks).filter((l) => lineText(context, l).trim() !== '');
  let result = [...blocks];
  let n = 0;
  for (let k = 1; k < lines.length; k++) {
    if (!YEARS.test(lineText(context, lines[k]!).trim())) continue;
    const headLine = lines[k - 1]!;
    const yearLine = lines[k]!;
    const subLine = lines[k + 1]!;
    if (!SUBS.test(lineText(context, subLine).trim())) fail({ line: subLine, column: 1, reason: 'the years are not followed by their columns', rule: 'countTables/subs', fix: 'update SUBS in stages/annexes/countTables.ts to the columns printed under the years (`計`, `1Q` … `4Q`)', found: quoteLine(context.lines[subLine - 1]!.text) });
    const subText = context.lines[subLine - 1]!.text;
    const subs = [...subText.matchAll(/計|[1-4]Q/g)].map((m) => ({ at: m.index + 1, text: m[0] }));
    const yearText = context.lines[yearLine - 1]!.text;
    const years = [...yearText.matchAll(/FY\d{4}/g)].map((m) => ({ at: m.index + 1, text: m[0] }));
    const spans: number[] = [];
    let open = 0;
    for (const s of subs) {
      open += 1;
      if (s.text === '計') spans.push(open), (open = 0);
    }
    if (spans.length !== years.length) fail({ line: subLine, column: 1, reason: `${spans.length} 計 columns for ${years.length} years`, rule: 'countTables/years', fix: 'each year ends with a 計 column: check that SUBS in stages/annexes/countTables.ts reads every column of this line' });
    const row = countsAtEnd(subs.length);
    const rows: TableCell[][] = [];
    const used = [headLine, yearLine, subLine];
    let group: number[] = [];
    const closeGroup = (): void => {
      if (group.length === 0) return;
      rows.push([{ ...cell(joinedInlines(context, group, 'cell'), true), colSpan: subs.length + 1 }]);
      group = [];
    };
    let j = k + 2;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      const text = lineText(context, line).trim();
      if (YEARS.test(text) || INTRO.test(text) || NOTE.test(text) || lines[j + 1] !== undefined && YEARS.test(lineText(context, lines[j + 1]!).trim())) break;
      used.push(line);
      const m = text.match(row);
      if (!m) {
        group.push(line);
        continue;
      }
      closeGroup();
      const raw = context.lines[line - 1]!.text;
      rows.push([cell(cellInlines(context, line, m[1]!), true), ...lineCells(context, line, m[2]!.split(' '), raw.indexOf(m[2]!) + 1)]);
    }
    closeGroup();
    const intro = lines[k - 2] !== undefined && INTRO.test(lineText(context, lines[k - 2]!).trim()) ? lines[k - 2] : undefined;
    const note = lines[j] !== undefined && NOTE.test(lineText(context, lines[j]!).trim()) ? lines[j] : undefined;
    n += 1;
    const totals = subs.flatMap((s, c) => (s.text === '計' ? [c] : []));
    const chart: ChartSpec | undefined =
      n === 1
        ? {
            kind: 'line',
            unit: '件',
            xLabel: '年度',
            series: rows.filter((r) => r.length > 1).map((r) => ({ name: squash(r[0]!.paragraphs[0]!.map((i) => (i.type === 'text' ? i.value : '')).join('')), points: years.map((y, c) => ({ x: y.text, y: Number(squash(r[totals[c]! + 1]!.paragraphs[0]!.map((i) => (i.type === 'text' ? i.value : '')).join(''))) })) })),
          }
        : undefined;
    const all = [...(intro ? [intro] : []), ...used, ...(note ? [note] : [])].sort((a, b) => a - b);
    const table = tableNode(context, all, {
      id: `a5-5-t${n}`,
      caption: intro ? joinedInlines(context, [intro]) : [],
      label: squash(lineText(context, headLine)),
      head: [
        [
          { ...cell(cellInlines(context, headLine, lineText(context, headLine).trim())), rowSpan: 2 },
          ...years.map((y, c) => ({ ...cell(cellInlines(context, yearLine, y.text, y.at)), ...(spans[c]! > 1 ? { colSpan: spans[c] } : {}) })),
        ],
        subs.map((s) => cell(cellInlines(context, subLine, s.text, s.at))),
      ],
      rows,
      notes: note ? [joinedInlines(context, [note])] : [],
      ...(chart ? { chart } : {}),
    });
    result = replaceLines(result, all, table, 'countTables/paragraph-overlap');
    k = j;
  }
  return result;
}
