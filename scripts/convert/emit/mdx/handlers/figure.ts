import type { BlockNode, FigureNode } from '../../../types.ts';
import { escapeMdxText } from '../../escape.ts';
import { inlinesToMdx } from '../inline.ts';
import type { PageContext } from '../context.ts';

/** A figure that was an image in the PDF: its caption, a notice that the image is not here, and the text printed in it, if any. */
export function figure(node: FigureNode, emit: (children: readonly BlockNode[]) => string[], page: PageContext): string {
  const text = node.content ? [`<div class="figure-text">`, `<p class="figure-text-label" lang="${page.lang}">${page.t('figureText')}</p>`, ...emit(node.content), '</div>'] : [];
  return [
    '<figure class="report-figure">',
    `<figcaption>${node.label ? `${escapeMdxText(node.label)} ` : ''}${inlinesToMdx(node.caption.children)}</figcaption>`,
    `<p class="image-notice" lang="${page.lang}">${page.t('imageNotice')}</p>`,
    ...text,
    '</figure>',
  ].join('\n\n');
}
