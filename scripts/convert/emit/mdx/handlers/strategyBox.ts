import type { StrategyBoxNode } from '../../../types.ts';
import type { Emit } from '../context.ts';
import { inlinesToMdx } from '../inline.ts';

/** A 「戦略…より」 box: the Strategy's own words above a table, as a labelled aside. */
export function strategyBox(node: StrategyBoxNode, emit: Emit): string {
  return [
    `<aside class="strategy-box" id="${node.id}" aria-labelledby="${node.id}-title">`,
    `<p class="strategy-box-title" id="${node.id}-title">${inlinesToMdx(node.header.children)}</p>`,
    ...emit(node.children),
    '</aside>',
  ].join('\n\n');
}
