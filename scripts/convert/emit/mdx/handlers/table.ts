import type { TableCell, TableNode } from '../../../types.ts';
import { escapeMdxText, jsxAttribute } from '../../escape.ts';
import type { PageContext } from '../context.ts';
import { inlinesToMdx } from '../inline.ts';
import { scrollRegion } from '../scrollRegion.ts';

function cell(c: TableCell, tag: 'th' | 'td', page: PageContext, scope?: 'col' | 'row'): string {
  const attrs = [
    scope ? ` scope="${scope}"` : '',
    c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '',
    c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '',
  ].join('');
  const content = c.uiText
    ? `<span lang="${page.lang}">${page.t(c.uiText)}</span>`
    : c.paragraphs.length === 1
      ? inlinesToMdx(c.paragraphs[0]!, page.t)
      : c.paragraphs.map((p) => `<p>${inlinesToMdx(p, page.t)}</p>`).join('');
  return `<${tag}${attrs}>${content}</${tag}>`;
}

/**
 * A plain HTML table (no component per cell: Astro 7 renders components in quadratic time), in a
 * scroll region that keyboard users can reach; a chart, when the table has one, sits above it.
 */
export function table(node: TableNode, _emit: unknown, page: PageContext): string {
  // English pages caption a table in English and keep the printed caption beside it, marked as Japanese.
  // A table the converter names itself (labelKey) already has its name in the page's language.
  const english = node.labelKey ? undefined : page.tableCaptionsEn?.get(node.id);
  const printed = inlinesToMdx(node.caption);
  const caption = english ? `<span lang="en">${escapeMdxText(english)}</span>${printed ? ` <span lang="ja" class="caption-original">${printed}</span>` : ''}` : printed;
  const head = node.head.map((row) => `<tr>${row.map((c) => cell(c, 'th', page, 'col')).join('')}</tr>`);
  const body = node.rows.map((row) => `<tr>${row.map((c) => (c.header ? cell(c, 'th', page, 'row') : cell(c, 'td', page))).join('')}</tr>`);
  const name = english ?? (node.labelKey ? page.t(node.labelKey.key, node.labelKey.params) : (node.label ?? ''));
  const figureText = node.figureText
    ? ['<div class="figure-text">', `<p class="figure-text-label" lang="${page.lang}">${page.t('figureText')}</p>`, ...node.figureText.map((p) => `<p>${inlinesToMdx(p, page.t)}</p>`), '</div>']
    : [];
  const notes = node.notes.length > 0 ? ['<div class="table-notes">', ...node.notes.map((n) => `<p>${inlinesToMdx(n, page.t)}</p>`), '</div>'] : [];
  return [
    `<figure class="report-table" id="${node.id}">`,
    ...(node.chart ? [`<ReportChart ${jsxAttribute('id', node.id)} />`] : []),
    ...scrollRegion(caption ? { labelledBy: `${node.id}-caption` } : { label: name }, [
      caption ? `<table>\n<caption id="${node.id}-caption">${caption}</caption>` : `<table ${jsxAttribute('aria-label', name)}>`,
      ...(head.length > 0 ? ['<thead>', ...head, '</thead>'] : []),
      '<tbody>',
      ...body,
      '</tbody>',
      '</table>',
    ]),
    ...notes,
    ...figureText,
    '</figure>',
  ].join('\n');
}
