import type { BlockNode, FigureNode } from '../../types.ts';
import { inlineText } from '../inlines.ts';

/** Text that closes a sentence: `…掲載。`, `（…という。）`. */
const SENTENCE_END = /。[）」]*$/;

/**
 * 別添6's prose closes its sentences; a line of its own that closes none is the title of a chart the
 * PDF printed as an image and the rebuilt tables do not hold (L23530 `宛先ポート 23/TCP に対するアクセス件数の推移`).
 * Each becomes a figure, which says that the image is not here. Two titles printed side by side on one line
 * (L23732) stay one figure, as every source line belongs to one block.
 */
export function chartTitles(blocks: readonly BlockNode[]): BlockNode[] {
  return blocks.map((block): BlockNode => {
    if (block.type !== 'paragraph' || block.role !== 'plain' || block.lines.length !== 1 || SENTENCE_END.test(inlineText(block.children).trim())) return block;
    const figure: FigureNode = { type: 'figure', label: '', caption: { ...block, role: 'caption' }, position: block.position };
    return figure;
  });
}
