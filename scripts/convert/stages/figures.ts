import type { BlockNode } from '../types.ts';

/**
 * In the main text every 図表 caption stands for a figure that was an image in the PDF: the
 * extraction keeps the caption and leaves single-space lines where the graphic was (L825–827).
 */
export function figures(blocks: readonly BlockNode[]): BlockNode[] {
  return blocks.map((block) =>
    block.type === 'paragraph' && block.role === 'caption' ? { type: 'figure', caption: block, position: block.position } : block,
  );
}
