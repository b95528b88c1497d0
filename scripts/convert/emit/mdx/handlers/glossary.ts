import type { GlossaryNode } from '../../../types.ts';
import { escapeMdxText } from '../../escape.ts';
import { inlinesToMdx } from '../inline.ts';
import type { PageContext } from '../context.ts';

/** 別添8: an index bar, then one `<dl>` per index letter, each term with its ASCII id. */
export function glossary(node: GlossaryNode, _emit: unknown, page: PageContext): string {
  const bar = [
    `<nav class="glossary-index" aria-label="${page.t('glossaryIndex')}">`,
    '<ul>',
    // English pages name the kana letters by their English titles (`Ka (kana)`), as their table of contents does.
    ...node.letters.map((l) => `<li><a href="#${l.id}">${escapeMdxText(page.lang === 'en' ? (page.headingsEn.get(l.id) ?? l.index) : l.index)}</a></li>`),
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
  return [bar, ...englishIndex(node, page), ...sections].join('\n\n');
}

/** On English pages: every term the report gives an English form, in English alphabetical order. */
function englishIndex(node: GlossaryNode, page: PageContext): string[] {
  if (page.lang !== 'en') return [];
  const terms = node.letters
    .flatMap((l) => l.terms)
    .filter((t) => t.english !== undefined)
    .sort((a, b) => a.english!.localeCompare(b.english!, 'en', { sensitivity: 'base' }));
  return [
    `## ${page.t('englishIndexHeading')} {#english-index}`,
    `<p>${page.t('englishIndexIntro')}</p>`,
    [
      '<ul class="glossary-english">',
      ...terms.map((t) => `<li><a href="#${t.id}"><span lang="en">${escapeMdxText(t.english!)}</span></a>${t.english === t.term ? '' : ` <span lang="ja">${escapeMdxText(t.term)}</span>`}</li>`),
      '</ul>',
    ].join('\n'),
  ];
}
