import { MEASURE_ANNEXES } from '../../reportUnits.ts';
import type { FootnoteNode, UnitNode } from '../../types.ts';
import { escapeMdxText, yamlString } from '../escape.ts';
import { blocksToMdx } from './blocks.ts';
import { assetHref, type PageContext } from './context.ts';
import { inlinesToMdx } from './inline.ts';

/** A link from an overview page to one of its sub-pages; generated, not report text. */
export interface ChildLink {
  slug: string;
  title: string;
  titleEn: string;
}

function footnotes(nodes: readonly FootnoteNode[], page: PageContext): string[] {
  if (nodes.length === 0) return [];
  const list = [
    '<ol class="footnote-list">',
    ...nodes.map(
      (fn) =>
        `<li id="${fn.id}" value="${fn.label}"><span class="fn-label">${fn.label}</span> ${inlinesToMdx(fn.children)} ${backLinks(fn, page)}</li>`,
    ),
    '</ol>',
  ].join('\n');
  return [['<section class="footnotes" aria-labelledby="footnotes">', `## ${page.t('footnotesHeading')} {#footnotes}`, list, '</section>'].join('\n\n')];
}

/** One back-link per reference that cites the note: `↩` alone, or `↩1 ↩2 …` when it is cited more than once. */
function backLinks(fn: FootnoteNode, page: PageContext): string {
  if (fn.refIds.length === 1) return `<a href="#${fn.refIds[0]}" class="fnback" role="doc-backlink" aria-label="${page.t('footnoteBack', { n: fn.label })}">↩</a>`;
  return fn.refIds
    .map((id, k) => `<a href="#${id}" class="fnback" role="doc-backlink" aria-label="${page.t('footnoteBackNumbered', { n: fn.label, k: k + 1, total: fn.refIds.length })}">↩${k + 1}</a>`)
    .join(' ');
}

const ja = (text: string) => `<span lang="ja">${text}</span>`;

/**
 * On English pages, what the Japanese conventions of the text mean: the three 【…】 blocks of each 2部2章
 * section (headings with the -results/-evaluation/-plan ids of stages/headings.ts) and the katakana item
 * markers (ア)(イ)(ウ)….
 */
function readingKey(unit: UnitNode, body: readonly string[], page: PageContext): string {
  const key: string[] = [];
  if (unit.children.some((b) => b.type === 'heading' && b.id.endsWith('-results'))) {
    key.push(page.t('sectionBlocks', { results: ja('【昨年度の取組実績】'), evaluation: ja('【評価】'), plan: ja('【今年度の取組】') }));
  }
  if (body.some((b) => /[（(]ア[）)]/.test(b))) {
    key.push(page.t('itemMarkers', { a: ja('(ア)'), i: ja('(イ)'), u: ja('(ウ)'), example: ja('2.1(1)(ア)') }));
  }
  return key.map((p) => `<p>${p}</p>`).join('');
}

function childLinks(children: readonly ChildLink[], page: PageContext): string[] {
  if (children.length === 0) return [];
  return [
    `## ${page.t('contentsHeading')} {#contents}`,
    ['<ul class="child-pages">', ...children.map((c) => `<li><a href="./${c.slug.split('/').pop()}/">${escapeMdxText(page.lang === 'en' ? c.titleEn : c.title)}</a></li>`), '</ul>'].join('\n'),
  ];
}

/** One page: front matter, the unit's blocks, links to its sub-pages, then its footnotes. */
/**
 * English captions for the rebuilt tables of a page: the English title of the heading the table sits
 * under (or of the page), numbered when that heading holds several tables.
 */
function tableCaptionsEn(unit: UnitNode, headingsEn: ReadonlyMap<string, string>, t: PageContext['t']): Map<string, string> {
  const under = new Map<string, string[]>();
  let heading = unit.id;
  for (const block of unit.children) {
    if (block.type === 'heading') heading = block.id;
    if (block.type === 'table') under.set(heading, [...(under.get(heading) ?? []), block.id]);
  }
  const captions = new Map<string, string>();
  for (const [id, tables] of under) {
    const title = headingsEn.get(id) ?? unit.titleEn;
    tables.forEach((table, k) => captions.set(table, tables.length > 1 ? t('tableCaptionNumbered', { title, n: k + 1, total: tables.length }) : t('tableCaption', { title })));
  }
  return captions;
}

export function unitToMdx(unit: UnitNode, children: readonly ChildLink[], context: Omit<PageContext, 'slug'>): string {
  const page: PageContext = {
    ...context,
    slug: unit.slug,
    ...(context.lang === 'en' ? { tableCaptionsEn: tableCaptionsEn(unit, context.headingsEn, context.t) } : {}),
  };
  const en = page.lang === 'en';
  // The page file is content/docs/[en/]<slug>.mdx, or <slug>/index.mdx for a page with sub-pages.
  const fileDepth = unit.slug.split('/').length - (children.length > 0 ? 0 : 1) + (en ? 1 : 0);
  const hasChart = unit.children.some((b) => b.type === 'table' && b.chart !== undefined);
  const imports = hasChart ? [`import ReportChart from '${'../'.repeat(fileDepth + 2)}src/components/ReportChart.astro';`] : [];
  const front = [
    '---',
    `title: ${yamlString(en ? unit.titleEn : unit.title)}`,
    `titleEn: ${yamlString(unit.titleEn)}`,
    ...(en ? [`titleJa: ${yamlString(unit.title)}`] : []),
    `description: ${yamlString(page.t('pageDescription', { title: en ? unit.titleEn : unit.title }))}`,
    ...(unit.titleNote ? [`titleNote: ${yamlString(unit.titleNote)}`] : []),
    'sidebar:',
    `  order: ${unit.order}`,
    ...(unit.position
      ? ['source:', `  startLine: ${unit.position.start.line}`, `  endLine: ${unit.position.end.line}`]
      : []),
    '---',
  ];
  // 別添1/別添2 overview pages point to the published rows (src/pages/data/).
  const openData =
    Object.values<string>(MEASURE_ANNEXES).includes(unit.id)
      ? [`<p class="open-data">${page.t('openData')}<a href="${assetHref(page, 'data/measures.json')}">measures.json</a>${page.t('listSeparator')}<a href="${assetHref(page, 'data/measures.csv')}">measures.csv</a></p>`]
      : [];
  const notice = unit.imageOnly || unit.slides ? [`<aside class="image-notice" role="note">${page.t(unit.slides ? 'slidesNotice' : 'imageOnlyNotice')}</aside>`] : [];
  const body = [...blocksToMdx(unit.children, page), ...footnotes(unit.footnotes, page)];
  // English pages show the Japanese report text as it is, marked as Japanese, under an English notice.
  const lead = en
    ? [`<aside class="language-notice" role="note"><p>${page.t('languageNotice')}</p><p>${page.t('originalTitle')}<span lang="ja">${escapeMdxText(unit.title)}</span></p>${readingKey(unit, body, page)}</aside>`]
    : [];
  const text = en && body.length > 0 ? [['<div lang="ja" class="report-text">', ...body, '</div>'].join('\n\n')] : body;
  return [front.join('\n'), ...imports, ...lead, ...openData, ...notice, ...text, ...childLinks(children, page)].join('\n\n') + '\n';
}
