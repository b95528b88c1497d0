import type { HeadingNode } from '../../../types.ts';
import { escapeMdxText } from '../../escape.ts';
import { inlinesToMdx } from '../inline.ts';

/** `## 1.1 title {#id}`: the printed number, one space, the title, and the stable id. */
export function heading(node: HeadingNode): string {
  const label = node.label ? `${escapeMdxText(node.label)} ` : '';
  return `${'#'.repeat(node.depth)} ${label}${inlinesToMdx(node.children)} {#${node.id}}`;
}
