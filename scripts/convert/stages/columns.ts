import type { BlockNode, ColumnNode, HeadingNode } from '../types.ts';
import { inlineText } from './inlines.ts';

/**
 * Wraps each コラム (L1043 ` コラム ～政府機関等に対する不審メールの傾向～ `) and the blocks after it,
 * up to the next heading, in a column node; the コラム line becomes the column's own heading.
 */
export function columns(blocks: readonly BlockNode[]): BlockNode[] {
  const result: BlockNode[] = [];
  let open: ColumnNode | undefined;
  let count = 0;
  let parentId = '';
  for (const block of blocks) {
    if (block.type === 'heading') {
      open = undefined;
      parentId = block.id;
      result.push(block);
      continue;
    }
    if (block.type === 'paragraph' && inlineText(block.children).trimStart().startsWith('コラム')) {
      count += 1;
      const id = `${parentId}-column${count > 1 ? count : ''}`;
      const heading: HeadingNode = { type: 'heading', depth: 5, id, label: '', children: block.children, lines: block.lines, position: block.position };
      open = { type: 'column', id, children: [heading], position: { start: block.position.start, end: block.position.end } };
      result.push(open);
      continue;
    }
    if (open) {
      open.children.push(block);
      if ('position' in block) open.position = { start: open.position.start, end: block.position.end };
    } else result.push(block);
  }
  return result;
}
