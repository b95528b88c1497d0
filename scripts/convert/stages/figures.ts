import type { BlockNode, FigureNode, ParagraphNode } from '../types.ts';

const LABEL = /^\s*((?:図表|表)[0-9０-９]+(?:－[0-9０-９]+)*)[\s：:]*/;

/**
 * A 図表 caption that no stage rebuilt a table or figure text for stands for a figure that was an image
 * in the PDF: the extraction keeps the caption and leaves single-space lines where the graphic was (L825–827).
 */
export function figures(blocks: readonly BlockNode[]): BlockNode[] {
  return blocks.map((block) => {
    if (block.type === 'column') return { ...block, children: figures(block.children) };
    if (block.type !== 'paragraph' || block.role !== 'caption') return block;
    return toFigure(block);
  });
}

/** A caption paragraph as a figure: its printed number (`図表１`) apart from its text. */
export function toFigure(caption: ParagraphNode): FigureNode {
  const [first, ...rest] = caption.children;
  const match = first?.type === 'text' ? first.value.match(LABEL) : null;
  if (!match || first?.type !== 'text') return { type: 'figure', label: '', caption, position: caption.position };
  const remainder = first.value.slice(match[0].length);
  const children = remainder ? [{ ...first, value: remainder }, ...rest] : rest;
  return { type: 'figure', label: match[1]!, caption: { ...caption, children }, position: caption.position };
}
