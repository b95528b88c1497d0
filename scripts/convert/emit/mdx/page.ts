import type { FootnoteNode, UnitNode } from '../../types.ts';
import { escapeMdxText, yamlString } from '../escape.ts';
import { blocksToMdx } from './blocks.ts';
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
export function unitToMdx(unit: UnitNode, children: readonly ChildLink[]): string {
  // The page file is content/docs/<slug>.mdx, or <slug>/index.mdx for a page with sub-pages.
  const fileDepth = unit.slug.split('/').length - (children.length > 0 ? 0 : 1);
  const hasChart = unit.children.some((b) => b.type === 'table' && b.chart !== undefined);
  const imports = hasChart ? [`import ReportChart from '${'../'.repeat(fileDepth + 2)}src/components/ReportChart.astro';`] : [];
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
  const notice = unit.imageOnly ? [`<aside class="image-notice" role="note">${generatedText.imageOnlyNotice}</aside>`] : [];
  const body = [...notice, ...blocksToMdx(unit.children), ...childLinks(children), ...footnotes(unit.footnotes)];
  return [front.join('\n'), ...imports, ...body].join('\n\n') + '\n';
}
