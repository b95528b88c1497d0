import type { BlockContext } from '../blockContext.ts';
import { fail, quoteLine } from '../../messages.ts';
import type { BlockNode, HeadingNode, InlineNode, TableCell } from '../../types.ts';
import { inlineText } from '../inlines.ts';
import { columns as displayWidth } from '../../../../src/lib/chars.ts';
import { cellsAt } from './cells.ts';
import { blockLines, cell, joinedInlines, type LineStart, lineText, replaceLines, squash, tableCells, tableNode } from './lines.ts';

/** L21887 `第４次行動計画 IV 章記載事項 取組内容`, printed once, above the first group. */
const HEADER = '第４次行動計画IV章記載事項取組内容';
const HEADER_CELLS = ['第４次行動計画 IV 章記載事項', '取組内容'] as const;
/** L21889 `1. 内閣官房の施策`; L22943 `4. 事案対処省庁及び防災関係府省庁の` + L22945 `施策`. */
const GROUP = /^([1-4])\. ?\S/;
/** L21890 `(1) 「安全基準等の整備及び浸透」に関する施策`; L22223 `…に関す` + L22225 `る施策`. */
const SUB_HEADING = /^\(([1-5])\) ?「/;
/** A title (group or sub-heading) ends with this word; a line that does not goes on on the next one. */
const TITLE_END = '施策';
/** A 記載事項 starts with its circled number: L21892 `①本行動計画で…`, L22055 ` ⑥ 重要インフラ…`. */
const ITEM = /^[①-⑳]/;
/** Its lettered parts: L22233 ` ア．当該リスクアセスメントの…`. */
const ITEM_PART = /^[ア-ン]．/;
/** Each paragraph of a 取組内容 cell starts with a bullet (L21896); a short cell shares its item's line (L22152). */
const BULLET = '・';
const SHARED_LINE = ' ・';
/**
 * The left column wraps at about 24 full-width characters, the right one at about 34: a wrapped line
 * wider than this is not in the left column, a wrapped one narrower is not in the right one.
 */
const LEFT_MAX_WIDTH = 52;
const RIGHT_MIN_WIDTH = 56;

interface Item {
  /** The 記載事項: its text and its lettered parts, one paragraph each. */
  left: LineStart[][];
  /** The 取組内容: one paragraph per bullet (and per sentence run that ends a line with 。). */
  right: LineStart[][];
}

interface Section {
  group?: { number: string; lines: number[] };
  sub: { number: string; lines: number[] };
  items: Item[];
}

/**
 * 別添5-2 §3 (seed-structure.md §3.6, §4.16): the two-column table 「第４次行動計画 IV 章記載事項 /
 * 取組内容」, flattened into lines: a group of ministries (`1. 内閣官房の施策`), its sub-headings
 * (`(1) 「…」に関する施策`) and under each, per 記載事項, the whole left cell (①…) then the whole right
 * cell (・…). One table per sub-heading, in source order: a group's name is a full-width row of the
 * first table of the group, the printed column header heads the first table and the same words,
 * generated, head the others. The sub-headings that are headings already (the first group's) stay
 * headings; the others are a full-width row after the group's, so that the text keeps its printed
 * order. A generated name (group and sub-heading) labels each table.
 */
export function actionPlanItems(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  const all = blockLines(blocks);
  const lines = all.filter((l) => lineText(context, l).trim() !== '');
  const start = lines.findIndex((l) => squash(lineText(context, l)) === HEADER);
  if (start === -1) fail({ line: lines[0] ?? 1, column: 1, reason: '別添5-2 §3 has no column header', rule: 'actionPlanItems/header-missing', fix: 'update HEADER and HEADER_CELLS in stages/annexes/actionPlanItems.ts to the header as printed, or check that 別添5-2 still holds §3 (scripts/convert/data/units.json)', expected: quoteLine(HEADER) });
  const headerLine = lines[start]!;
  const headings = new Map<number, HeadingNode>();
  for (const b of blocks) if (b.type === 'heading') for (const l of b.lines) headings.set(l, b);

  const sections: Section[] = [];
  let pendingGroup: Section['group'];
  /** A title printed over two lines: the lines so far. */
  let openTitle: number[] | undefined;
  let mode: 'left' | 'right' | undefined;
  const unreadable = (line: number, reason: string, expected?: string): never =>
    fail({ line, column: 1, reason, rule: 'actionPlanItems/unreadable', expected, found: quoteLine(context.lines[line - 1]!.text), fix: 'adjust the rule at the top of stages/annexes/actionPlanItems.ts that misread this line (GROUP, SUB_HEADING, TITLE_END, ITEM, ITEM_PART, BULLET, SHARED_LINE or the column widths)' });

  for (const line of lines.slice(start + 1)) {
    const raw = context.lines[line - 1]!.text;
    const text = raw.trim();
    const column = raw.length - raw.trimStart().length + 1;
    const section = sections[sections.length - 1];
    const item = section?.items[section.items.length - 1];
    if (openTitle) {
      openTitle.push(line);
      if (!squash(openTitle.map((l) => lineText(context, l)).join('')).endsWith(TITLE_END)) unreadable(line, 'a group or sub-heading title does not end within two lines', `a line ending in 「${TITLE_END}」`);
      openTitle = undefined;
      continue;
    }
    const group = text.match(GROUP);
    if (group) {
      pendingGroup = { number: group[1]!, lines: [line] };
      if (!squash(text).endsWith(TITLE_END)) openTitle = pendingGroup.lines;
      mode = undefined;
      continue;
    }
    const sub = text.match(SUB_HEADING);
    if (sub) {
      if (!pendingGroup && sections.length === 0) unreadable(line, 'a sub-heading before the first group of ministries');
      sections.push({ ...(pendingGroup ? { group: pendingGroup } : {}), sub: { number: sub[1]!, lines: [line] }, items: [] });
      if (!squash(text).endsWith(TITLE_END)) openTitle = sections[sections.length - 1]!.sub.lines;
      pendingGroup = undefined;
      mode = undefined;
      continue;
    }
    if (pendingGroup) unreadable(line, 'a group of ministries without a sub-heading', '`(1) 「…」に関する施策`');
    if (ITEM.test(text)) {
      if (!section) unreadable(line, 'a 記載事項 before the first sub-heading');
      const shared = raw.indexOf(SHARED_LINE, column);
      if (shared === -1) {
        section!.items.push({ left: [[{ line, column }]], right: [] });
        mode = 'left';
      } else {
        // L22152 `④ 分野横断的演習の改善策検討。 ・分野横断的演習が…`: both cells start on one line.
        section!.items.push({ left: [[{ line, column, end: shared + 1 }]], right: [[{ line, column: shared + 2 }]] });
        mode = 'right';
      }
      continue;
    }
    if (!item) unreadable(line, 'text before the first 記載事項 of its sub-heading', 'a line starting with ①');
    if (text.startsWith(BULLET)) {
      item!.right.push([{ line, column }]);
      mode = 'right';
      continue;
    }
    if (mode === 'left') {
      if (ITEM_PART.test(text)) item!.left.push([{ line, column }]);
      else item!.left[item!.left.length - 1]!.push({ line, column });
      continue;
    }
    // A line of the right column: a line that ended with 。 closed its paragraph (L22506 → L22507).
    const paragraph = item!.right[item!.right.length - 1]!;
    const previous = paragraph[paragraph.length - 1]!;
    if (lineText(context, previous.line).endsWith('。')) item!.right.push([{ line, column }]);
    else paragraph.push({ line, column });
  }
  if (openTitle) unreadable(openTitle[0]!, 'the table ends inside a title');
  if (pendingGroup) unreadable(pendingGroup.lines[0]!, 'a group of ministries without a sub-heading');

  // The two columns wrap at different widths: a wrapped line on the wrong side means a cell was misread.
  for (const s of sections) {
    if (s.items.length === 0) unreadable(s.sub.lines[0]!, 'a sub-heading without any 記載事項');
    for (const it of s.items) {
      if (it.right.length === 0) unreadable(it.left[0]![0]!.line, 'a 記載事項 without its 取組内容', 'a line starting with ・ after it');
      for (const p of it.left)
        for (const piece of p.slice(0, -1))
          if (displayWidth(lineText(context, piece.line)) > LEFT_MAX_WIDTH) unreadable(piece.line, 'a wrapped line too wide for the 記載事項 column', `at most ${LEFT_MAX_WIDTH} columns`);
      for (const p of it.right)
        for (const piece of p.slice(0, -1))
          if (displayWidth(lineText(context, piece.line)) < RIGHT_MIN_WIDTH) unreadable(piece.line, 'a wrapped line too narrow for the 取組内容 column', `at least ${RIGHT_MIN_WIDTH} columns`);
    }
  }

  const paragraphs = (starts: LineStart[][]): InlineNode[][] => starts.map((p) => joinedInlines(context, p));
  const headerText = context.lines[headerLine - 1]!.text;
  let result = [...blocks];
  const end = all[all.length - 1]!;
  sections.forEach((s, k) => {
    const first = k === 0 ? headerLine : (s.group?.lines[0] ?? s.sub.lines[0]!);
    const next = sections[k + 1];
    const last = next ? (next.group?.lines[0] ?? next.sub.lines[0]!) - 1 : end;
    const heading = headings.get(s.sub.lines[0]!);
    // Every line of the range, blank ones that a paragraph holds too, but the heading's.
    const used = all.filter((l) => l >= first && l <= last && !heading?.lines.includes(l));
    const group = s.group ?? sections.slice(0, k).reverse().find((x) => x.group)!.group!;
    const groupName = inlineText(joinedInlines(context, group.lines)).trim();
    const head: TableCell[] =
      k === 0
        ? tableCells(context, headerLine, cellsAt(headerText, HEADER_CELLS) ?? unreadable(headerLine, 'the column header is not as printed', quoteLine(HEADER_CELLS.join(' '))))
        : [
            { paragraphs: [], uiText: 'actionPlanItemsColumn' },
            { paragraphs: [], uiText: 'actionPlanWorkColumn' },
          ];
    const table = tableNode(context, used, {
      id: `a5-2-s3-t${group.number}-${s.sub.number}`,
      labelKey: { key: 'actionPlanItemsTable', params: { group: groupName, heading: heading ? `${heading.label} ${inlineText(heading.children).trim()}` : inlineText(joinedInlines(context, s.sub.lines)).trim() } },
      head: [head],
      rows: [
        ...(s.group ? [[{ ...cell(joinedInlines(context, s.group.lines), true), colSpan: 2 }]] : []),
        ...(heading ? [] : [[{ ...cell(joinedInlines(context, s.sub.lines), true), colSpan: 2 }]]),
        ...s.items.map((it) => [{ paragraphs: paragraphs(it.left), header: true }, { paragraphs: paragraphs(it.right) }]),
      ],
    });
    // Right after its heading when the sub-heading is one: the group's name, printed above it, is a row of the table.
    result = replaceLines(result, used, table, 'actionPlanItems/paragraph-overlap', heading);
  });
  return result;
}
