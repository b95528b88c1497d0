import type { ContentsNode } from '../../../types.ts';
import { escapeMdxText } from '../../escape.ts';
import { normaliseSpacing } from '../../spacing.ts';
import { type PageContext, pageHref } from '../context.ts';

/** A printed table of contents as a list of links, each with the page number printed for it in the PDF. */
export function contents(node: ContentsNode, _emit: unknown, page: PageContext): string {
  const items = node.entries.map((e) => `<li><a href="${pageHref(page.slug, e.slug)}">${escapeMdxText(normaliseSpacing(e.title))}</a><span class="contents-leader" aria-hidden="true">${e.leader}</span><span class="contents-page" lang="${page.lang}">${escapeMdxText(page.t('printedPage', { n: e.page }))}</span></li>`);
  return ['<ul class="report-contents">', ...items, '</ul>'].join('\n');
}
