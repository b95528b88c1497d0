import type { ContentsNode } from '../../../types.ts';
import { escapeMdxText } from '../../escape.ts';
import { normaliseSpacing } from '../../spacing.ts';
import { pageHref } from '../../../pageHref.ts';
import type { PageContext } from '../context.ts';

/**
 * A printed table of contents as a list of links, each with the page number printed for it in the PDF, as
 * printed; one note above the list says what the numbers are, so the entries keep the printed sequence.
 */
export function contents(node: ContentsNode, _emit: unknown, page: PageContext): string {
  const items = node.entries.map((e) => `<li><a href="${pageHref(page.slug, e.slug)}">${escapeMdxText(normaliseSpacing(e.title))}</a><span class="contents-leader" aria-hidden="true">${e.leader}</span><span class="contents-page">${e.page}</span></li>`);
  return [`<p class="printed-contents-note">${escapeMdxText(page.t('printedPagesNote'))}</p>`, '<ul class="printed-contents">', ...items, '</ul>'].join('\n');
}
