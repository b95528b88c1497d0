import type { FigureNode } from '../../../types.ts';
import { escapeMdxText } from '../../escape.ts';
import { inlinesToMdx } from '../inline.ts';
import type { PageContext } from '../context.ts';

/** A figure that was an image in the PDF: its caption, and a notice that the image is not here. */
export function figure(node: FigureNode, _emit: unknown, page: PageContext): string {
  return [
    '<figure class="report-figure">',
    `<figcaption>${node.label ? `${escapeMdxText(node.label)} ` : ''}${inlinesToMdx(node.caption.children)}</figcaption>`,
    `<p class="image-notice" lang="${page.lang}">${page.t('imageNotice')}</p>`,
    '</figure>',
  ].join('\n');
}
