import type { CrossLinksNode } from '../../../types.ts';
import { escapeMdxText } from '../../escape.ts';
import { pageHref } from '../../../pageHref.ts';
import type { PageContext } from '../context.ts';

/** Generated links between related places, as a small labelled list (not a landmark: there are many per page). */
export function crossLinks(node: CrossLinksNode, _emit: unknown, page: PageContext): string {
  const text = (l: CrossLinksNode['links'][number]): string => (l.narrative ? page.t('narrativeSection', { n: l.text }) : l.cycle ? page.t('policyCycleLink', { n: l.text }) : l.text);
  const links = node.links.map((l) => `<li><a href="${pageHref(page.slug, l.slug, l.hash)}">${escapeMdxText(text(l))}</a></li>`).join('');
  return `<div class="cross-links" lang="${page.lang}"><span class="cross-links-label">${escapeMdxText(page.t(node.label))}</span><ul>${links}</ul></div>`;
}
