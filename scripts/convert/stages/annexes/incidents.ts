import type { BlockContext } from '../blockContext.ts';
import { fail, quoteLine } from '../../messages.ts';
import type { BlockNode, InlineNode, TableCell } from '../../types.ts';
import { blockLines, cell, cellInlines, joinedInlines, lineCells, type LineStart, lineText, replaceLines, squash, tableNode } from './lines.ts';

/** L20369, repeated on every page of the list (L20469, L20584). */
const HEADER = '年月(※1)情報セキュリティインシデントの概要・対応等(※2)種別';
/** L20371 `2019 年 ４月 【概要】…`, L20451 `10 月 【概要】…`: the month is printed on its first incident only. */
const DATED = /^((?:\d{4} ?年 ?)?[０-９0-9]{1,2} ?月) (【概要】.*)$/;
/** The category, printed after the text, sometimes split over two lines (L20381 `外部から` + `の攻撃`). */
export const INCIDENT_CATEGORIES = ['外部からの攻撃', '意図せぬ情報流出', 'その他'] as const;
/** L20610 `※1 初めて報道又は公表された年月。` */
const NOTE = /^※\d/;

interface Incident {
  month?: { line: number; text: string };
  paragraphs: LineStart[][];
  category?: { lines: number[]; text: string };
}

/** 別添4-9 (seed-structure.md §4.16): the 31 incidents as a table of month, summary and category. */
export function incidents(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  const all = blockLines(blocks).filter((l) => lineText(context, l).trim() !== '');
  const first = all.findIndex((l) => squash(lineText(context, l)) === HEADER);
  if (first === -1) fail({ line: all[0] ?? 1, column: 1, reason: 'the incident list has no header row', rule: 'incidents/header-missing', fix: 'update HEADER in stages/annexes/incidents.ts to the header as printed', expected: quoteLine(HEADER) });
  const list: Incident[] = [];
  const notes: number[][] = [];
  const used: number[] = [];
  let pendingCategory: number[] = [];
  for (const line of all.slice(first)) {
    const text = lineText(context, line).trim();
    used.push(line);
    if (squash(text) === HEADER) continue;
    const open = list[list.length - 1];
    if (NOTE.test(text) || notes.length > 0) {
      if (NOTE.test(text)) notes.push([line]);
      else notes[notes.length - 1]!.push(line);
      continue;
    }
    const categoryPart = INCIDENT_CATEGORIES.some((c) => c.startsWith(squash(text)) || (pendingCategory.length > 0 && c === squash(pendingCategory.map((l) => lineText(context, l)).join('') + text)));
    if (categoryPart && open && !open.category) {
      pendingCategory.push(line);
      const joined = squash(pendingCategory.map((l) => lineText(context, l)).join(''));
      if ((INCIDENT_CATEGORIES as readonly string[]).includes(joined)) {
        open.category = { lines: pendingCategory, text: joined };
        pendingCategory = [];
      }
      continue;
    }
    const dated = text.match(DATED);
    const body = dated ? dated[2]! : text;
    if (body.startsWith('【概要】')) {
      const column = context.lines[line - 1]!.text.indexOf(body) + 1;
      list.push({ ...(dated ? { month: { line, text: dated[1]! } } : {}), paragraphs: [[{ line, column }]] });
      continue;
    }
    if (!open || open.category) fail({ line, column: 1, reason: 'incident text outside an incident', rule: 'incidents/orphan-text', fix: 'an incident opens with 【概要】 after its month (DATED in stages/annexes/incidents.ts): widen DATED, or add the category printed above to INCIDENT_CATEGORIES', found: quoteLine(context.lines[line - 1]!.text) });
    const paragraph = open.paragraphs[open.paragraphs.length - 1]!;
    const previous = paragraph[paragraph.length - 1]!;
    // 【対応等】 and any line after a closed line (ending in a space) open a new paragraph (L20431 `また、…`).
    if (body.startsWith('【対応等】') || context.lines[previous.line - 1]!.text.endsWith(' ')) open.paragraphs.push([{ line }]);
    else paragraph.push({ line });
  }
  const unfinished = list.find((i) => !i.category);
  if (unfinished) fail({ line: unfinished.paragraphs[0]![0]!.line, column: 1, reason: 'an incident without its category', rule: 'incidents/category-missing', fix: 'add the category printed after this incident to INCIDENT_CATEGORIES in stages/annexes/incidents.ts', expected: INCIDENT_CATEGORIES.join(' / ') });

  const rows: TableCell[][] = list.map((incident, k) => {
    const monthCell: TableCell[] = [];
    if (incident.month) {
      let span = 1;
      while (list[k + span] && !list[k + span]!.month) span += 1;
      monthCell.push({ ...cell(cellInlines(context, incident.month.line, incident.month.text), true), rowSpan: span });
    }
    const category = incident.category!;
    return [
      ...monthCell,
      { paragraphs: incident.paragraphs.map((p) => joinedInlines(context, p)) },
      cell(joinedInlines(context, category.lines) as InlineNode[]),
    ];
  });
  const headerLine = all[first]!;
  const table = tableNode(context, used, {
    id: 'a4-9-incidents',
    label: 'インシデント一覧',
    head: [lineCells(context, headerLine, ['年月(※1)', '情報セキュリティインシデントの概要・対応等(※2)', '種別'])],
    rows,
    notes: notes.map((n) => joinedInlines(context, n)),
  });
  return replaceLines(blocks, used, table, 'incidents/paragraph-overlap');
}
