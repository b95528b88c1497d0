import type { InlineNode } from '../../types.ts';
import { escapeMdxText, jsxAttribute, jsxText } from '../escape.ts';
import { normaliseSpacing } from '../spacing.ts';

export function refId(footnoteId: string): string {
  return footnoteId.replace(/^fn-/, 'fnref-');
}

/** Inline nodes as MDX: report text escaped and spacing-normalised, links and footnote references as JSX. */
export function inlinesToMdx(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node, i) => {
      if (node.type === 'text') {
        const value = normaliseSpacing(node.value);
        return escapeMdxText(i === 0 ? value.trimStart() : i === nodes.length - 1 ? value.trimEnd() : value);
      }
      if (node.type === 'link') return `<a ${jsxAttribute('href', node.url)} rel="noopener noreferrer">${jsxText(node.url)}</a>`;
      return `<sup class="fnref"><a href="#${node.footnoteId}" id="${refId(node.footnoteId)}" role="doc-noteref" aria-describedby="footnotes">${node.label}</a></sup>`;
    })
    .join('');
}
