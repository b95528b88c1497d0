import type { BlockNode, ColumnNode } from '../../../types.ts';

/** A コラム as an aside labelled by its own heading. */
export function column(node: ColumnNode, emit: (children: readonly BlockNode[]) => string[]): string {
  return [`<aside class="column" aria-labelledby="${node.id}">`, ...emit(node.children), '</aside>'].join('\n\n');
}
