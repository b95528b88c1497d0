import type { BlockContext } from '../blockContext.ts';
import { fail, quoteLine } from '../../messages.ts';
import type { BlockNode, InlineNode, TableNode } from '../../types.ts';
import { blockLines, cell, cellInlines, joinedInlines, lineCells, type LineStart, lineText, replaceLines, squash, tableNode } from './lines.ts';

/** L26048 `頁 訂正箇所 誤 正`. */
const HEADER = '頁訂正箇所誤正';
/** L26049 `224 別添 4-5 3(3) No.1 …`: a row starts with its page and the place corrected; not a date in a cell (L26051 `20209 年 2 月`). */
const ROW_START = /^(\d+) (?!年)(\S.*)$/;
/** L26058 `-332.6% +332.6%`: a short wrong and right value printed side by side on one line. */
const SIDE_BY_SIDE = /^([^\s\u3000-\u9fff]+) ([^\s\u3000-\u9fff]+)$/;
/** L26063 `以 上`: the end of the list. */
const END = '以上';

/**
 * 正誤表 (seed-structure.md §0.8): one row per correction under the printed header 頁 / 訂正箇所 / 誤 / 正. The
 * extraction prints a row's cells one after the other. A short value prints 誤 and 正 side by side on the
 * row's last line (L26058). A longer one prints them stacked, 誤's lines and then 正's, in as many lines
 * each, 誤's first line at the end of the row's first line, where it reads as 正's first line does (L26049
 * `… 研修の時期 2019 年 7 月～` + `20209 年 2 月`, then `2019 年 7 月～` + `2020 年 2 月`).
 */
export function errata(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  const lines = blockLines(blocks).filter((l) => lineText(context, l).trim() !== '');
  const headerIndex = lines.findIndex((l) => squash(lineText(context, l)) === HEADER);
  if (headerIndex === -1) fail({ line: lines[0] ?? 1, column: 1, reason: 'the 正誤表 has no header row', rule: 'errata/header-missing', fix: 'update HEADER in stages/annexes/errata.ts to the header as printed, or check the errata unit in scripts/convert/data/units.json', expected: '`頁 訂正箇所 誤 正`' });
  const headerLine = lines[headerIndex]!;
  const endIndex = lines.findIndex((l, k) => k > headerIndex && squash(lineText(context, l)) === END);
  const body = lines.slice(headerIndex + 1, endIndex === -1 ? undefined : endIndex);
  const groups: number[][] = [];
  for (const line of body) {
    if (ROW_START.test(lineText(context, line).trim())) groups.push([line]);
    else if (groups.length > 0) groups[groups.length - 1]!.push(line);
    else fail({ line, column: 1, reason: 'a 正誤表 line comes before the first row', rule: 'errata/row-start', fix: 'widen ROW_START in stages/annexes/errata.ts (a page number, then the place corrected) to the start of this row', found: quoteLine(context.lines[line - 1]!.text), expected: 'a row starting with its page number' });
  }
  const rows = groups.map((group, k) => errataRow(group, context, k));
  const used = [headerLine, ...groups.flat()];
  const table = tableNode(context, used, { id: 'errata-table', labelKey: { key: 'errataTable' }, head: [lineCells(context, headerLine, lineText(context, headerLine).trim().split(' '))], rows });
  return replaceLines(blocks, used, table, 'errata/paragraph-overlap');
}

function errataRow(group: readonly number[], context: BlockContext, index: number): TableNode['rows'][number] {
  const [first, ...rest] = group;
  const firstText = context.lines[first! - 1]!.text;
  const [, page, place] = lineText(context, first!).trim().match(ROW_START)!;
  const pageAt = firstText.indexOf(page!);
  const placeAt = firstText.indexOf(place!, pageAt + page!.length);
  const last = rest[rest.length - 1];
  const side = last === undefined ? null : lineText(context, last).trim().match(SIDE_BY_SIDE);
  let placeCell: (number | LineStart)[];
  let wrong: InlineNode[];
  let right: InlineNode[];
  if (side && last !== undefined) {
    placeCell = [{ line: first!, column: placeAt + 1 }, ...rest.slice(0, -1)];
    wrong = cellInlines(context, last, side[1]!);
    right = cellInlines(context, last, side[2]!, context.lines[last - 1]!.text.indexOf(side[1]!) + side[1]!.length + 1);
  } else {
    const n = (rest.length + 1) / 2;
    const rightLines = rest.slice(rest.length - n);
    const head = rightLines[0] === undefined ? '' : lineText(context, rightLines[0]).trim();
    const tailAt = head ? lineText(context, first!).lastIndexOf(` ${head}`) : -1;
    if (!Number.isInteger(n) || tailAt < placeAt) {
      fail({
        line: first!,
        column: 1,
        reason: `row ${index + 1} of the 正誤表 cannot be split into 訂正箇所, 誤 and 正`,
        rule: 'errata/row-shape',
        found: quoteLine(firstText),
        expected: '誤 and 正 side by side on the last line, or stacked in as many lines each with 誤 starting at the end of the first line',
        fix: 'teach errataRow() in stages/annexes/errata.ts this layout of 誤 and 正 (SIDE_BY_SIDE reads short values printed side by side)',
      });
    }
    placeCell = [{ line: first!, column: placeAt + 1, end: tailAt + 1 }];
    wrong = joinedInlines(context, [{ line: first!, column: tailAt + 2 }, ...rest.slice(0, rest.length - n)], 'cell');
    right = joinedInlines(context, rightLines, 'cell');
  }
  // The page heads its row: row headers keep to one line, and 訂正箇所 is long.
  return [cell(cellInlines(context, first!, page!, pageAt + 1), true), cell(joinedInlines(context, placeCell, 'cell')), cell(wrong), cell(right)];
}
