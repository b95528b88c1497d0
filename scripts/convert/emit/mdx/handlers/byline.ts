import type { BylineNode } from '../../../types.ts';
import { jsxAttribute } from '../../escape.ts';
import { inlinesToMdx } from '../inline.ts';
import type { PageContext } from '../context.ts';

/** 別添3: the CISO under the ministry's name, and a link to the ministry's measures (generated). */
export function byline(node: BylineNode, _emit: unknown, page: PageContext): string {
  return [
    `<p class="byline"><span class="byline-role">${inlinesToMdx(node.role)}</span> <span class="byline-holder">${inlinesToMdx(node.holder)}</span></p>`,
    `<p class="ministry-link"><a ${jsxAttribute('href', node.url)}><span lang="${page.lang}">${page.t('ministryMeasures')}</span></a></p>`,
  ].join('\n\n');
}
