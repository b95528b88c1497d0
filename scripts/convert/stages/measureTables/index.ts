import { fail, quoteLine } from '../../messages.ts';
import { kanaOrder, measureKeyToId, nodeKeyToTableId } from '../../measureKey.ts';
import { compact, spanPosition } from '../../source.ts';
import type { BlockNode, InlineNode, MeasurePart, MeasureRow, MeasureTableNode, MeasureYear, ParagraphNode, SourceLine, StrategyBoxNode } from '../../types.ts';
import { STRATEGY_BOX_HEADER } from '../hoistedHeadings.ts';
import { inlineText } from '../inlines.ts';
import { columns as displayWidth } from '../../../../src/lib/chars.ts';
import { planResultSplit } from './planResultSplit.ts';

/** L5109 `項番 担当府省庁 2020 年度 年次計画`, L8064 `… 2019 年度 年次計画 取組の成果、進捗状況`. */
const TABLE_HEADER = /^項番担当府省庁(\d{4})年度年次計画(取組の成果、進捗状況)?$/;
/** L5111 `(ア) 内閣官房 内閣官房において、…`: a row starts with its 項番 and its first ministry. */
const ROW_START = /^\s?[(（]([ア-ン])[)）] (\S+)(?: +(.*))?$/;
/** L11641 `内閣官房 内閣官房において、…`: an unlabelled sub-row of 2019's 2.3(5)(エ) starts with its ministry. */
const SUB_ROW_START = /^\s?(\S+) +(\S.*)$/;
const REPRINT = /[（(]再掲[）)]/;

export interface MeasureContext {
  lines: readonly SourceLine[];
  ministries: ReadonlyMap<string, string>;
  /** Section number of the unit, the `1` of `1.1(1)`. */
  section: string;
  /** The unit's title, which names the section-level node `5`. */
  sectionTitle: string;
  /** The unit's id, the key of that title's English. */
  unitId: string;
}

/**
 * Turns the flat blocks of a 別添1/別添2 section into strategy boxes and measure tables
 * (seed-structure.md §4.7–§4.9, §5; crosslinks.md §2): a box runs from 「戦略…より」 to the column
 * header 「項番 担当府省庁 …」, a table from there to the next box or heading. Rows start with their
 * 項番 and ministry; whole-line ministry names directly after add ministries; 2019 rows are split into
 * plan and result. The node key comes from the headings above (`1.1(1)`), never from position alone.
 */
export function measureTables(blocks: readonly BlockNode[], context: MeasureContext): BlockNode[] {
  const out: BlockNode[] = [];
  let sub = '';
  let item = '';
  let title: InlineNode[] = [{ type: 'text', value: context.sectionTitle.replace(/^\S+\s+/, '') }];
  let titleId = context.unitId;
  const labelsSeen = new Map<string, string[]>();
  const nodeKey = (): string => (item ? `${sub}(${item})` : sub || context.section);
  const tablesOfNode = new Map<string, number>();

  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.type === 'heading') {
      if (block.depth === 2) {
        sub = block.label;
        item = '';
      } else if (block.depth === 3) item = block.label.replace(/[()]/g, '');
      title = block.children;
      titleId = block.id;
      out.push(block);
      continue;
    }
    if (block.type !== 'paragraph' || compact(inlineText(block.children)) !== STRATEGY_BOX_HEADER) {
      out.push(block);
      continue;
    }
    // A strategy box, then its table.
    const key = nodeKey();
    const items: ParagraphNode[] = [];
    let j = k + 1;
    for (; j < blocks.length; j++) {
      const b = blocks[j]!;
      if (b.type === 'paragraph' && TABLE_HEADER.test(compact(inlineText(b.children)))) break;
      if (b.type !== 'paragraph') unexpected(b, context, 'a strategy box ends before its table header');
      items.push(b as ParagraphNode);
    }
    const header = blocks[j];
    if (!header || header.type !== 'paragraph') unexpected(block, context, 'a strategy box without a table after it');
    const [, yearText, resultColumn] = compact(inlineText(header.children)).match(TABLE_HEADER)!;
    const year = Number(yearText) as MeasureYear;
    const part = (tablesOfNode.get(key) ?? 0) + 1;
    tablesOfNode.set(key, part);
    const boxPosition = { start: block.position.start, end: (items[items.length - 1] ?? block).position.end };
    out.push({ type: 'strategyBox', id: nodeKeyToTableId(year, key, part).replace(/^t/, 'box'), nodeKey: key, header: block, children: items, position: boxPosition } satisfies StrategyBoxNode);

    const rowBlocks: ParagraphNode[] = [];
    let end = j + 1;
    for (; end < blocks.length; end++) {
      const b = blocks[end]!;
      if (b.type === 'heading') break;
      if (b.type === 'paragraph' && compact(inlineText(b.children)) === STRATEGY_BOX_HEADER) break;
      if (b.type !== 'paragraph') unexpected(b, context, 'a table holds only paragraphs');
      rowBlocks.push(b as ParagraphNode);
    }
    const rows = tableRows(rowBlocks, { ...context, year, key, hasResult: resultColumn !== undefined });
    const labels = labelsSeen.get(key) ?? [];
    for (const row of rows) {
      const expected = kanaOrder[labels.length];
      if (row.label !== `(${expected})`) {
        fail({
          line: row.lines[0]!,
          column: 1,
          reason: `項番 ${row.label} of node ${key} breaks the sequence`,
          rule: 'measureTables/label-sequence',
          expected: `(${expected}), the next 項番 of ${key}`,
          found: quoteLine(context.lines[row.lines[0]! - 1]!.text),
        });
      }
      labels.push(row.label);
    }
    labelsSeen.set(key, labels);
    const last = rows[rows.length - 1];
    out.push({
      type: 'measureTable',
      id: nodeKeyToTableId(year, key, part),
      year,
      nodeKey: key,
      title,
      titleId,
      header,
      rows,
      position: { start: header.position.start, end: last ? last.position.end : header.position.end },
    } satisfies MeasureTableNode);
    k = end - 1;
  }
  return out;
}

interface RowContext extends MeasureContext {
  year: MeasureYear;
  key: string;
  hasResult: boolean;
}

function tableRows(paragraphs: readonly ParagraphNode[], context: RowContext): MeasureRow[] {
  const rows: { label: string; parts: { ministries: string[]; text: ParagraphNode[]; prefixWidths: Map<number, number> }[]; lines: number[] }[] = [];
  const prefixWidth = (p: ParagraphNode, text: string, rest: string): Map<number, number> =>
    new Map([[p.lines[0]!, displayWidth(context.lines[p.lines[0]! - 1]!.text) - displayWidth(context.lines[p.lines[0]! - 1]!.text.trimStart().slice(text.length - rest.length))]]);
  for (const p of paragraphs) {
    const text = inlineText(p.children).trim();
    const start = text.match(ROW_START);
    const row = rows[rows.length - 1];
    if (start && context.ministries.has(start[2]!)) {
      const rest = start[3] ?? '';
      const first = rest ? [withoutPrefix(p, text.length - rest.length)] : [];
      rows.push({ label: `(${start[1]})`, parts: [{ ministries: [start[2]!], text: first, prefixWidths: prefixWidth(p, text, rest) }], lines: [...p.lines] });
      continue;
    }
    if (!row) unexpected(p, context, 'text in a measure table before its first row');
    row.lines.push(...p.lines);
    const part = row.parts[row.parts.length - 1]!;
    if (part.text.length === 0 && context.ministries.has(text)) {
      part.ministries.push(text);
      continue;
    }
    const sub = text.match(SUB_ROW_START);
    if (part.text.length > 0 && sub && context.ministries.has(sub[1]!)) {
      row.parts.push({ ministries: [sub[1]!], text: [withoutPrefix(p, text.length - sub[2]!.length)], prefixWidths: prefixWidth(p, text, sub[2]!) });
      continue;
    }
    part.text.push(p);
  }
  return rows.map((row) => {
    const kana = row.label.slice(1, -1);
    const parts: MeasurePart[] = row.parts.map((part) => {
      if (!context.hasResult) return { ministries: part.ministries, plan: part.text, result: [] };
      const at = planResultSplit(part.text, context.lines, part.prefixWidths);
      return { ministries: part.ministries, plan: part.text.slice(0, at), result: part.text.slice(at) };
    });
    const planText = compact(parts.flatMap((p) => p.plan).map((p) => inlineText(p.children)).join(''));
    const first = row.lines[0]!;
    const last = row.lines[row.lines.length - 1]!;
    return {
      id: measureKeyToId(context.year, context.key, kana),
      key: `${context.key}${row.label}`,
      label: row.label,
      reprint: REPRINT.test(planText),
      parts,
      lines: row.lines,
      position: spanPosition(context.lines, first, last),
    };
  });
}

/** The paragraph without the 項番 and ministry printed before its text, which lie in its first text node. */
function withoutPrefix(p: ParagraphNode, length: number): ParagraphNode {
  const [first, ...rest] = p.children;
  if (first?.type !== 'text' || first.value.trimStart().length < length) throw new Error(`row prefix outside the first text node at line ${p.lines[0]}`);
  return { ...p, children: [{ ...first, value: first.value.trimStart().slice(length).trimStart() }, ...rest] };
}

function unexpected(block: BlockNode, context: MeasureContext, reason: string): never {
  const line = 'position' in block ? block.position.start.line : 1;
  return fail({
    line,
    column: 1,
    reason,
    rule: 'measureTables/structure',
    found: quoteLine(context.lines[line - 1]!.text),
    fix: 'check the strategy box and table layout of this node (seed-structure.md §4.7–§4.9)',
  });
}
