import type { BlockContext } from '../blockContext.ts';
import { fail, quoteLine } from '../../messages.ts';
import type { BlockNode, ParagraphNode, TableCell } from '../../types.ts';
import { blockLines, cellInlines, joinedInlines, lineCells, type LineStart, lineText, linesPosition, squash, tableNode } from './lines.ts';

/** L18671 `No. 時期 テーマ 講師 参加人数`, L18943 `No. 時期 テーマ`. */
const HEADER = /^No\. 時期 テーマ( 講師 参加人数)?$/;
/** A row opens with its number, alone or before the year: L18673 `１ 2019 年`, L18831 `１`. */
const ROW_START = /^([１-９][０-９]?)(?: (\d{4} ?年))?$/;
/** 時期: L18673 `2019 年`, L18675 `６月～`, L18790 `11 月`. */
const PERIOD = /^(\d{4} ?年|[０-９\d]{1,2} ?月～?)$/;
/** 講師, alone or at the end of a theme line (L18886 `・マネジメントシステム監査について 外部講師`). */
const LECTURER = /(?:^| )((?:NISC ?職員|外部講師)、?)$/;
/** 参加人数, alone or after the lecturer (L18741 `外部講師 延べ約 40名`), and what goes with it: `（３回開催）`, L18916 `（資料のみ`. */
const ATTENDANCE = /(?:^| )((?:延べ)?約? ?\d+ ?名)$/;
const ATTENDANCE_MORE = /^([（(].*|配布）.*)$/;
/**
 * In the five-column tables the widest cell line is about 22 full-width characters; prose lines are
 * about 40. A longer line ends the table: L18921 ` 礎的な知識や最新動向…` is the rest of the sentence
 * the rows interrupted. The three-column table (L18943) has a wide テーマ column and ends at a heading.
 */
const MAX_CELL_WIDTH = 52;
const width = (text: string): number => [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 1 : 2), 0);
/** What else ends a table: a caption (L18851 `図表３ …`), a numbered heading (L18747 `３ 独立行政法人等…`). */
const ENDS_TABLE = /^(図表|[１-９][０-９]? [^\d\s]|（[１-９]）)/;

type Column = 'no' | 'period' | 'theme' | 'lecturer' | 'attendance';

/** Part of one line: a cell can share its line with the next cell (`外部講師 延べ約 40名`). */
interface Piece {
  line: number;
  column: number;
  text: string;
}

interface Row {
  /** Per column, paragraphs of pieces; pieces of one paragraph are joined with no separator. */
  cells: Record<Column, Piece[][]>;
  lines: number[];
}

/**
 * 別添4-5's training tables (seed-structure.md §4.16): the extraction printed each cell on lines of its
 * own, so lines are sorted into columns by what they say. Rows that interrupt a sentence (L18861
 * `…能力向上のため、基` / rows 2–5 / L18921 ` 礎的な知識…`, §3.9) belong to the table above them: they go
 * back to it, and the sentence is joined again.
 */
export function trainingTables(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  const lines = blockLines(blocks).filter((l) => lineText(context, l).trim() !== '');
  const tables: { header: number; rows: Row[]; columns: Column[] }[] = [];
  const repairs: { before: number[]; rows: number[]; after: number[] }[] = [];
  const taken = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    const text = lineText(context, lines[k]!).trim();
    const isHeader = HEADER.test(text);
    const previous = lines[k - 1];
    // A row that starts right after a line that does not close its paragraph has broken into a sentence.
    const interrupts = !isHeader && ROW_START.test(text) && previous !== undefined && !taken.has(previous) && !context.lines[previous - 1]!.text.endsWith(' ') && tables.length > 0;
    if (!isHeader && !interrupts) continue;
    const start = isHeader ? k + 1 : k;
    const wide = isHeader ? !text.includes('講師') : tables[tables.length - 1]!.columns.length === 3;
    const { rows, end } = readRows(lines, start, context, wide ? Number.POSITIVE_INFINITY : MAX_CELL_WIDTH);
    if (rows.length === 0) fail({ line: lines[k]!, column: 1, reason: 'a training table without rows', rule: 'trainingTables/no-rows', fix: 'widen ROW_START in stages/annexes/trainingTables.ts (a number, alone or before the year) to the first row as printed', found: quoteLine(context.lines[lines[k]! - 1]!.text) });
    for (const row of rows) for (const l of row.lines) taken.add(l);
    if (isHeader) {
      taken.add(lines[k]!);
      tables.push({ header: lines[k]!, rows, columns: text.includes('講師') ? ['no', 'period', 'theme', 'lecturer', 'attendance'] : ['no', 'period', 'theme'] });
    } else {
      tables[tables.length - 1]!.rows.push(...rows);
      // The sentence: its paragraph's lines before the rows, then the lines after them up to a closed line.
      const paragraph = blocks.find((b) => b.type === 'paragraph' && b.lines.includes(previous!)) as ParagraphNode | undefined;
      const after: number[] = [];
      for (let j = end; j < lines.length; j++) {
        after.push(lines[j]!);
        if (context.lines[lines[j]! - 1]!.text.endsWith(' ')) break;
      }
      repairs.push({ before: (paragraph?.lines ?? [previous!]).filter((l) => !taken.has(l)), rows: rows.flatMap((r) => r.lines), after });
    }
    k = end - 1;
  }

  let result: BlockNode[] = [...blocks];
  for (const repair of repairs) {
    const own = [...repair.before, ...repair.after];
    const starts: LineStart[] = own.map((line, k) => (k === 0 ? { line } : { line, column: lineContentColumn(context, line) }));
    const paragraph: ParagraphNode = { type: 'paragraph', role: 'plain', children: joinedInlines(context, starts), lines: own, position: linesPosition(context, own) };
    result = result.flatMap((b): BlockNode[] => {
      if (b.type !== 'paragraph') return [b];
      if (b.lines.includes(own[0]!)) return [paragraph];
      // The sentence's own lines and the rows inside it leave their old paragraphs; a paragraph left empty goes.
      const kept = b.lines.filter((l) => !own.includes(l) && !repair.rows.includes(l));
      if (kept.length === b.lines.length) return [b];
      if (kept.length > 0) fail({ line: kept[0]!, column: 1, reason: 'a paragraph holds both table and text lines', rule: 'trainingTables/paragraph-overlap', fix: 'a table ends at a line wider than MAX_CELL_WIDTH or at ENDS_TABLE: adjust that rule in stages/annexes/trainingTables.ts' });
      return [];
    });
  }
  tables.forEach((t, n) => {
    const headerText = context.lines[t.header - 1]!.text;
    const heads = headerText.trim().split(' ');
    const used = [t.header, ...t.rows.flatMap((r) => r.lines)].sort((a, b) => a - b);
    // Named after the section heading it sits under: `（３）内容` of `４ NISC 勉強会`.
    const headings = result.filter((b) => b.type === 'heading' && b.lines[0]! < t.header && b.depth === 2);
    const section = headings[headings.length - 1];
    const table = tableNode(context, used, {
      id: `a4-5-training${n + 1}`,
      label: section?.type === 'heading' ? `${squash(section.label)} ${squash(section.children.map((c) => (c.type === 'text' ? c.value : '')).join(''))}` : 'No.',
      head: [lineCells(context, t.header, heads)],
      rows: t.rows.map((r) => t.columns.map((c, i) => ({ ...(i === 0 ? { header: true } : {}), paragraphs: r.cells[c].length > 0 ? r.cells[c].map((p) => p.flatMap((piece) => cellInlines(context, piece.line, piece.text, piece.column))) : [[]] }) as TableCell)),
    });
    const firstBlock = result.findIndex((b) => blockLines([b]).some((l) => used.includes(l)));
    // The header line came from these blocks, and a repair only ever moves a line into its new paragraph.
    if (firstBlock === -1) throw new Error(`trainingTables: no block holds the lines of table ${n + 1}`);
    result = [
      ...result.slice(0, firstBlock).filter((b) => !blockLines([b]).every((l) => used.includes(l)) || b.type === 'heading'),
      table,
      ...result.slice(firstBlock).filter((b) => !(blockLines([b]).length > 0 && blockLines([b]).every((l) => used.includes(l)))),
    ];
    const stray = result.find((b) => b !== table && blockLines([b]).some((l) => used.includes(l)));
    if (stray) fail({ line: blockLines([stray])[0]!, column: 1, reason: 'a paragraph holds both table and text lines', rule: 'trainingTables/paragraph-overlap', fix: 'a table ends at a line wider than MAX_CELL_WIDTH or at ENDS_TABLE: adjust that rule in stages/annexes/trainingTables.ts' });
  });
  return result;
}

/** The first column after the leading spaces (a page's first line starts with one, L18921). */
function lineContentColumn(context: BlockContext, line: number): number {
  const text = context.lines[line - 1]!.text;
  return text.length - text.trimStart().length + 1;
}

/** Rows from `start` until a line that cannot be a cell. */
function readRows(lines: readonly number[], start: number, context: BlockContext, maxWidth: number): { rows: Row[]; end: number } {
  const rows: Row[] = [];
  let k = start;
  let column: Column = 'no';
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    const raw = context.lines[line - 1]!.text;
    const text = raw.trim();
    const at = (piece: string): Piece => ({ line, column: raw.indexOf(piece) + 1, text: piece });
    const open = rows[rows.length - 1];
    const rowStart = text.match(ROW_START);
    if (rowStart) {
      const row: Row = { cells: { no: [[at(rowStart[1]!)]], period: [], theme: [], lecturer: [], attendance: [] }, lines: [line] };
      if (rowStart[2]) row.cells.period.push([at(rowStart[2])]);
      rows.push(row);
      column = 'period';
      continue;
    }
    if (!open || width(raw.trimEnd()) > maxWidth || ENDS_TABLE.test(text)) break;
    open.lines.push(line);
    const push = (c: Column, piece: string, newParagraph: boolean): void => {
      const cells = open.cells[c];
      if (newParagraph || cells.length === 0) cells.push([at(piece)]);
      else cells[cells.length - 1]!.push(at(piece));
    };
    const attendance = text.match(ATTENDANCE);
    const lecturer = text.match(LECTURER);
    if (PERIOD.test(text) && (column === 'period' || column === 'no')) {
      push('period', text, false);
    } else if (attendance) {
      const rest = text.slice(0, attendance.index).trim();
      if (rest) push('lecturer', rest, true);
      push('attendance', attendance[1]!, true);
      column = 'attendance';
    } else if ((column === 'attendance' || column === 'lecturer') && ATTENDANCE_MORE.test(text)) {
      // L18916–18920 `（資料のみ` / `配布）のみ` / `配布）`: printed as is, joined like prose lines.
      const previous = open.cells.attendance.at(-1)?.at(-1);
      push('attendance', text, column !== 'attendance' || previous === undefined || context.lines[previous.line - 1]!.text.endsWith(' '));
      column = 'attendance';
    } else if (lecturer) {
      const rest = text.slice(0, lecturer.index).trim();
      if (rest) push('theme', rest, column !== 'theme' || rest.startsWith('・'));
      // `NISC 職員、` + `外部講師` read as one list; `外部講師` / `NISC 職員` without a comma are two lines.
      const previous = open.cells.lecturer.at(-1)?.at(-1);
      push('lecturer', lecturer[1]!, column !== 'lecturer' || !previous?.text.endsWith('、'));
      column = 'lecturer';
    } else {
      // A theme line: `【…】` or `・…` or a numbered `1．…` opens a paragraph; anything else continues one.
      const opens = column !== 'theme' || /^(【|・|\d．)/.test(text);
      push('theme', text, opens);
      column = 'theme';
    }
  }
  return { rows, end: k };
}
