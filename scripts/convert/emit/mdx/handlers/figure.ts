import type { FigureNode } from '../../../types.ts';
import { escapeMdxText } from '../../escape.ts';
import { inlinesToMdx } from '../inline.ts';
import { generatedText } from '../text.ts';

/** A figure that was an image in the PDF: its caption, and a notice that the image is not here. */
export function figure(node: FigureNode): string {
  return [
    '<figure class="report-figure">',
    `<figcaption>${node.label ? `${escapeMdxText(node.label)} ` : ''}${inlinesToMdx(node.caption.children)}</figcaption>`,
    `<p class="image-notice">${generatedText.imageNotice}</p>`,
    '</figure>',
  ].join('\n');
}
