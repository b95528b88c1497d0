import type { BlockContext } from '../blockContext.ts';
import { fail } from '../../messages.ts';
import { spanPosition } from '../../source.ts';
import type { BlockNode, ChartSpec, InlineNode, Position, TableCell, TableNode } from '../../types.ts';
import { inlines } from '../inlines.ts';
import { isWide } from '../../../../src/lib/chars.ts';
import { cellsAt, type LineCell } from './cells.ts';

/** Every source line a run of blocks took, in source order. */
export function blockLines(blocks: readonly BlockNode[]): number[] {
  const lines = blocks.flatMap((b): number[] => {
    if (b.type === 'column') return blockLines(b.children);
    if (b.type === 'figure') return [...b.caption.lines, ...blockLines(b.content ?? [])];
    if (b.type === 'strategyBox') return [...b.header.lines, ...b.children.flatMap((c) => c.lines)];
    if (b.type === 'measureTable') return [...b.header.lines, ...b.rows.flatMap((r) => r.lines)];
    if (b.type === 'crossLinks') return [];
    return b.lines;
  });
  return [...new Set(lines)].sort((a, b) => a - b);
}

/** Text of a source line without its trailing spaces. */
export function lineText(context: BlockContext, line: number): string {
  return context.lines[line - 1]!.text.trimEnd();
}

/** Inline nodes of part of one source line, `column` 1-based: footnote references and URLs kept. */
export function lineInlines(context: BlockContext, line: number, column: number, length?: number): InlineNode[] {
  const text = context.lines[line - 1]!.text.slice(column - 1, length === undefined ? undefined : column - 1 + length).trimEnd();
  return inlines({ segments: [{ line, column, text }] }, context.markersByLine);
}

/** Inline nodes of one trimmed cell of a line, found at or after `from` (a column). */
export function cellInlines(context: BlockContext, line: number, cell: string, from = 1): InlineNode[] {
  const at = context.lines[line - 1]!.text.indexOf(cell, from - 1);
  if (at === -1) throw new Error(`cell ${JSON.stringify(cell)} is not on line ${line}`);
  return lineInlines(context, line, at + 1, cell.length);
}

/** Table cells of the cells found on a line (cells.ts). */
export function tableCells(context: BlockContext, line: number, cells: readonly LineCell[]): TableCell[] {
  return cells.map((c) => cell(cellInlines(context, line, c.text, c.column)));
}

/**
 * Table cells of `texts`, read in order from column `from` of a line (cells.ts `cellsAt`). The texts are read
 * off that line by the caller, so one that is not there is a converter bug, not a source problem.
 */
export function lineCells(context: BlockContext, line: number, texts: readonly string[], from = 1): TableCell[] {
  const found = cellsAt(context.lines[line - 1]!.text, texts, from);
  if (!found) throw new Error(`cells ${JSON.stringify(texts)} are not on line ${line} in this order`);
  return tableCells(context, line, found);
}

/** Where a piece of text starts: a line and a 1-based column (the line's first non-space when absent). */
export interface LineStart {
  line: number;
  column?: number;
  /** Where the piece ends (1-based, exclusive) when a line holds two cells (L22152); the line's end when absent. */
  end?: number;
}

/**
 * Inline nodes of several source lines joined with no separator (the report's paragraph rule). In
 * prose a middle line that ends in spaces keeps one space when it wraps between two words (L1457
 * `Data Free␠` → `Flow`); between two wide characters no space is put at all (L22622 `重要インフラ␠` →
 * `所管省庁内`, lineEnds.ts). `cell` drops it always, for header cells printed over two lines (L23883
 * `累計␠` + `登録者数␠`).
 */
export function joinedInlines(context: BlockContext, starts: readonly (number | LineStart)[], mode: 'prose' | 'cell' = 'prose'): InlineNode[] {
  const pieces = starts.map((start) => {
    const { line, column, end } = typeof start === 'number' ? { line: start, column: undefined, end: undefined } : start;
    const source = context.lines[line - 1]!.text;
    const from = column === undefined ? source.length - source.trimStart().length : column - 1;
    return { line, from, raw: source.slice(from, end === undefined ? undefined : end - 1) };
  });
  const segments = pieces.map(({ line, from, raw }, k) => {
    const next = pieces[k + 1]?.raw.trimStart();
    const wideWrap = isWide([...raw.trimEnd()].at(-1)) && isWide([...(next ?? '')][0]);
    const text = next === undefined || mode === 'cell' || wideWrap ? raw.trimEnd() : raw.replace(/ +$/, ' ');
    return { line, column: from + 1, text };
  });
  return inlines({ segments }, context.markersByLine);
}

/** From the first character of the first line to the end of the last. */
export function linesPosition(context: BlockContext, lines: readonly number[]): Position {
  return spanPosition(context.lines, lines[0]!, lines[lines.length - 1]!);
}

/** The compact form used to find lines by content: all whitespace removed. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/**
 * Puts `node` in place of the blocks that hold `lines`: at the first of them, or right after the block `after`
 * when given (a table under a heading that was printed inside it). A block that holds some of those lines and
 * others too would lose text, so the run stops instead.
 */
export function replaceLines(blocks: readonly BlockNode[], lines: readonly number[], node: BlockNode, rule: string, after?: BlockNode): BlockNode[] {
  const taken = new Set(lines);
  const result: BlockNode[] = [];
  let at = -1;
  for (const block of blocks) {
    const own = blockLines([block]);
    const inside = own.filter((l) => taken.has(l));
    if (inside.length === 0) {
      result.push(block);
      if (block === after) at = result.length;
      continue;
    }
    if (inside.length !== own.length) {
      const stray = own.find((l) => !taken.has(l))!;
      fail({ line: stray, column: 1, reason: 'a paragraph runs into a rebuilt table', rule, expected: `the paragraph at ${own[0]} to end before the table or inside it`, fix: `adjust the rule in stages/annexes/${rule.split('/')[0]}.ts that finds where the table starts or ends` });
    }
    if (at === -1 && !after) at = result.length;
  }
  result.splice(at === -1 ? result.length : at, 0, node);
  return result;
}

/** A table cell of one paragraph. */
export const cell = (children: InlineNode[], header = false): TableCell => ({ paragraphs: [children], ...(header ? { header } : {}) });

/** What a rebuilt table holds; a caption and notes the source does not print are empty. */
export interface TableParts {
  id: string;
  caption?: InlineNode[];
  label?: string;
  labelKey?: TableNode['labelKey'];
  head: TableCell[][];
  rows: TableCell[][];
  notes?: InlineNode[][];
  chart?: ChartSpec;
  figureText?: InlineNode[][];
}

/** A table node of the source lines it was read from, from the first character of the first to the end of the last. */
export function tableNode(context: BlockContext, lines: number[], parts: TableParts): TableNode {
  const { id, caption = [], label, labelKey, head, rows, notes = [], chart, figureText } = parts;
  return {
    type: 'table',
    id,
    caption,
    ...(label !== undefined ? { label } : {}),
    ...(labelKey ? { labelKey } : {}),
    head,
    rows,
    notes,
    ...(chart ? { chart } : {}),
    ...(figureText ? { figureText } : {}),
    lines,
    position: linesPosition(context, lines),
  };
}
