import type { BlockNode, ParagraphNode } from '../../types.ts';
import { byline } from './handlers/byline.ts';
import { column } from './handlers/column.ts';
import { figure } from './handlers/figure.ts';
import { glossary } from './handlers/glossary.ts';
import { heading } from './handlers/heading.ts';
import { paragraph, reportList } from './handlers/paragraph.ts';
import { table } from './handlers/table.ts';

type Emit = (children: readonly BlockNode[]) => string[];
type Handlers = { [T in BlockNode['type']]: (node: Extract<BlockNode, { type: T }>, emit: Emit) => string };

/** One handler per block type; a new node type does not compile until it has one. */
const handlers: Handlers = { heading, paragraph, figure, column, table, byline, glossary };

const isListItem = (node: BlockNode): node is ParagraphNode => node.type === 'paragraph' && (node.role === 'bullet' || node.role === 'numbered');

export function blocksToMdx(nodes: readonly BlockNode[]): string[] {
  const out: string[] = [];
  let list: ParagraphNode[] = [];
  for (const node of nodes) {
    if (isListItem(node)) {
      list.push(node);
      continue;
    }
    if (list.length > 0) out.push(reportList(list));
    list = [];
    const handler = handlers[node.type] as (n: BlockNode, emit: Emit) => string;
    out.push(handler(node, blocksToMdx));
  }
  if (list.length > 0) out.push(reportList(list));
  return out;
}
