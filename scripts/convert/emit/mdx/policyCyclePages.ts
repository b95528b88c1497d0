import type { Chart } from '../../../../src/lib/charts.ts';
import type { Measure } from '../../../../src/schemas/measure.ts';
import type { Ministry } from '../../../../src/schemas/ministry.ts';
import { POLICY_CYCLE_SLUG, type PolicyCycleSection } from '../../../../src/schemas/policyCycle.ts';
import { pageHref } from '../../pageHref.ts';
import type { Lang, Translate } from '../../strings.ts';
import type { BlockNode, InlineNode, MeasureTableNode, Root } from '../../types.ts';
import { escapeMdxText } from '../escape.ts';
import { cycleHeadings } from '../json/policyCycle.ts';
import { columnLabels } from './handlers/measureTable.ts';
import { reportText } from './inline.ts';
import { generatedFront, opening } from './ministryPages.ts';
import { scrollRegion } from './scrollRegion.ts';

/** The id of the index's table and of its chart in content/data/charts.json. */
export const CYCLE_CHART_ID = 'pc-counts';

export interface PolicyCyclePagesInput {
  root: Root;
  sections: readonly PolicyCycleSection[];
  measures: readonly Measure[];
  ministries: readonly Ministry[];
  headingsEn: ReadonlyMap<string, string>;
  order: number;
  t: Record<Lang, Translate>;
}

/** The paragraphs printed under a heading of 2部2章, up to the next heading. */
function blocksUnder(children: readonly BlockNode[], headingId: string): InlineNode[][] {
  const start = children.findIndex((b) => b.type === 'heading' && b.id === headingId);
  const out: InlineNode[][] = [];
  for (const b of children.slice(start + 1)) {
    if (b.type === 'heading') break;
    if (b.type === 'paragraph') out.push(b.children);
  }
  return out;
}

/** The titles of the policy-cycle pages, by slug: the index, then the sections in the report's order. The pages and their search records say them alike. */
export function policyCyclePageTitles(sections: readonly PolicyCycleSection[], t: Translate, lang: Lang = 'ja'): { slug: string; title: string }[] {
  return [
    { slug: POLICY_CYCLE_SLUG, title: t('policyCycleTitle') },
    ...sections.map((s) => ({ slug: `${POLICY_CYCLE_SLUG}/${s.id}`, title: t('cycleSectionTitle', { n: s.number, title: lang === 'en' ? s.title.en : s.title.ja }) })),
  ];
}

/** How a continued measure was matched, in the reader's words: the same 項番, a moved one, a reprint, by hand; and whether a reviewer read it. */
function status(m2020: Measure | undefined, m2019: Measure | undefined, section: PolicyCycleSection, t: Translate): { text: string; kind: string } {
  if (!m2019) return { text: t('statusNewIn2020'), kind: 'new' };
  if (!m2020) return { text: t('statusEnded'), kind: 'ended' };
  const pair = section.pairs.find((p) => p.id2020 === m2020.id && p.id2019 === m2019.id)!;
  const how =
    pair.method === 'twin' ? t('matchTwin') : pair.method === 'manual' ? t('matchManual') : m2020.key === m2019.key ? t('matchSameKey') : t('matchMovedKey');
  return { text: t('statusContinuedHow', { how: pair.reviewed ? t('matchReviewed', { how }) : how }), kind: 'continued' };
}

/**
 * The policy-cycle pages in both languages: an index of the 17 sections of 2部2章 with their figures and a
 * chart, and one page per section with its 【評価】 as printed and every measure of its rows in 別添2 and
 * 別添1 as one entry. Generated from the tree and the reviewed links; keys are `policy-cycle/…` (the caller adds `en/`).
 */
export function policyCyclePages(input: PolicyCyclePagesInput, lang: Lang): Map<string, string> {
  const { root, sections, measures, headingsEn, order } = input;
  const t = input.t[lang];
  const byId = new Map(measures.map((m) => [m.id, m]));
  const ministries = new Map(input.ministries.map((m) => [m.id, m]));
  const headings = cycleHeadings(root);
  const narrative = root.children.find((u) => [...headings.values()][0]?.page === u.slug)!;
  const report = (text: string): string => (lang === 'en' ? `<span lang="ja">${escapeMdxText(text)}</span>` : escapeMdxText(text));
  const titleOf = (s: PolicyCycleSection): string => (lang === 'en' ? s.title.en : s.title.ja);
  const titles = new Map(policyCyclePageTitles(sections, t, lang).map((p) => [p.slug, p.title]));
  const titlesEn = new Map(policyCyclePageTitles(sections, input.t.en, 'en').map((p) => [p.slug, p.title]));
  const pages = new Map<string, string>();

  // The index: the sections with their figures, the totals, and a chart of what was added and what ended.
  const figures = (s: PolicyCycleSection) => [s.measures2019.length, s.measures2020.length, s.new.length, s.ended.length, s.ministries.length];
  const total = (k: number) => sections.reduce((sum, s) => sum + figures(s)[k]!, 0);
  const subRows = root.children.flatMap((u) => u.children).filter((b): b is MeasureTableNode => b.type === 'measureTable' && b.year === 2019).flatMap((b) => b.rows).reduce((n, r) => n + r.parts.length - 1, 0);
  const allMinistries = new Set(sections.flatMap((s) => s.ministries)).size;
  // Short heads, so that the figures leave the titles room; the caption and the page's totals say what they count.
  const indexColumns = [t('columnSection'), t('indexColumn2019'), t('indexColumn2020'), t('indexColumnNew'), t('indexColumnEnded'), t('indexColumnMinistries')];
  const FIGURES = ['2019', '2020', 'new', 'ended', 'ministries'];
  // On a phone each row is a card and each figure says its column (custom.css, attr(data-label)).
  const figureCells = (values: readonly number[], attribute: string): string => values.map((n, k) => `<td ${attribute}="${FIGURES[k]}" data-label="${indexColumns[k + 1]}">${n}</td>`).join('');
  const indexRows = sections.map((s) => `<tr><th scope="row"><a href="./${s.id}/">${escapeMdxText(`${s.number} ${titleOf(s)}`)}</a></th>${figureCells(figures(s), 'data-figure')}</tr>`);
  const totals = [total(0), total(1), total(2), total(3), allMinistries];
  const fileDepth = (lang === 'ja' ? 1 : 2) + 2;
  // The pages' own styles, loaded by these pages only (Astro adds them to the pages that import them).
  const styles = `import '${'../'.repeat(fileDepth)}src/styles/policy-cycle.css';`;
  pages.set(
    `${POLICY_CYCLE_SLUG}/index.mdx`,
    [
      // Without a table of contents (the page has no headings) the table has the column's whole width.
      generatedFront(titles.get(POLICY_CYCLE_SLUG)!, titlesEn.get(POLICY_CYCLE_SLUG)!, order, t, ['tableOfContents: false']),
      `import ReportChart from '${'../'.repeat(fileDepth)}src/components/ReportChart.astro';\n${styles}`,
      `<p class="generated-note">${t('policyCycleIntro')}</p>`,
      `<p class="cycle-totals">${escapeMdxText(t('cycleTotals', { n2020: total(1), n2019: total(0), sub: subRows, new: total(2), ended: total(3) }))}</p>`,
      [
        `<figure class="report-table" id="${CYCLE_CHART_ID}">`,
        `<ReportChart id={"${CYCLE_CHART_ID}"} />`,
        ...scrollRegion({ labelledBy: `${CYCLE_CHART_ID}-caption` }, [
          '<table class="cycle-index">',
          `<caption id="${CYCLE_CHART_ID}-caption">${t('cycleIndexCaption')}</caption>`,
          `<thead><tr>${indexColumns.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>`,
          '<tbody>',
          ...indexRows,
          '</tbody>',
          `<tfoot><tr><th scope="row">${t('totalRow')}</th>${figureCells(totals, 'data-total')}</tr></tfoot>`,
          '</table>',
        ]),
        '</figure>',
      ].join('\n'),
    ].join('\n\n') + '\n',
  );

  const labels = { key: t('columnEntry'), plan: t('columnCyclePlan2019'), result: t('columnCycleResult2019'), next: t('columnCyclePlan2020') };
  for (const s of sections) {
    const slug = `${POLICY_CYCLE_SLUG}/${s.id}`;
    const h = headings.get(s.number)!;
    const rowHref = (m: Measure): string => pageHref(slug, ...(m.url.slice(1).split('/#') as [string, string]));
    const blockTitle = (id: string): string => (lang === 'en' ? (headingsEn.get(id) ?? id) : reportText((narrative.children.find((b) => b.type === 'heading' && b.id === id) as { children: InlineNode[] }).children));
    const narrativeLinks = [h.results, h.evaluation, h.plan].map((id) => `<li><a href="${pageHref(slug, narrative.slug, id)}">${escapeMdxText(blockTitle(id))}</a></li>`).join('');

    // One entry per 2020 row, with its 2019 counterpart; then each 2019 row no 2020 row of this section continues.
    const own2020 = s.measures2020.map((id) => byId.get(id)!);
    const shown2019 = new Set(own2020.flatMap((m) => (m.counterpart ? [m.counterpart] : [])));
    const entries: [Measure | undefined, Measure | undefined][] = [
      ...own2020.map((m): [Measure, Measure | undefined] => [m, m.counterpart ? byId.get(m.counterpart) : undefined]),
      ...s.measures2019.filter((id) => !shown2019.has(id)).map((id): [Measure | undefined, Measure] => {
        const m = byId.get(id)!;
        return [m.counterpart ? byId.get(m.counterpart) : undefined, m];
      }),
    ];
    const cell = (className: string, m: Measure | undefined, text: string | null | undefined, linkKey: string, none: string): string =>
      m
        ? `<td class="${className}"><a href="${rowHref(m)}" class="row-link">${escapeMdxText(t(linkKey, { key: m.key }))}</a> ${report(opening(text ?? ''))}</td>`
        : `<td class="${className}"><span class="no-counterpart">${none}</span></td>`;
    const rows = entries.map(([m2020, m2019]) => {
      const st = status(m2020, m2019, s, t);
      const names = [...new Set([...(m2019?.ministryIds ?? []), ...(m2020?.ministryIds ?? [])])].flatMap((id) => (ministries.has(id) ? [ministries.get(id)!] : []));
      const keys = [m2019 ? m2019.key : '—', m2020 ? m2020.key : '—'].join(' → ');
      const header = `<th scope="row"><span class="cycle-keys">${escapeMdxText(keys)}</span> <span class="cycle-status" data-status="${st.kind}">${escapeMdxText(st.text)}</span><ul class="ministries">${names.map((n) => `<li>${escapeMdxText(lang === 'en' ? n.en : n.ja)}</li>`).join('')}</ul></th>`;
      return `<tr id="cycle-${(m2020 ?? m2019)!.id}" data-status="${st.kind}">${header}${cell('plan', m2019, m2019?.plan, 'cycleRow2019', t('cycleNone2019'))}${cell('result', m2019, m2019?.result, 'cycleRow2019', t('cycleNone2019'))}${cell('next', m2020, m2020?.plan, 'cycleRow2020', t('cycleNone2020'))}</tr>`;
    });
    const evaluation = blocksUnder(narrative.children, h.evaluation).map((p) => `<p>${report(reportText(p))}</p>`);
    const facts = [
      [t('columnCycle2019'), t('count', { n: s.measures2019.length })],
      [t('columnCycle2020'), t('count', { n: s.measures2020.length })],
      [t('columnCycleNew'), t('count', { n: s.new.length })],
      [t('columnCycleEnded'), t('count', { n: s.ended.length })],
      [t('columnCycleMinistries'), t('ministryCount', { n: s.ministries.length })],
    ];
    const ministryLinks = s.ministries.map((id) => ministries.get(id)!).map((m) => `<li><a href="${pageHref(slug, `ministries/${m.id}`)}">${escapeMdxText(lang === 'en' ? m.en : m.ja)}</a></li>`);
    pages.set(
      `${slug}.mdx`,
      [
        // Its three headings need no table of contents; the entries need the width.
        generatedFront(titles.get(`${POLICY_CYCLE_SLUG}/${s.id}`)!, titlesEn.get(`${POLICY_CYCLE_SLUG}/${s.id}`)!, order, t, ['tableOfContents: false']),
        styles,
        `<p class="generated-note">${t('cycleIntro', { n: s.number })}</p>`,
        `<div class="cross-links"><span class="cross-links-label">${escapeMdxText(t('cycleNarrative', { n: s.number }))}</span><ul>${narrativeLinks}</ul></div>`,
        `## ${t('cycleFiguresHeading')} {#figures}`,
        `<dl class="cycle-figures">${facts.map(([k, n]) => `<div><dt>${k}</dt><dd>${n}</dd></div>`).join('')}</dl>`,
        `<ul class="cycle-ministries">${ministryLinks.join('')}</ul>`,
        `## ${t('cycleEvaluationHeading', { n: s.number })} {#evaluation}`,
        `<blockquote class="cycle-evaluation" cite="${pageHref(slug, narrative.slug, h.evaluation)}">\n${evaluation.join('\n')}\n</blockquote>`,
        `<p class="cycle-source"><a href="${pageHref(slug, narrative.slug, h.evaluation)}">${t('cycleEvaluationSource', { n: s.number })}</a></p>`,
        `## ${t('cycleMeasuresHeading')} {#measures}`,
        scrollRegion(
          { labelledBy: 'measures-caption' },
          [
            `<table class="cycle-entries" style="${columnLabels(labels)}">`,
            `<caption id="measures-caption">${escapeMdxText(t('cycleMeasuresCaption', { n: s.number, count: t('count', { n: entries.length }) }))}</caption>`,
            `<thead><tr>${Object.values(labels).map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>`,
            '<tbody>',
            ...rows,
            '</tbody>',
            '</table>',
          ],
          'measures',
        ).join('\n'),
      ].join('\n\n') + '\n',
    );
  }
  return pages;
}

/** The index's chart in one language: per section, what 2020 added and what 2019 ended (content/data/charts.json). */
export function policyCycleChart(sections: readonly PolicyCycleSection[], lang: Lang, t: Translate): Chart {
  const series = (name: string, pick: (s: PolicyCycleSection) => readonly string[]) => ({ name, points: sections.map((s) => ({ x: s.number, y: pick(s).length })) });
  return {
    id: CYCLE_CHART_ID,
    ...(lang === 'ja' ? {} : { lang }),
    title: t('cycleChartTitle'),
    kind: 'bar',
    unit: t('cycleChartUnit'),
    xLabel: t('columnSection'),
    series: [series(t('statusNewIn2020'), (s) => s.new), series(t('statusEnded'), (s) => s.ended)],
  };
}
