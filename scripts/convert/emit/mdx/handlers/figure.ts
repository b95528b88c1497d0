import type { BlockNode, FigureNode } from '../../../types.ts';
import { escapeMdxText } from '../../escape.ts';
import { inlinesToMdx } from '../inline.ts';
import { generatedText } from '../text.ts';

/** A figure that was an image in the PDF: its caption, a notice that the image is not here, and the text printed in it, if any. */
export function figure(node: FigureNode, emit: (children: readonly BlockNode[]) => string[]): string {
  const text = node.content ? [`<div class="figure-text">`, `<p class="figure-text-label">${generatedText.figureText}</p>`, ...emit(node.content), '</div>'] : [];
  return [
    '<figure class="report-figure">',
    `<figcaption>${node.label ? `${escapeMdxText(node.label)} ` : ''}${inlinesToMdx(node.caption.children)}</figcaption>`,
    `<p class="image-notice">${generatedText.imageNotice}</p>`,
    ...text,
    '</figure>',
  ].join('\n\n');
}
