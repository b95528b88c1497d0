import type { BlockNode, HeadingNode } from '../../../types.ts';
import { escapeMdxText } from '../../escape.ts';
import type { PageContext } from '../context.ts';
import { inlinesToMdx } from '../inline.ts';

/** `## 1.1 title {#id}`: the printed number, one space, the title, and the stable id; under an image-only heading, the notice that the image is not here. */
export function heading(node: HeadingNode, _emit: (children: readonly BlockNode[]) => string[], page: PageContext): string {
  const label = node.label ? `${escapeMdxText(node.label)} ` : '';
  const title = `${'#'.repeat(node.depth)} ${label}${inlinesToMdx(node.children)} {#${node.id}}`;
  return node.imageOnly ? `${title}\n\n<p class="image-notice" lang="${page.lang}">${page.t('imageNotice')}</p>` : title;
}
