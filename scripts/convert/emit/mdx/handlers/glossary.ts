import type { GlossaryNode } from '../../../types.ts';
import { escapeMdxText } from '../../escape.ts';
import { inlinesToMdx } from '../inline.ts';
import type { PageContext } from '../context.ts';

/** 別添8: an index bar, then one `<dl>` per index letter, each term with its ASCII id. */
export function glossary(node: GlossaryNode, _emit: unknown, page: PageContext): string {
  const bar = [
    `<nav class="glossary-index" aria-label="${page.t('glossaryIndex')}">`,
    '<ul>',
    ...node.letters.map((l) => `<li><a href="#${l.id}">${escapeMdxText(l.index)}</a></li>`),
    '</ul>',
    '</nav>',
  ].join('\n');
  const sections = node.letters.map((letter) =>
    [
      `## ${escapeMdxText(letter.index)} {#${letter.id}}`,
      [
        '<dl class="glossary">',
        ...letter.terms.flatMap((term) => [
          `<dt id="${term.id}">${escapeMdxText(term.term)}</dt>`,
          `<dd>${term.definition.map((p) => `<p>${inlinesToMdx(p)}</p>`).join('')}</dd>`,
        ]),
        '</dl>',
      ].join('\n'),
    ].join('\n\n'),
  );
  return [bar, ...sections].join('\n\n');
}
