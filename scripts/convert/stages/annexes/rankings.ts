import { REPORT_UNITS } from '../../reportUnits.ts';
import type { BlockContext } from '../blockContext.ts';
import { fail, quoteLine } from '../../messages.ts';
import type { BlockNode, ChartSpec, InlineNode, TableCell } from '../../types.ts';
import { cellsByShape, type LineCell } from './cells.ts';
import { blockLines, cell, cellInlines, lineText, replaceLines, squash, tableCells, tableNode } from './lines.ts';

/** L23449 `1 位 1 位 23/TCP 461.78 件 ＋19.3% （＋74.70 件） `: a ranking row starts with a rank. */
const ROW = /^\s*\d+ ?位 /;
/**
 * The cells of a ranking row, by shape; the text between two of them is the port, country or attack
 * (`23/TCP`, `ロシア`, `Microsoft Windows Terminal server11`).
 */
const CELL = new RegExp(
  [
    /\d+ ?位/, // rank: `1 位`
    /[-－] \d{1,2}(?=\s|$)/, // no value, with its footnote: `- 9`, `－ 3` (L23501, L23641)
    /[\d,.]+ ?件/, // count: `461.78 件`, `3,847.79 件`
    /[＋－+-][\d,.]+%/, // change: `＋19.3%`, `-29%`
    /[（(][＋－+-][\d,.]+ ?件[）)]/, // change in count: `（＋74.70 件）`, `(-1,569.70 件)`
  ]
    .map((r) => r.source)
    .join('|'),
);
/** Header words over the rank columns, each completed by a `順位` printed below it (L23444 + L23447). */
const RANK_WORD = /今期|前期|増加|減少/g;
const isRankWordLine = (text: string): boolean => text.trim() !== '' && text.trim().split(/\s+/).every((w) => /^(今期|前期|増加|減少|順位)$/.test(w));

/**
 * 別添6 データ2 ranking tables (seed-structure.md §4.11): a caption, header lines, five rows. The rank
 * columns' heads come from the rank words (今期, 前期, 増加, 減少) with the `順位` printed under each;
 * words above the `…今期件数…前期比…` line head the rank columns before the data, the others those after.
 * A table ranked by this year's count (今期順位) also gets a bar chart of the counts.
 */
export function rankings(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  const lines = blockLines(blocks).filter((l) => lineText(context, l).trim() !== '');
  const runs: number[][] = [];
  lines.forEach((l, k) => {
    if (!ROW.test(lineText(context, l))) return;
    if (k > 0 && ROW.test(lineText(context, lines[k - 1]!))) runs[runs.length - 1]!.push(l);
    else runs.push([l]);
  });
  let result = [...blocks];
  const counters = new Map<string, number>();
  for (const rows of runs) {
    const first = lines.indexOf(rows[0]!);
    let h = first - 1;
    while (h >= 0 && (isRankWordLine(lineText(context, lines[h]!)) || lineText(context, lines[h]!).includes('今期件数'))) h -= 1;
    const headerLines = lines.slice(h + 1, first);
    const captionLine = lines[h]!;
    const dataHead = headerLines.find((l) => lineText(context, l).includes('今期件数'));
    if (dataHead === undefined) fail({ line: rows[0]!, column: 1, reason: 'a ranking table without its `今期件数` header line', rule: 'rankings/header-missing', fix: 'add the words of the header lines printed above this row to isRankWordLine() and RANK_WORD in stages/annexes/rankings.ts', found: quoteLine(context.lines[captionLine - 1]!.text) });

    const found = (which: number[], word: RegExp): (LineCell & { line: number })[] => which.flatMap((l) => [...context.lines[l - 1]!.text.matchAll(word)].map((m) => ({ column: m.index + 1, text: m[0], line: l })));
    const before = found(headerLines.filter((l) => l < dataHead), RANK_WORD);
    const after = found(headerLines.filter((l) => l > dataHead), RANK_WORD);
    const ranks = found(headerLines, /順位/g);
    if (ranks.length !== before.length + after.length) fail({ line: headerLines[0]!, column: 1, reason: `${before.length + after.length} rank words but ${ranks.length} \`順位\``, rule: 'rankings/rank-heads', fix: 'every rank word has a 順位 printed under it: add a new rank word to RANK_WORD and isRankWordLine() in stages/annexes/rankings.ts' });
    const rankHead = (w: LineCell & { line: number }, k: number): TableCell => {
      const r = ranks[k]!;
      return { paragraphs: [[...cellInlines(context, w.line, w.text, w.column), ...cellInlines(context, r.line, r.text, r.column)]] };
    };

    const headText = context.lines[dataHead - 1]!.text;
    const countAt = headText.indexOf('今期件数');
    const changeAt = headText.indexOf('前期比');
    const key = headText.slice(0, countAt).trim();
    const dataHeads = [
      cell(cellInlines(context, dataHead, key)),
      cell(cellInlines(context, dataHead, headText.slice(countAt, changeAt).trim(), countAt + 1)),
      cell(cellInlines(context, dataHead, headText.slice(changeAt).trim(), changeAt + 1)),
    ];

    const body = rows.map((l) => cellsByShape(context.lines[l - 1]!.text.trimEnd(), CELL));
    const width = body[0]!.length;
    const bad = body.findIndex((r) => r.length !== width);
    if (bad !== -1) fail({ line: rows[bad]!, column: 1, reason: `a ranking row with ${body[bad]!.length} cells where the first has ${width}`, rule: 'rankings/row-width', fix: 'widen CELL in stages/annexes/rankings.ts to the cell of this row it does not read', found: quoteLine(context.lines[rows[bad]! - 1]!.text) });
    const dataWidth = width - before.length - after.length;
    if (dataWidth !== 3 && dataWidth !== 4) fail({ line: rows[0]!, column: 1, reason: `${dataWidth} data cells in a ranking row`, rule: 'rankings/data-width', fix: 'widen CELL in stages/annexes/rankings.ts so that it reads the rank, count and change cells of this row', expected: 'the key, the count and the change (one or two cells)' });
    if (dataWidth === 4) dataHeads[2] = { ...dataHeads[2]!, colSpan: 2 };

    const keyColumn = before.length;
    const tableRows = body.map((r, k) => tableCells(context, rows[k]!, r).map((c, n) => (n === keyColumn ? { ...c, header: true } : c)));
    const captionText = lineText(context, captionLine).trim();
    const heading = [...result].reverse().find((b) => b.type === 'heading' && b.lines[0]! < captionLine);
    const prefix = heading?.type === 'heading' ? heading.id : REPORT_UNITS.dataSets;
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    const byThisYear = before[0]?.text === '今期';
    const chart: ChartSpec | undefined = byThisYear
      ? {
          kind: 'bar',
          unit: '件',
          xLabel: key,
          series: [{ name: squash(dataHeads[1]!.paragraphs[0]!.map((i: InlineNode) => (i.type === 'text' ? i.value : '')).join('')), points: body.map((r) => ({ x: r[keyColumn]!.text.replace(/\d+$/, ''), y: countOf(r[keyColumn + 1]!.text) })) }],
        }
      : undefined;
    const used = [captionLine, ...headerLines, ...rows];
    const table = tableNode(context, used, {
      id: `${prefix}-t${n}`,
      caption: cellInlines(context, captionLine, captionText),
      head: [[...before.map((w, k) => rankHead(w, k)), ...dataHeads, ...after.map((w, k) => rankHead(w, before.length + k))]],
      rows: tableRows,
      ...(chart ? { chart } : {}),
    });
    result = replaceLines(result, used, table, 'rankings/paragraph-overlap');
  }
  return result;
}

/** `461.78 件` → 461.78; a cell without a count (`- 9`) → null. */
function countOf(text: string): number | null {
  const m = text.match(/^([\d,.]+) ?件$/);
  return m ? Number(m[1]!.replace(/,/g, '')) : null;
}
