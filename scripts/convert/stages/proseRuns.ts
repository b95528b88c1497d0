import type { BlockNode, InlineNode, ParagraphNode, ParagraphRole, Root, TableCell, UnitNode } from '../types.ts';

/** Where a run of prose sits: what holds it, in which block, from which source lines. */
export interface ProsePlace {
  unit: UnitNode;
  holder: 'paragraph' | 'tableCell' | 'tableNote' | 'figureText' | 'definition' | 'footnote';
  /** The paragraph's role, for a paragraph. */
  role?: ParagraphRole;
  /** The block the holder belongs to: `unit` for a paragraph of the page body itself. */
  within: 'unit' | BlockNode['type'];
  lines: readonly number[];
}

export type ProseMap = (run: readonly InlineNode[], place: ProsePlace) => InlineNode[];

/**
 * The tree with every run of report prose passed through `map`: paragraphs wherever they sit (the page
 * body, columns, figures, strategy boxes, measure rows), body cells, notes and figure text of tables,
 * glossary definitions and footnotes. The one place that knows which nodes keep prose, in `children`
 * or in fields (a row's plan, a cell's paragraphs), so that the stages that rewrite text
 * (justificationSpaces, termLinks) reach the same places. Headings, captions of tables, column heads
 * and generated text are not prose here: they print no sentences.
 */
export function mapProse(root: Root, map: ProseMap): Root {
  return { ...root, children: root.children.map((unit) => mapUnit(unit, map)) };
}

function mapUnit(unit: UnitNode, map: ProseMap): UnitNode {
  const paragraph = (p: ParagraphNode, within: ProsePlace['within']): ParagraphNode => ({ ...p, children: map(p.children, { unit, holder: 'paragraph', role: p.role, within, lines: p.lines }) });
  const runs = (list: readonly InlineNode[][], holder: ProsePlace['holder'], within: ProsePlace['within'], lines: readonly number[]) => list.map((run) => map(run, { unit, holder, within, lines }));
  const cell = (c: TableCell, lines: readonly number[]): TableCell => ({ ...c, paragraphs: runs(c.paragraphs, 'tableCell', 'table', lines) });
  const blocks = (list: readonly BlockNode[], within: ProsePlace['within']): BlockNode[] =>
    list.map((block): BlockNode => {
      switch (block.type) {
        case 'paragraph':
          return paragraph(block, within);
        case 'column':
          return { ...block, children: blocks(block.children, 'column') };
        case 'figure':
          return { ...block, caption: paragraph(block.caption, 'figure'), ...(block.content ? { content: blocks(block.content, 'figure') } : {}) };
        case 'strategyBox':
          return { ...block, header: paragraph(block.header, 'strategyBox'), children: block.children.map((p) => paragraph(p, 'strategyBox')) };
        case 'measureTable':
          return { ...block, rows: block.rows.map((r) => ({ ...r, parts: r.parts.map((part) => ({ ...part, plan: part.plan.map((p) => paragraph(p, 'measureTable')), result: part.result.map((p) => paragraph(p, 'measureTable')) })) })) };
        case 'table':
          return {
            ...block,
            rows: block.rows.map((row) => row.map((c) => cell(c, block.lines))),
            notes: runs(block.notes, 'tableNote', 'table', block.lines),
            ...(block.figureText ? { figureText: runs(block.figureText, 'figureText', 'table', block.lines) } : {}),
          };
        case 'glossary':
          return { ...block, letters: block.letters.map((l) => ({ ...l, terms: l.terms.map((t) => ({ ...t, definition: runs(t.definition, 'definition', 'glossary', t.lines) })) })) };
        default:
          return block;
      }
    });
  return { ...unit, children: blocks(unit.children, 'unit'), footnotes: unit.footnotes.map((f) => ({ ...f, children: map(f.children, { unit, holder: 'footnote', within: 'unit', lines: f.lines }) })) };
}
