import type { BlockContext } from '../blockContext.ts';
import { fail, quoteLine } from '../../messages.ts';
import type { BlockNode, ParagraphNode } from '../../types.ts';
import { toFigure } from '../figures.ts';
import { blockLines, joinedInlines, lineCells, lineText, replaceLines, tableNode } from './lines.ts';

/** L19218 `2019 年１月末  69.7% 13.6% 16.7%`: the date the list was taken and one share per setting. */
const ROW = /^(.+?) +((?:\d+(?:\.\d+)?% ?)+)$/;
/** L19222 `※１ 設定された以外の…`: the notes that explain the settings. */
const NOTE = /^※[０-９\d]/;

/**
 * 別添4-6 図表２ (L19214): the share of government domain names by their SPF setting, printed as a header
 * `ドメイン名リスト取得日 -all※１ ~all※２ 設定なし` (the settings are the last words), one line per date, and the
 * notes ※１ ※２. The caption stays the table's caption.
 */
export function spfSettings(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  const k = blocks.findIndex((b) => b.type === 'paragraph' && b.role === 'caption' && toFigure(b).label === '図表２');
  if (k === -1) return [...blocks];
  const captionBlock = blocks[k] as ParagraphNode;
  const lines = blockLines(blocks.slice(k + 1)).filter((l) => lineText(context, l).trim() !== '');
  const rowLines: number[] = [];
  for (const line of lines.slice(1)) {
    if (!ROW.test(lineText(context, line).trim())) break;
    rowLines.push(line);
  }
  const headerLine = lines[0]!;
  if (rowLines.length === 0) fail({ line: headerLine, column: 1, reason: '図表２ has no rows of shares under its header', rule: 'spfSettings/rows', fix: 'widen ROW in stages/annexes/spfSettings.ts (a date, then shares like `69.7%`) to the rows as printed', found: quoteLine(context.lines[headerLine - 1]!.text) });
  const columns = lineText(context, rowLines[0]!).trim().match(ROW)![2]!.trim().split(' ').length;
  const header = lineText(context, headerLine).trim().split(' ');
  const names = [header.slice(0, header.length - columns).join(' '), ...header.slice(header.length - columns)];
  const head = lineCells(context, headerLine, names);
  const rows = rowLines.map((line) => {
    const [, date, shares] = lineText(context, line).trim().match(ROW)!;
    const values = shares!.trim().split(' ');
    if (values.length !== columns) fail({ line, column: 1, reason: `a row of 図表２ has ${values.length} shares for ${columns} settings`, rule: 'spfSettings/row-width', fix: 'every row has one share per setting named at the end of the header: check this row, and ROW in stages/annexes/spfSettings.ts', found: quoteLine(context.lines[line - 1]!.text) });
    const [dateCell, ...shareCells] = lineCells(context, line, [date!, ...values]);
    return [{ ...dateCell!, header: true }, ...shareCells];
  });
  const rest = lines.slice(1 + rowLines.length);
  const notes: number[][] = [];
  for (const line of rest) {
    const text = lineText(context, line).trim();
    if (NOTE.test(text)) notes.push([line]);
    else if (notes.length > 0 && !context.lines[notes[notes.length - 1]!.at(-1)! - 1]!.text.endsWith(' ')) notes[notes.length - 1]!.push(line);
    else break;
  }
  const used = [...captionBlock.lines, headerLine, ...rowLines, ...notes.flat()];
  const table = tableNode(context, used, { id: 'a4-6-t2', caption: captionBlock.children, head: [head], rows, notes: notes.map((n) => joinedInlines(context, n)) });
  return replaceLines(blocks, used, table, 'spfSettings/paragraph-overlap');
}
