import type { BlockNode, ColumnNode } from '../../../types.ts';
import type { PageContext } from '../context.ts';

/** A コラム (or a slide) as an aside labelled by its own heading; an image-only slide says so under its title. */
export function column(node: ColumnNode, emit: (children: readonly BlockNode[]) => string[], page: PageContext): string {
  const [title, ...rest] = node.children;
  const notice = node.imageOnly ? [`<p class="image-notice" lang="${page.lang}">${page.t('slideImageNotice')}</p>`] : [];
  return [`<aside class="column" aria-labelledby="${node.id}">`, ...emit(title ? [title] : []), ...notice, ...emit(rest), '</aside>'].join('\n\n');
}
