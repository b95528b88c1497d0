import type { MeasureRow, MeasureTableNode, ParagraphNode } from '../../../types.ts';
import { normaliseSpacing } from '../../spacing.ts';
import { escapeMdxText } from '../../escape.ts';
import { pageHref } from '../../../pageHref.ts';
import type { PageContext } from '../context.ts';
import { inlinesToMdx } from '../inline.ts';
import { scrollRegion } from '../scrollRegion.ts';
import { inlineText } from '../../../stages/inlines.ts';

/** L5109 `項番 担当府省庁 2020 年度 年次計画`: the printed column headers, in order. */
const HEADER_CELLS = /^(項番) +(担当府省庁) +(\d{4} *年度 +年次計画)(?: +(取組の成果、進捗状況))?$/;

const cell = (paragraphs: readonly ParagraphNode[]): string => paragraphs.map((p) => `<p>${inlinesToMdx(p.children)}</p>`).join('');

function ministries(names: readonly string[], page: PageContext): string {
  const items = names.map((name) => {
    const ministry = page.ministries.get(name);
    if (!ministry) return `<li>${escapeMdxText(name)}</li>`;
    const label = page.lang === 'en' ? `<span lang="en">${escapeMdxText(ministry.en)}</span>` : escapeMdxText(name);
    return `<li><a href="${pageHref(page.slug, `ministries/${ministry.id}`)}">${label}</a></li>`;
  });
  return `<ul class="ministries">${items.join('')}</ul>`;
}

/** Where the same measure is in the other year, or that it is new in 2020 / has no 2020 plan. */
function counterpart(r: MeasureRow, year: number, page: PageContext): string {
  const measure = page.measures.get(r.id);
  const other = measure?.counterpart ? page.measures.get(measure.counterpart) : undefined;
  const lang = `lang="${page.lang}"`;
  if (!other) return `<span class="no-counterpart" ${lang}>${page.t(year === 2020 ? 'newIn2020' : 'endedIn2019')}</span>`;
  const [slug, hash] = other.url.slice(1).split('/#') as [string, string];
  return `<a href="${pageHref(page.slug, slug, hash)}" class="counterpart" ${lang}>${escapeMdxText(page.t(year === 2020 ? 'counterpartOf2020' : 'counterpartOf2019', { key: other.key }))}</a>`;
}

function row(r: MeasureRow, hasResult: boolean, year: number, page: PageContext): string {
  // The unlabelled sub-rows of 2019's 2.3(5)(エ) share the 項番 cell, as printed. The link to the other
  // year closes the row's last cell rather than taking a column of its own, so that tables fit the page.
  return r.parts
    .map((part, i) => {
      const label = i === 0 ? `<th scope="row" rowspan="${r.parts.length}"><a href="#${r.id}" class="row-anchor">${escapeMdxText(r.label)}</a></th>` : '';
      const other = i === 0 ? `<p class="counterpart-line">${counterpart(r, year, page)}</p>` : '';
      const plan = `<td class="plan">${cell(part.plan)}${hasResult ? '' : other}</td>`;
      const result = hasResult ? `<td class="result">${cell(part.result)}${other}</td>` : '';
      return `<tr${i === 0 ? ` id="${r.id}"` : ''}${r.reprint ? ' class="reprint"' : ''}>${label}<td class="ministry">${ministries(part.ministries, page)}</td>${plan}${result}</tr>`;
    })
    .join('\n');
}

function englishTitle(node: MeasureTableNode, page: PageContext): string {
  const title = page.headingsEn.get(node.titleId);
  if (title === undefined) throw new Error(`no English title for ${node.titleId} (scripts/convert/data/en.json)`);
  return title;
}

/**
 * The column names as CSS custom properties of the table, once per table: narrow screens draw them above each
 * cell of a row's card (custom.css "Measure tables"), so the cells need no label markup of their own.
 */
export function columnLabels(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels)
    .map(([column, label]) => {
      if (/['"\\]/.test(label)) throw new Error(`column label ${label} cannot be a CSS string`);
      return `--label-${column}:'${label}'`;
    })
    .join(';');
}

/** The column heads as printed, one per column (the report prints them on one line). */
export function measureHeaderCells(node: MeasureTableNode): string[] {
  const printed = inlineText(node.header.children).trim();
  const cells = printed.match(HEADER_CELLS)?.slice(1).filter((h): h is string => h !== undefined);
  if (!cells) throw new Error(`table ${node.id}: unexpected column header ${printed}`);
  return cells;
}

/** A measure table: caption, column headers with scope, one row per measure with a permalink, in a labelled region. */
export function measureTable(node: MeasureTableNode, _emit: unknown, page: PageContext): string {
  const cells = measureHeaderCells(node);
  const hasResult = cells.length === 4;
  // Japanese pages print the header as the report does; English pages translate it.
  const headers =
    page.lang === 'ja'
      ? cells.map((c) => escapeMdxText(normaliseSpacing(c)))
      : [page.t('columnLabel'), page.t('columnMinistries'), page.t(node.year === 2020 ? 'columnPlan2020' : 'columnPlan2019'), ...(hasResult ? [page.t('columnResult')] : [])];
  // The English title of a node repeats its number, which the caption already gives as the key.
  const title = page.lang === 'en' ? escapeMdxText(englishTitle(node, page).replace(/^\(?[0-9.]+\)?\s+/, '')) : inlinesToMdx(node.title);
  const caption = page.t(node.year === 2020 ? 'tableCaption2020' : 'tableCaption2019', { key: escapeMdxText(node.nodeKey), title });
  const [key, ministries, plan, result] = page.lang === 'ja' ? cells.map((c) => normaliseSpacing(c)) : headers;
  const labels = { key: key!, ministries: ministries!, plan: plan!, ...(result ? { result } : {}) };
  return scrollRegion(
    { labelledBy: `${node.id}-caption` },
    [
      `<table class="measure-table${hasResult ? ' with-result' : ''}" id="${node.id}" style="${columnLabels(labels)}">`,
      `<caption id="${node.id}-caption" lang="${page.lang}">${caption}</caption>`,
      `<thead lang="${page.lang}"><tr>${headers.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>`,
      '<tbody>',
      ...node.rows.map((r) => row(r, hasResult, node.year, page)),
      '</tbody>',
      '</table>',
    ],
    'measures',
  ).join('\n');
}
