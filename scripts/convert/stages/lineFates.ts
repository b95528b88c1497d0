import type { VFile } from 'vfile';
import { conversionMessage } from '../messages.ts';
import type { BlockNode, LineRole, Root, SourceLine, UnitNode } from '../types.ts';

/** Where one source line went: the node that holds it, or the furniture class that dropped it. */
export interface LineFate {
  line: number;
  role: 'blank' | 'furniture' | 'footnote' | 'heading' | 'text';
  /** Furniture class, footnote id, or the id of the block that holds the line. */
  target: string;
  /** Slug of the page that shows the line; empty for dropped lines. */
  page: string;
}

/**
 * Where every source line went: furniture, blank, or the node that holds it; a line in none of them
 * was lost by a stage, and each such line is reported on `file`. The walk keeps its own recursion, not
 * unist-util-visit: it numbers blocks in reading order including the ones that are fields, not
 * children (a box's header, a figure's text), and those numbers name the targets in coverage-lines.tsv.
 */
export function lineFates(lines: readonly SourceLine[], roles: readonly LineRole[], root: Root, pageOfLine: ReadonlyMap<number, UnitNode>, file: VFile): LineFate[] {
  const holder = new Map<number, { role: LineFate['role']; target: string }>();
  let counter = 0;
  const visit = (blocks: readonly BlockNode[], unit: UnitNode): void => {
    for (const block of blocks) {
      counter += 1;
      if (block.type === 'heading') for (const l of block.lines) holder.set(l, { role: 'heading', target: block.id });
      else if (block.type === 'paragraph') for (const l of block.lines) holder.set(l, { role: 'text', target: `${unit.id}/p${counter}` });
      else if (block.type === 'figure') {
        for (const l of block.caption.lines) holder.set(l, { role: 'text', target: `${unit.id}/figure${counter}` });
        visit(block.content ?? [], unit);
      } else if (block.type === 'strategyBox') visit([block.header, ...block.children], unit);
      else if (block.type === 'measureTable') {
        for (const l of block.header.lines) holder.set(l, { role: 'text', target: `${block.id}/header` });
        for (const row of block.rows) for (const l of row.lines) holder.set(l, { role: 'text', target: row.id });
      } else if (block.type === 'column') visit(block.children, unit);
      else if (block.type === 'crossLinks') continue;
      else if (block.type === 'glossary') {
        for (const l of block.lines) holder.set(l, { role: 'text', target: `${unit.id}/glossary` });
        for (const term of block.letters.flatMap((letter) => letter.terms)) for (const l of term.lines) holder.set(l, { role: 'text', target: term.id });
      } else for (const l of block.lines) holder.set(l, { role: 'text', target: block.type === 'table' ? block.id : `${unit.id}/${block.type}${counter}` });
    }
  };
  for (const unit of root.children) {
    visit(unit.children, unit);
    for (const fn of unit.footnotes) for (const l of fn.lines) holder.set(l, { role: 'footnote', target: fn.id });
  }
  return lines.map((source, i) => {
    const role = roles[i]!;
    const page = pageOfLine.get(source.line)?.slug ?? '';
    if (role.kind === 'blank') return { line: source.line, role: 'blank', target: '', page: '' };
    if (role.kind === 'furniture') return { line: source.line, role: 'furniture', target: role.class, page: '' };
    if (role.kind === 'unitHeading') return { line: source.line, role: 'heading', target: role.unitId, page };
    const held = holder.get(source.line);
    if (!held) {
      file.messages.push(
        conversionMessage(
          {
            line: source.line,
            column: 1,
            reason: 'this line is neither in the document nor page furniture',
            rule: 'coverage/line-lost',
            found: JSON.stringify(source.text),
            fix: 'a stage dropped it; every line must end up in a node or be classified as furniture',
          },
          'error',
        ),
      );
      return { line: source.line, role: 'text', target: '', page };
    }
    return { line: source.line, ...held, page };
  });
}
