import { MEASURE_ANNEXES } from '../../reportUnits.ts';
import type { BlockContext } from '../blockContext.ts';
import type { UnitDeclaration } from '../../data/schema.ts';
import { fail, quoteLine } from '../../messages.ts';
import type { BlockNode, InlineNode, TableCell } from '../../types.ts';
import { pageHref } from '../../pageHref.ts';
import { blockLines, cell, joinedInlines, type LineStart, lineText, replaceLines, squash, tableNode } from './lines.ts';

/** L24010–24013: `項目`, `担当府省庁`, `（◎：主担当、○：関係府省庁）`. */
const HEADER = { item: '項目', ministries: '担当府省庁', legend: '（◎：主担当、○：関係府省庁）' } as const;
/** Strategy nodes: L24015 `1. 経済社会の…`, L24259 `5.推進体制`, L24017 `1.1 新たな…`, L24019 ` (1) 経営層の意識改革 ◎：…`. */
const NODE = /^\s*(?:([1-9])\.(?!\d)|([1-9])\.([1-9]) |\(([1-9])\) )/;
/** The lead ministries start with ◎, the related ones with ○, notes with ※ (L24019, L24021, L24047). */
const FIELD = { lead: '◎：', related: '○：', note: '※' } as const;
type Field = keyof typeof FIELD;

interface Row {
  key: { section: number; sub?: number; item?: number };
  name: LineStart[];
  fields: Record<Field, LineStart[]>;
}

/** Heading id in 別添1/別添2 of a strategy node (`a1-s1-1-n2`) and the page it is on, the annex's section unit (`a1-s1`). */
function measureAnchor(annex: string, key: Row['key'], units: BlockContext['units']): { page: string; id: string } {
  const section = `${annex}-s${key.section}`;
  const page = units.find((u) => u.id === section)?.slug;
  if (page === undefined) throw new Error(`units.json declares no unit ${section} for 別添7's strategy node ${key.section}`);
  if (key.sub === undefined && key.item === undefined) return { page, id: '' };
  const base = `${section}${key.sub !== undefined ? `-${key.sub}` : ''}`;
  return { page, id: key.item !== undefined ? `${base}-n${key.item}` : base };
}

/**
 * 担当府省庁一覧 (the unlabelled 別添7, seed-structure.md §3.8): one row per strategy node with its lead
 * (◎) and related (○) ministries and its notes (※), each node linked to its measures in 別添1 and 別添2.
 * Names and lists wrap over several lines; a line that opens no node and no field continues the last one.
 */
export function responsibilities(blocks: readonly BlockNode[], context: BlockContext, declaration: UnitDeclaration): BlockNode[] {
  const lines = blockLines(blocks).filter((l) => lineText(context, l).trim() !== '');
  const at = (text: string): number => {
    const found = lines.find((l) => squash(lineText(context, l)) === text);
    if (found === undefined) fail({ line: lines[0] ?? 1, column: 1, reason: `the list has no \`${text}\` header`, rule: 'responsibilities/header-missing', fix: 'update HEADER in stages/annexes/responsibilities.ts to the header as printed' });
    return found;
  };
  const itemLine = at(HEADER.item);
  const ministriesLine = at(HEADER.ministries);
  const legendLine = at(HEADER.legend);
  const rows: Row[] = [];
  let section = 0;
  let sub: number | undefined;
  let open: LineStart[] | undefined;
  for (const line of lines.filter((l) => l > legendLine)) {
    const text = context.lines[line - 1]!.text;
    const node = text.match(NODE);
    if (node) {
      const [, top, s, ss, n] = node;
      if (top) (section = Number(top)), (sub = undefined);
      if (s) (section = Number(s)), (sub = Number(ss));
      const key = n ? { section, ...(sub !== undefined ? { sub } : {}), item: Number(n) } : { section, ...(sub !== undefined ? { sub } : {}) };
      const row: Row = { key, name: [], fields: { lead: [], related: [], note: [] } };
      rows.push(row);
      const lead = text.indexOf(` ${FIELD.lead}`);
      const nameStart = text.length - text.trimStart().length + 1;
      if (lead === -1) {
        row.name.push({ line, column: nameStart });
        open = row.name;
      } else {
        row.name.push({ line, column: nameStart });
        row.fields.lead.push({ line, column: lead + 2 });
        open = row.fields.lead;
      }
      continue;
    }
    const row = rows[rows.length - 1];
    const trimmed = text.trim();
    const field = (Object.keys(FIELD) as Field[]).find((f) => trimmed.startsWith(FIELD[f]));
    if (!row) fail({ line, column: 1, reason: 'text before the first strategy node', rule: 'responsibilities/orphan', fix: 'a row opens with its strategy node number (NODE in stages/annexes/responsibilities.ts): widen NODE to the number on this line', found: quoteLine(text) });
    if (field) {
      row.fields[field].push({ line });
      open = row.fields[field];
    } else open!.push({ line });
  }

  const nameInlines = (row: Row): InlineNode[] => {
    // The name ends where ◎ starts on the same line.
    const [first, ...rest] = row.name;
    const text = context.lines[first!.line - 1]!.text;
    const lead = row.fields.lead[0];
    if (lead && lead.line === first!.line) {
      const clipped = { ...context, lines: context.lines.map((l) => (l.line === first!.line ? { ...l, text: text.slice(0, lead.column! - 1) } : l)) };
      return joinedInlines(clipped, [first!, ...rest], 'cell');
    }
    return joinedInlines(context, row.name, 'cell');
  };
  const fieldCell = (starts: LineStart[]): TableCell => (starts.length === 0 ? { paragraphs: [[]] } : cell(joinedInlines(context, starts, 'cell')));
  const links = (row: Row): InlineNode[] =>
    ([[MEASURE_ANNEXES[2020], 'annex1Link'], [MEASURE_ANNEXES[2019], 'annex2Link']] as const).map(([annex, label]): InlineNode => {
      const { page, id } = measureAnchor(annex, row.key, context.units);
      return { type: 'link', url: pageHref(declaration.slug, page, id), label };
    });

  const used = lines.filter((l) => l >= itemLine);
  const table = tableNode(context, used, {
    id: 'a7-responsibilities',
    label: squash(HEADER.ministries),
    head: [
      [
        { ...cell(joinedInlines(context, [itemLine])), rowSpan: 2 },
        { ...cell(joinedInlines(context, [ministriesLine, legendLine], 'cell')), colSpan: 3 },
        { paragraphs: [[]], uiText: 'measuresColumn', rowSpan: 2 },
      ],
      [cell([{ type: 'text', value: '◎' }]), cell([{ type: 'text', value: '○' }]), cell([{ type: 'text', value: '※' }])],
    ],
    rows: rows.map((row) => [cell(nameInlines(row), true), fieldCell(row.fields.lead), fieldCell(row.fields.related), fieldCell(row.fields.note), cell(links(row))]),
  });
  return replaceLines(blocks, used, table, 'responsibilities/paragraph-overlap');
}
