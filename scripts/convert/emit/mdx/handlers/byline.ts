import type { BylineNode } from '../../../types.ts';
import { jsxAttribute } from '../../escape.ts';
import { inlinesToMdx } from '../inline.ts';
import { generatedText } from '../text.ts';

/** 別添3: the CISO under the ministry's name, and a link to the ministry's measures (generated). */
export function byline(node: BylineNode): string {
  return [
    `<p class="byline"><span class="byline-role">${inlinesToMdx(node.role)}</span> <span class="byline-holder">${inlinesToMdx(node.holder)}</span></p>`,
    `<p class="ministry-link"><a ${jsxAttribute('href', node.url)}>${generatedText.ministryMeasures}</a></p>`,
  ].join('\n\n');
}
