import type { ParagraphNode } from '../../../types.ts';
import { inlinesToMdx } from '../inline.ts';

export function paragraph(node: ParagraphNode): string {
  if (node.role === 'divisionLabel') return `<p class="division-label">${inlinesToMdx(node.children)}</p>`;
  return inlinesToMdx(node.children);
}

/** Consecutive ・ and ①/(ア) paragraphs, as one list; the printed marks stay in the text. */
export function reportList(items: readonly ParagraphNode[]): string {
  return ['<ul class="report-list">', ...items.map((item) => `<li>${inlinesToMdx(item.children)}</li>`), '</ul>'].join('\n');
}
