import type { BlockNode, ParagraphNode } from '../../types.ts';
import type { Emit, PageContext } from './context.ts';
import { byline } from './handlers/byline.ts';
import { column } from './handlers/column.ts';
import { contents } from './handlers/contents.ts';
import { crossLinks } from './handlers/crossLinks.ts';
import { figure } from './handlers/figure.ts';
import { glossary } from './handlers/glossary.ts';
import { heading } from './handlers/heading.ts';
import { measureTable } from './handlers/measureTable.ts';
import { strategyBox } from './handlers/strategyBox.ts';
import { paragraph, reportList } from './handlers/paragraph.ts';
import { table } from './handlers/table.ts';

type Handlers = { [T in BlockNode['type']]: (node: Extract<BlockNode, { type: T }>, emit: Emit, page: PageContext) => string };

/** One handler per block type; a new node type does not compile until it has one. */
const handlers: Handlers = { contents, heading, paragraph, figure, column, strategyBox, measureTable, crossLinks, table, byline, glossary };

const isListItem = (node: BlockNode): node is ParagraphNode => node.type === 'paragraph' && (node.role === 'bullet' || node.role === 'numbered');

export function blocksToMdx(nodes: readonly BlockNode[], page: PageContext): string[] {
  const out: string[] = [];
  let list: ParagraphNode[] = [];
  for (const node of nodes) {
    if (isListItem(node)) {
      list.push(node);
      continue;
    }
    if (list.length > 0) out.push(reportList(list));
    list = [];
    const handler = handlers[node.type] as (n: BlockNode, emit: Emit, page: PageContext) => string;
    out.push(handler(node, (children) => blocksToMdx(children, page), page));
  }
  if (list.length > 0) out.push(reportList(list));
  return out;
}
