/**
 * The blocks a proofreader checks, walked out of the converter's tree: each with the id the coverage
 * report gives its lines, the source lines it holds, and its text as the site displays it.
 */
import { measureHeaderCells } from '../convert/emit/mdx/handlers/measureTable.ts';
import { displayedText } from '../convert/emit/mdx/inline.ts';
import { normaliseSpacing } from '../convert/emit/spacing.ts';
import type { LineFate } from '../convert/stages/lineFates.ts';
import type { BlockNode, FootnoteReferenceNode, InlineNode, MeasureRow, ParagraphNode, Root, TableCell, TableNode, UnitNode } from '../convert/types.ts';

export type Span =
  | { kind: 'text'; text: string }
  /** A footnote reference: the printed digits and the note they link to. */
  | { kind: 'fnref'; text: string; target: string }
  | { kind: 'link'; text: string; url: string }
  /** A glossary term linked to its definition in 別添8. */
  | { kind: 'term'; text: string; target: string }
  /** Words the site generates (a table's UI header, a generated link's name), not report text. */
  | { kind: 'ui'; text: string }
  /** Between two paragraphs of one table cell. */
  | { kind: 'break'; text: '' };

/** One line of the rendered side: a tag saying what it is (`h3 1.1`, `row 2`, `plan`) and its cells. */
export interface RenderedLine {
  tag: string;
  cells: Span[][];
}

export const proofKinds = [
  'pageTitle',
  'heading',
  'paragraph',
  'figureCaption',
  'measureHeader',
  'measureRow',
  'table',
  'tableRow',
  'byline',
  'contents',
  'glossaryIndex',
  'glossaryTerm',
  'footnote',
] as const;
export type ProofKind = (typeof proofKinds)[number];

export interface ProofBlock {
  /** The id the coverage report (content/data/coverage-lines.tsv) gives the block's lines; table rows add `/rN`. */
  id: string;
  kind: ProofKind;
  /** Slug of the page that shows the block. */
  page: string;
  /** Source lines the block holds, ascending. */
  lines: number[];
  /** `tree`: the lines the tree carries; `text`: a table row, whose lines the tree does not carry, found by its cells' text. */
  located: 'tree' | 'text';
  /** What it sits in: a column, a figure, a strategy box. */
  within?: string;
  text: RenderedLine[];
  /** Runs of lines the converter joined into one text (a paragraph, a measure's plan); absent where the tree does not say (table cells, glossary definitions). */
  joined?: number[][];
  /** A table's rows, each a block of its own for sampling and anchors. */
  rows?: ProofBlock[];
}

/** Inline nodes as the site shows them: spacing normalised per text node, the ends of the run trimmed (emit/mdx/inline.ts). */
export function spans(nodes: readonly InlineNode[]): Span[] {
  return nodes.flatMap((node, i): Span[] => {
    if (node.type === 'text') {
      const text = displayedText(nodes, i);
      return text === '' ? [] : [{ kind: 'text', text }];
    }
    if (node.type === 'footnoteReference') return [{ kind: 'fnref', text: node.label, target: node.footnoteId }];
    if (node.type === 'termReference') return [{ kind: 'term', text: node.value, target: node.termId }];
    return node.label !== undefined ? [{ kind: 'ui', text: `link: ${node.label}` }] : [{ kind: 'link', text: node.url, url: node.url }];
  });
}

/** A rendered line as plain text: footnote references as `[^3]`, generated words in `[…]`, cells split by ` │ `. */
export function lineText(line: RenderedLine): string {
  const cell = (s: Span[]): string =>
    s.map((x) => (x.kind === 'fnref' ? `[^${x.text}]` : x.kind === 'ui' ? `[${x.text}]` : x.kind === 'break' ? ' ¶ ' : x.text)).join('');
  return line.cells.map(cell).join(' │ ');
}

const one = (tag: string, nodes: readonly InlineNode[]): RenderedLine => ({ tag, cells: [spans(nodes)] });

function cellSpans(cell: TableCell): Span[] {
  if (cell.uiText) return [{ kind: 'ui', text: cell.uiText }];
  const span = [cell.colSpan && cell.colSpan > 1 ? `colspan ${cell.colSpan}` : '', cell.rowSpan && cell.rowSpan > 1 ? `rowspan ${cell.rowSpan}` : ''].filter(Boolean).join(', ');
  const body = cell.paragraphs.flatMap((p, i): Span[] => [...(i > 0 ? [{ kind: 'break', text: '' } as const] : []), ...spans(p)]);
  return span ? [...body, { kind: 'ui', text: span }] : body;
}

function paragraphTag(p: ParagraphNode): string {
  return p.role === 'plain' ? '¶' : p.role;
}

/** The compact text the source prints for a run of spans, to find a table row's cells among the table's lines. */
const squash = (s: readonly Span[]): string => s.map((x) => (x.kind === 'ui' || x.kind === 'break' ? '' : x.text)).join('').replace(/\s+/g, '');

/**
 * The lines of each body row, found by the text of its cells in the table's lines, in order: a row's
 * cells are searched from where the previous cell was found, else (cells of 3 or more characters) from the
 * table's first line.
 */
export function rowLines(table: TableNode, lineText: (line: number) => string): number[][] {
  const owner: number[] = [];
  let joined = '';
  for (const line of table.lines) {
    const compact = lineText(line).replace(/\s+/g, '');
    joined += compact;
    for (let k = 0; k < compact.length; k++) owner.push(line);
  }
  let cursor = 0;
  return table.rows.map((row) => {
    const found = new Set<number>();
    for (const cell of row) {
      const needle = squash(cellSpans(cell));
      if (needle === '') continue;
      let at = joined.indexOf(needle, cursor);
      // A short cell (「5」, 「－」) found before the cursor is a chance match (an axis label's 「50%」), not its line.
      if (at === -1 && needle.length >= 3) at = joined.indexOf(needle);
      if (at === -1) continue;
      for (let k = at; k < at + needle.length; k++) found.add(owner[k]!);
      cursor = at + needle.length;
    }
    return [...found].sort((a, b) => a - b);
  });
}

function measureRowText(row: MeasureRow): RenderedLine[] {
  const head: RenderedLine = { tag: `row ${row.key}`, cells: [[{ kind: 'text', text: row.label }, ...(row.reprint ? [{ kind: 'ui', text: '再掲' } as const] : [])]] };
  return [
    head,
    ...row.parts.flatMap((part) => [
      { tag: 'ministries', cells: part.ministries.map((m): Span[] => [{ kind: 'text', text: m }]) },
      ...part.plan.map((p) => one('plan', p.children)),
      ...part.result.map((p) => one('result', p.children)),
    ]),
  ];
}

/** Every block of every page, in page order, each with the id `fates` (the coverage report) gives its first line. */
export function proofBlocks(root: Root, fates: readonly LineFate[], source: (line: number) => string): ProofBlock[] {
  const out: ProofBlock[] = [];
  const idOf = (lines: readonly number[]): string => fates[lines[0]! - 1]!.target;
  const unitBlocks = (unit: UnitNode): void => {
    // By default a block's lines are one joined text (a paragraph, a heading); `extra` replaces that.
    const add = (kind: ProofKind, lines: readonly number[], text: RenderedLine[], within?: string, extra: Partial<ProofBlock> = { joined: [[...lines]] }): void => {
      if (lines.length === 0) return;
      const sorted = [...lines].sort((a, b) => a - b);
      out.push({ id: idOf(sorted), kind, page: unit.slug, lines: sorted, located: 'tree', ...(within ? { within } : {}), text, ...extra });
    };
    const visit = (blocks: readonly BlockNode[], within?: string): void => {
      for (const b of blocks) {
        if (b.type === 'paragraph') add('paragraph', b.lines, [one(paragraphTag(b), b.children)], within);
        else if (b.type === 'heading') add('heading', b.lines, [{ tag: `h${b.depth}${b.label ? ` ${b.label}` : ''}`, cells: [spans(b.children)] }], within);
        else if (b.type === 'column') visit(b.children, `column ${b.id}`);
        else if (b.type === 'figure') {
          add('figureCaption', b.caption.lines, [one(`figure${b.label ? ` ${b.label}` : ''}`, b.caption.children)], within);
          visit(b.content ?? [], `figure text${b.label ? ` of ${b.label}` : ''}`);
        } else if (b.type === 'strategyBox') visit([b.header, ...b.children], `strategy box ${b.nodeKey}`);
        else if (b.type === 'measureTable') {
          add('measureHeader', b.header.lines, [{ tag: `table ${b.id}`, cells: measureHeaderCells(b).map((c) => [{ kind: 'text', text: normaliseSpacing(c) }]) }], within);
          for (const row of b.rows) {
            const joined = row.parts.flatMap((p) => [...p.plan, ...p.result].map((q) => q.lines));
            add('measureRow', row.lines, measureRowText(row), `table ${b.id}`, { joined });
          }
        } else if (b.type === 'table') table(b, within);
        else if (b.type === 'contents') add('contents', b.lines, b.entries.map((e) => ({ tag: `entry → ${e.slug}`, cells: [[{ kind: 'text', text: e.title }], [{ kind: 'text', text: e.page }]] })), within, {});
        else if (b.type === 'byline') add('byline', b.lines, [one('role', b.role), one('holder', b.holder)], within, {});
        else if (b.type === 'glossary') {
          const termLines = new Set(b.letters.flatMap((l) => l.terms.flatMap((t) => t.lines)));
          add('glossaryIndex', b.lines.filter((l) => !termLines.has(l)), [{ tag: 'index', cells: b.letters.map((l): Span[] => [{ kind: 'text', text: l.index }]) }], within, {});
          for (const letter of b.letters) {
            for (const t of letter.terms) {
              add('glossaryTerm', t.lines, [{ tag: `term ${t.index}`, cells: [[{ kind: 'text', text: t.term }], ...(t.english ? [[{ kind: 'text', text: t.english } as Span]] : [])] }, ...t.definition.map((d) => one('definition', d))], `glossary ${letter.index}`, {});
            }
          }
        }
        // crossLinks are generated links with no source line: nothing to proofread against the source.
      }
    };
    const table = (b: TableNode, within?: string): void => {
      const caption: RenderedLine[] = [
        ...(b.caption.length > 0 ? [one('caption', b.caption)] : b.label ? [{ tag: 'label', cells: [[{ kind: 'ui', text: b.label } as Span]] }] : []),
        ...b.head.map((row, i) => ({ tag: `head ${i + 1}`, cells: row.map(cellSpans) })),
      ];
      const after: RenderedLine[] = [...b.notes.map((n) => one('note', n)), ...(b.figureText ?? []).map((p) => one('figure text', p))];
      const located = rowLines(b, source);
      const rows = b.rows.map(
        (row, i): ProofBlock => ({
          id: `${b.id}/r${i + 1}`,
          kind: 'tableRow',
          page: unit.slug,
          lines: located[i]!,
          located: 'text',
          within: `table ${b.id}`,
          text: [{ tag: `row ${i + 1}${row[0]?.header ? ' (th)' : ''}`, cells: row.map(cellSpans) }],
        }),
      );
      add('table', b.lines, [...caption, ...after], within, { rows });
    };
    const titleLines = fates.filter((f) => f.role === 'heading' && f.target === unit.id).map((f) => f.line);
    add('pageTitle', titleLines, [{ tag: 'h1', cells: [[{ kind: 'text', text: unit.title }]] }]);
    visit(unit.children);
    for (const fn of unit.footnotes) add('footnote', fn.lines, [one(`note ${fn.label}`, fn.children)]);
  };
  for (const unit of root.children) unitBlocks(unit);
  return out;
}

/** Where a footnote reference's digits are in the source. */
export interface SourceMark {
  column: number;
  length: number;
  footnoteId: string;
}

/** Every footnote reference of the tree by source line, wherever it sits (text, cells, measure rows, definitions). */
export function footnoteMarks(root: Root): Map<number, SourceMark[]> {
  const marks = new Map<number, SourceMark[]>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      if ((value as { type?: unknown }).type === 'footnoteReference') {
        const ref = value as FootnoteReferenceNode;
        const line = ref.position.start.line;
        marks.set(line, [...(marks.get(line) ?? []), { column: ref.position.start.column, length: ref.label.length, footnoteId: ref.footnoteId }]);
      } else Object.values(value).forEach(visit);
    }
  };
  visit(root);
  return marks;
}
