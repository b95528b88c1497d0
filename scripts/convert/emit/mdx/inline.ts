import type { Translate } from '../../strings.ts';
import type { InlineNode, TermReferenceNode } from '../../types.ts';
import { escapeMdxText, jsxAttribute, jsxText } from '../escape.ts';
import { normaliseSpacing } from '../spacing.ts';

/** What a reader sees of the text node at `i` of a run: spacing normalised, the run's ends trimmed. */
export function displayedText(nodes: readonly InlineNode[], i: number): string {
  const node = nodes[i];
  if (node?.type !== 'text') throw new Error(`inline ${i} is not text`);
  const value = normaliseSpacing(node.value, { paragraphStart: i === 0 });
  return i === 0 ? value.trimStart() : i === nodes.length - 1 ? value.trimEnd() : value;
}

/**
 * The report's text of a run as a reader sees it, as plain text: spacing normalised, a term as it reads,
 * a printed URL as printed; generated link words and footnote digits left out (they are not the report's
 * sentence). For search records and quotations on generated pages.
 */
export function reportText(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node, i) => {
      if (node.type === 'text') return displayedText(nodes, i);
      if (node.type === 'termReference') return node.value;
      if (node.type === 'link') return node.label === undefined ? node.url : '';
      return '';
    })
    .join('');
}

/**
 * Inline nodes as MDX: report text escaped and spacing-normalised, links and footnote references as JSX.
 * `t` gives the words of generated links in the page's language.
 */
export function inlinesToMdx(nodes: readonly InlineNode[], t?: Translate): string {
  return nodes
    .map((node, i) => {
      if (node.type === 'text') return escapeMdxText(displayedText(nodes, i));
      if (node.type === 'termReference') return termReference(node);
      // Generated link text is the accessible name, drawn by CSS (`attr(data-label)`): the page's text stays the report's own.
      if (node.type === 'link' && node.label !== undefined) {
        if (!t) throw new Error(`a generated link (${node.label}) needs the page's strings`);
        const label = t(node.label);
        return `<a ${jsxAttribute('href', node.url)} class="generated-link" ${jsxAttribute('aria-label', label)} ${jsxAttribute('data-label', label)}></a>`;
      }
      if (node.type === 'link') return `<a ${jsxAttribute('href', node.url)} rel="noopener noreferrer">${jsxText(node.url)}</a>`;
      return `<sup class="fnref"><a href="#${node.footnoteId}" id="${node.refId}" role="doc-noteref" aria-describedby="footnotes">${node.label}</a></sup>`;
    })
    .join('');
}

/**
 * A glossary term's first use on a page: a plain link to its definition, which works without JS, and
 * the definition as a tooltip shown on hover and focus and announced as the link's description.
 */
function termReference(node: TermReferenceNode): string {
  const tip = `tip-${node.termId}`;
  return (
    `<span class="term"><a ${jsxAttribute('href', node.url)} class="term-ref" aria-describedby="${tip}">${escapeMdxText(node.value)}</a>` +
    `<span role="tooltip" id="${tip}" class="term-tip" data-pagefind-ignore>${escapeMdxText(normaliseSpacing(node.definition))}</span></span>`
  );
}
