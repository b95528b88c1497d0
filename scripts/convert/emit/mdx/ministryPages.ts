import { REPORT_UNITS } from '../../reportUnits.ts';
import type { Measure } from '../../../../src/schemas/measure.ts';
import type { Ministry } from '../../../../src/schemas/ministry.ts';
import { POLICY_CYCLE_SLUG, type PolicyCycleSection } from '../../../../src/schemas/policyCycle.ts';
import type { Lang, Translate } from '../../strings.ts';
import type { MeasureTableNode, Root } from '../../types.ts';
import { inlineText } from '../../stages/inlines.ts';
import { escapeMdxText, yamlString } from '../escape.ts';
import { normaliseSpacing } from '../spacing.ts';
import { pageHref } from '../../pageHref.ts';
import { columnLabels } from './handlers/measureTable.ts';
import { scrollRegion } from './scrollRegion.ts';

export const MINISTRIES_SLUG = 'ministries';

/** The ministry pages' paths and titles in one language: the index, then one page per ministry. */
export function ministryPageTitles(ministries: readonly Ministry[], t: Translate, lang: Lang = 'ja'): { slug: string; title: string }[] {
  return [{ slug: MINISTRIES_SLUG, title: t('ministriesTitle') }, ...ministries.map((m) => ({ slug: `${MINISTRIES_SLUG}/${m.id}`, title: t('ministryTitle', { name: lang === 'en' ? m.en : m.ja }) }))];
}

/** The frontmatter of a generated page (the ministry and policy-cycle pages); `extra` lines go before the sidebar order. */
export function generatedFront(title: string, titleEn: string, order: number, t: Translate, extra: readonly string[] = []): string {
  return ['---', `title: ${yamlString(title)}`, `titleEn: ${yamlString(titleEn)}`, `description: ${yamlString(t('pageDescription', { title }))}`, ...extra, 'sidebar:', `  order: ${order}`, '---'].join('\n');
}

/**
 * The first sentence of a plan or result cell, to say what a measure is about; the row behind the link has
 * it all. A first sentence longer than OPENING_MAX characters is cut there, with an ellipsis.
 */
const OPENING_MAX = 120;
export function opening(text: string): string {
  const first = text.split('\n')[0]!.trim();
  const end = first.indexOf('。');
  const sentence = end === -1 ? first : first.slice(0, end + 1);
  return sentence.length > OPENING_MAX ? `${sentence.slice(0, OPENING_MAX)}…` : sentence;
}

function tableBlock(id: string, className: string, caption: string, columns: readonly string[], rows: readonly string[], lang: Lang, cards?: Readonly<Record<string, string>>): string {
  return scrollRegion(
    { labelledBy: `${id}-caption` },
    [
      `<table class="${className}"${cards ? ` style="${columnLabels(cards)}"` : ''}>`,
      `<caption id="${id}-caption">${caption}</caption>`,
      `<thead lang="${lang}"><tr>${columns.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>`,
      '<tbody>',
      ...rows,
      '</tbody>',
      '</table>',
    ],
    cards ? 'measures' : undefined,
  ).join('\n');
}

export interface MinistryPagesInput {
  root: Root;
  measures: readonly Measure[];
  ministries: readonly Ministry[];
  order: number;
  /** 別添3 section ids present (`a3-mic`), for the link to the ministry's evaluation. */
  annex3Ids: ReadonlySet<string>;
  /** The policy-cycle sections, for the links to those the ministry has measures in. */
  policyCycle: readonly PolicyCycleSection[];
  headingsEn: ReadonlyMap<string, string>;
  t: Record<Lang, Translate>;
}

/**
 * The ministry pages in both languages: an index of every ministry named in a 担当府省庁 cell, with its
 * counts in each year, and one page per ministry listing its rows of both years. Generated from the
 * tables, not report text; keys and page paths are `ministries/…` (the caller adds `en/`).
 */
export function ministryPages(input: MinistryPagesInput, lang: Lang): Map<string, string> {
  const { root, measures, ministries, order, annex3Ids, headingsEn } = input;
  const t = input.t[lang];
  const nodes = new Map<string, MeasureTableNode>();
  for (const unit of root.children) for (const b of unit.children) if (b.type === 'measureTable' && !nodes.has(`${b.year}:${b.nodeKey}`)) nodes.set(`${b.year}:${b.nodeKey}`, b);
  const nodeTitle = (year: number, key: string): string => {
    const node = nodes.get(`${year}:${key}`)!;
    return lang === 'en' ? (headingsEn.get(node.titleId) ?? '') : normaliseSpacing(inlineText(node.title).trim());
  };
  const byId = new Map(measures.map((m) => [m.id, m]));
  // Every ministry gets a page, also those without measures: 別添3 links each of its 23 ministries here.
  const named = ministries;
  const nameOf = (m: Ministry): string => escapeMdxText(lang === 'en' ? m.en : m.ja);
  const of = (id: string, year: number) => measures.filter((m) => m.year === year && m.ministryIds.includes(id));
  const pages = new Map<string, string>();
  const titles = new Map(ministryPageTitles(ministries, t, lang).map((p) => [p.slug, p.title]));
  const titlesEn = new Map(ministryPageTitles(ministries, input.t.en, 'en').map((p) => [p.slug, p.title]));

  const indexRows = named.map(
    (m) => `<tr><th scope="row"><a href="./${m.id}/">${nameOf(m)}</a></th><td>${t('count', { n: of(m.id, 2020).length })}</td><td>${t('count', { n: of(m.id, 2019).length })}</td></tr>`,
  );
  pages.set(
    `${MINISTRIES_SLUG}/index.mdx`,
    [
      generatedFront(titles.get(MINISTRIES_SLUG)!, titlesEn.get(MINISTRIES_SLUG)!, order, t),
      `<p class="generated-note">${t('generatedNote')}${t('ministriesIntro')}</p>`,
      tableBlock('ministries', 'ministry-index', t('ministriesTitle'), [t('columnMinistry'), t('columnCount2020'), t('columnCount2019')], indexRows, lang),
    ].join('\n\n') + '\n',
  );

  // The strategy areas (1–5) the filter offers: the titles of 別添1's sections.
  const areas = root.children.filter((u) => u.kind === 'annexSection' && u.parent === REPORT_UNITS.plan2020).map((u) => ({ n: u.slug.split('-').pop()!, title: lang === 'en' ? u.titleEn : u.title }));
  const labels = (year: 2020 | 2019): Record<string, string> => ({
    key: t('columnLabel'),
    node: t('columnTable'),
    plan: t('columnPlanStart'),
    ...(year === 2019 ? { result: t('columnResultStart') } : {}),
    status: t('columnStatus'),
  });
  // Report text on English pages stays Japanese, marked as such.
  const report = (text: string): string => (lang === 'en' ? `<span lang="ja">${escapeMdxText(text)}</span>` : escapeMdxText(text));

  for (const m of named) {
    const slug = `${MINISTRIES_SLUG}/${m.id}`;
    const table = (year: 2020 | 2019, heading: string, id: string): string => {
      const rows = of(m.id, year).map((x) => {
        const [page, hash] = x.url.slice(1).split('/#') as [string, string];
        const other = x.counterpart ? byId.get(x.counterpart) : undefined;
        const status = x.link === 'new' ? t('statusNew') : x.link === 'ended' ? t('statusEnded') : t('statusContinued');
        const otherLink = other
          ? ` <a href="${pageHref(slug, ...(other.url.slice(1).split('/#') as [string, string]))}">${escapeMdxText(t('measureRef', { year: other.year, key: other.key }))}</a>`
          : '';
        const result = year === 2019 ? `<td class="result">${report(opening(x.result ?? ''))}</td>` : '';
        return `<tr data-area="${x.key[0]}"><th scope="row"><a href="${pageHref(slug, page, hash)}">${escapeMdxText(x.key)}</a></th><td class="node">${escapeMdxText(nodeTitle(year, x.node))}</td><td class="plan">${report(opening(x.plan))}</td>${result}<td class="status">${status}${otherLink}</td></tr>`;
      });
      return [
        `## ${t('headingWithCount', { heading, count: t('count', { n: rows.length }) })} {#${id}}`,
        tableBlock(id, 'ministry-measures', `${nameOf(m)}: ${heading}`, Object.values(labels(year)), rows, lang, labels(year)),
      ].join('\n\n');
    };
    const annex3 = annex3Ids.has(`a3-${m.id}`) ? [`<p><a href="${pageHref(slug, 'annex-3', `a3-${m.id}`)}">${t('ministryAnnex3', { name: nameOf(m) })}</a></p>`] : [];
    const cycles = input.policyCycle.filter((s) => s.ministries.includes(m.id));
    const cycleLinks = cycles.length
      ? [
          `<div class="cross-links"><span class="cross-links-label">${t('ministryCycles')}</span><ul>${cycles
            .map((s) => `<li><a href="${pageHref(slug, `${POLICY_CYCLE_SLUG}/${s.id}`)}">${escapeMdxText(`${s.number} ${lang === 'en' ? s.title.en : s.title.ja}`)}</a></li>`)
            .join('')}</ul></div>`,
        ]
      : [];
    const filter = [
      '<fieldset class="area-filter">',
      `<legend>${t('areaFilter')}</legend>`,
      `<label><input type="radio" name="area" value="all" checked /> ${t('areaAll')}</label>`,
      ...areas.map((a) => `<label><input type="radio" name="area" value="${a.n}" /> ${escapeMdxText(a.title)}</label>`),
      '</fieldset>',
    ].join('\n');
    pages.set(
      `${slug}.mdx`,
      [
        generatedFront(titles.get(slug)!, titlesEn.get(slug)!, order, t),
        `<p class="generated-note">${t('generatedNote')}</p>`,
        ...annex3,
        ...cycleLinks,
        filter,
        table(2020, t('ministryYear2020'), 'y2020'),
        table(2019, t('ministryYear2019'), 'y2019'),
      ].join('\n\n') + '\n',
    );
  }
  return pages;
}
