import type { BlockContext } from '../blockContext.ts';
import { fail, quoteLine } from '../../messages.ts';
import type { BlockNode, HeadingNode, TableCell } from '../../types.ts';
import { inlines, inlineText } from '../inlines.ts';
import { blockLines, cell, lineCells, lineText, replaceLines, squash, tableNode } from './lines.ts';

/** L18334 `検査項目 検査項目とした理由`: the header row, printed without a caption. */
const HEADER = ['検査項目', '検査項目とした理由'] as const;
/** A 検査項目とした理由 is a sentence (L18348 `め。`); an item is a name (L18338 `術に関する調査`). */
const IS_REASON = /。$/;

/** Part of one line: L18342 `入状況 NISC が…取` ends an item and starts a reason. */
interface Piece {
  line: number;
  column: number;
  text: string;
}

/**
 * 別添4-3 (seed-structure.md §3.5): the two-column table 「検査項目 / 検査項目とした理由」. Its cells are
 * printed one after the other, a line that ends an item cell going on with the reason cell after a space.
 * Each 検査項目 is the title of one of the （１）（２） headings that follow, which report on it; the item
 * names printed between a 検査項目 and the next are its sub-items (ア, イ, ウ of （１）). The k-th reason
 * belongs to the k-th 検査項目.
 */
export function inspectionItems(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  const all = blockLines(blocks).filter((l) => lineText(context, l).trim() !== '');
  const headerAt = all.findIndex((l) => squash(lineText(context, l)) === HEADER.join(''));
  if (headerAt === -1) fail({ line: all[0] ?? 1, column: 1, reason: '別添4-3 has no inspection table header', rule: 'inspectionItems/header-missing', fix: 'update HEADER in stages/annexes/inspectionItems.ts to the header as printed', expected: quoteLine(HEADER.join(' ')) });
  const headerLine = all[headerAt]!;
  const following = blocks.filter((b): b is HeadingNode => b.type === 'heading' && b.lines[0]! > headerLine);
  if (following.length === 0) fail({ line: headerLine, column: 1, reason: 'nothing follows the inspection table', rule: 'inspectionItems/no-end', fix: 'the table ends at the first heading after it: check that stages/headings.ts finds the （１） heading that follows the table' });
  const end = following[0]!.lines[0]!;
  const subjects = following.filter((h) => h.depth === 3).map((h) => squash(inlineText(h.children)));

  // Paragraphs of pieces, each closed by a line that ends in a space.
  const paragraphs: Piece[][] = [];
  let open: Piece[] | undefined;
  const tableLines = all.filter((l) => l > headerLine && l < end);
  for (const line of tableLines) {
    const raw = context.lines[line - 1]!.text;
    const text = raw.trim();
    const start = raw.indexOf(text) + 1;
    const space = text.indexOf(' ');
    if (open && space !== -1 && !IS_REASON.test(text.slice(0, space))) {
      // The end of an item and the start of the next cell on one line.
      open.push({ line, column: start, text: text.slice(0, space) });
      paragraphs.push(open);
      const rest = text.slice(space + 1);
      open = [{ line, column: raw.indexOf(rest, start - 1 + space) + 1, text: rest }];
    } else {
      open ??= [];
      open.push({ line, column: start, text });
    }
    if (raw.endsWith(' ')) {
      paragraphs.push(open);
      open = undefined;
    }
  }
  if (open) paragraphs.push(open);

  const rows: { item: Piece[][]; reason?: Piece[] }[] = [];
  const reasons: Piece[][] = [];
  for (const p of paragraphs) {
    const text = squash(p.map((piece) => piece.text).join(''));
    if (IS_REASON.test(text)) reasons.push(p);
    else if (subjects.includes(text)) rows.push({ item: [p] });
    else if (rows.length > 0) rows[rows.length - 1]!.item.push(p);
    else fail({ line: p[0]!.line, column: p[0]!.column, reason: 'an inspection item before the first 検査項目', rule: 'inspectionItems/orphan-item', fix: 'the first item must read as one of the headings that follow the table: check those headings, or IS_REASON in stages/annexes/inspectionItems.ts if this is a reason', expected: `one of the （１）（２） headings that follow: ${subjects.join(' / ')}`, found: quoteLine(context.lines[p[0]!.line - 1]!.text) });
  }
  if (reasons.length !== rows.length) {
    fail({ line: headerLine, column: 1, reason: `${rows.length} 検査項目 but ${reasons.length} reasons`, rule: 'inspectionItems/reason-count', fix: 'a reason is a paragraph that ends in 。 (IS_REASON in stages/annexes/inspectionItems.ts) and a paragraph ends at a line ending in a space: check where the reasons end', expected: 'one 検査項目とした理由 (a sentence ending in 。) per 検査項目' });
  }
  const piecesInlines = (p: Piece[]) => inlines({ segments: p }, context.markersByLine);
  const used = [headerLine, ...tableLines];
  const table = tableNode(context, used, {
    id: 'a4-3-items',
    labelKey: { key: 'inspectionItemsTable' },
    head: [lineCells(context, headerLine, HEADER)],
    rows: rows.map((r, k): TableCell[] => [
      { paragraphs: r.item.map(piecesInlines), header: true },
      cell(piecesInlines(reasons[k]!)),
    ]),
  });
  return replaceLines(blocks, used, table, 'inspectionItems/paragraph-overlap');
}
