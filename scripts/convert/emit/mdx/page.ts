import type { FootnoteNode, UnitNode } from '../../types.ts';
import { escapeMdxText, yamlString } from '../escape.ts';
import { blocksToMdx } from './blocks.ts';
import { type PageContext, pageHref } from './context.ts';
import { inlinesToMdx, refId } from './inline.ts';
import { generatedText } from './text.ts';

/** A link from an overview page to one of its sub-pages; generated, not report text. */
export interface ChildLink {
  slug: string;
  title: string;
}

function footnotes(nodes: readonly FootnoteNode[]): string[] {
  if (nodes.length === 0) return [];
  const list = [
    '<ol class="footnote-list">',
    ...nodes.map(
      (fn) =>
        `<li id="${fn.id}" value="${fn.label}"><span class="fn-label">${fn.label}</span> ${inlinesToMdx(fn.children)} <a href="#${refId(fn.id)}" class="fnback" role="doc-backlink" aria-label="${generatedText.footnoteBack}（${fn.label}）">↩</a></li>`,
    ),
    '</ol>',
  ].join('\n');
  return [['<section class="footnotes" aria-labelledby="footnotes">', `## ${generatedText.footnotesHeading} {#footnotes}`, list, '</section>'].join('\n\n')];
}

function childLinks(children: readonly ChildLink[]): string[] {
  if (children.length === 0) return [];
  return [
    `## ${generatedText.contentsHeading} {#contents}`,
    ['<ul class="child-pages">', ...children.map((c) => `<li><a href="./${c.slug.split('/').pop()}/">${escapeMdxText(c.title)}</a></li>`), '</ul>'].join('\n'),
  ];
}

/** One page: front matter, the unit's blocks, links to its sub-pages, then its footnotes. */
export function unitToMdx(unit: UnitNode, children: readonly ChildLink[], context: Omit<PageContext, 'slug'>): string {
  const front = [
    '---',
    `title: ${yamlString(unit.title)}`,
    `titleEn: ${yamlString(unit.titleEn)}`,
    ...(unit.titleNote ? [`titleNote: ${yamlString(unit.titleNote)}`] : []),
    'sidebar:',
    `  order: ${unit.order}`,
    ...(unit.position
      ? ['source:', `  startLine: ${unit.position.start.line}`, `  endLine: ${unit.position.end.line}`]
      : []),
    '---',
  ];
  // 別添1/別添2 overview pages point to the published rows (src/pages/data/).
  const openData = unit.id === 'a1' || unit.id === 'a2' ? [`<p class="open-data">${generatedText.openData}<a href="${pageHref(unit.slug, 'data/measures.json').replace(/\/$/, '')}">measures.json</a>・<a href="${pageHref(unit.slug, 'data/measures.csv').replace(/\/$/, '')}">measures.csv</a></p>`] : [];
  const notice = unit.imageOnly ? [`<aside class="image-notice" role="note">${generatedText.imageOnlyNotice}</aside>`] : [];
  const body = [...openData, ...notice, ...blocksToMdx(unit.children, { ...context, slug: unit.slug }), ...childLinks(children), ...footnotes(unit.footnotes)];
  return [front.join('\n'), ...body].join('\n\n') + '\n';
}
