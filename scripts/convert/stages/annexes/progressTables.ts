import type { BlockContext } from '../blockContext.ts';
import { fail, quoteLine } from '../../messages.ts';
import type { BlockNode, TableCell } from '../../types.ts';
import { cell, cellInlines, blockLines, joinedInlines, lineCells, lineText, replaceLines, tableNode } from './lines.ts';

/** L21354 `表１：重要インフラ事業者等との情報共有件数`, L21484 ` 表２ 分野横断的演習参加者数の推移`. */
const CAPTION = /^表([１-９])[：\s]/;
/** L21356 `年度 2015 2016 2017 2018 2019`: the column heads. */
const YEARS = /^年度((?: \d{4})+)$/;
/** A count as printed: L21361 `401 件`, L21488 `2,084 名`, L21529 `18`. */
const COUNT = String.raw`\d[\d,]* ?[件名]?`;
/** A row: a label (absent when it was printed on the lines above, L21358–21360) and one count per year. */
const row = (columns: number): RegExp => new RegExp(`^(?:(.*?) )?((?:${COUNT} ){${columns - 1}}${COUNT})$`);
/** A row label may be printed over lines of its own above its counts; more than this is prose. */
const MAX_LABEL_LINES = 2;

/**
 * 別添5-2's 表１–表３ (seed-structure.md §3.6): a caption, a `年度` line of years and rows of a label
 * and one count per year, flattened into lines. A label too long for its cell is printed on the lines
 * above its counts. The first line that is neither a row nor a label of one ends the table.
 */
export function progressTables(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  const lines = blockLines(blocks).filter((l) => lineText(context, l).trim() !== '');
  let result = [...blocks];
  for (let k = 0; k < lines.length; k++) {
    const captionLine = lines[k]!;
    const caption = lineText(context, captionLine).trim().match(CAPTION);
    if (!caption) continue;
    const yearLine = lines[k + 1]!;
    const years = lineText(context, yearLine).trim().match(YEARS);
    if (!years) fail({ line: yearLine, column: 1, reason: `表${caption[1]} is not followed by its years`, rule: 'progressTables/years', fix: 'update YEARS in stages/annexes/progressTables.ts to the year line as printed, or CAPTION if the line above is not a table caption', expected: '`年度 2016 2017 …`', found: quoteLine(context.lines[yearLine - 1]!.text) });
    const yearText = context.lines[yearLine - 1]!.text;
    const heads = yearText.trim().split(' ');
    const pattern = row(heads.length - 1);
    const rows: TableCell[][] = [];
    const used = [captionLine, yearLine];
    let j = k + 2;
    for (;;) {
      // Label lines, then the line with the counts.
      let n = 0;
      while (n <= MAX_LABEL_LINES && lines[j + n] !== undefined && !pattern.test(lineText(context, lines[j + n]!).trim())) n += 1;
      const countLine = lines[j + n];
      if (n > MAX_LABEL_LINES || countLine === undefined) break;
      const raw = context.lines[countLine - 1]!.text;
      const m = lineText(context, countLine).trim().match(pattern)!;
      const labelLines = lines.slice(j, j + n);
      if (m[1] === undefined && labelLines.length === 0) fail({ line: countLine, column: 1, reason: 'a row of counts without a label', rule: 'progressTables/label-missing', fix: 'a label is printed before the counts or on up to MAX_LABEL_LINES lines above them: raise MAX_LABEL_LINES in stages/annexes/progressTables.ts', found: quoteLine(raw) });
      const label = [...joinedInlines(context, labelLines, 'cell'), ...(m[1] !== undefined ? cellInlines(context, countLine, m[1]) : [])];
      const counts = lineCells(context, countLine, m[2]!.match(new RegExp(COUNT, 'g'))!, raw.indexOf(m[2]!) + 1);
      rows.push([cell(label, true), ...counts]);
      used.push(...labelLines, countLine);
      j += n + 1;
    }
    if (rows.length === 0) fail({ line: yearLine, column: 1, reason: `表${caption[1]} has no rows`, rule: 'progressTables/no-rows', fix: 'widen COUNT in stages/annexes/progressTables.ts (`401 件`, `2,084 名`) to the counts as printed' });
    const table = tableNode(context, used, { id: `a5-2-t${caption[1]!.normalize('NFKC')}`, caption: joinedInlines(context, [captionLine]), head: [lineCells(context, yearLine, heads)], rows });
    result = replaceLines(result, used, table, 'progressTables/paragraph-overlap');
    k = j - 1;
  }
  return result;
}
