/** The files written under content/data: the tree's data for the site, open data and the coverage report. */
import type { ConversionResult } from '../../pipeline.ts';
import { inlineText } from '../../stages/inlines.ts';
import { visit } from 'unist-util-visit';
import type { Root, TableNode } from '../../types.ts';
import { coverageLines, coverageSummary, reviewList, reviewSummary } from '../coverage.ts';
import { externalLinks } from '../links.ts';
import { normaliseSpacing } from '../spacing.ts';

export interface HeadingEntry {
  id: string;
  page: string;
  depth: number;
  /** The Japanese title as the page shows it, without footnote numbers: the Japanese tables of contents show it. */
  ja: string;
  /** The English title (scripts/convert/data/en.json), which the English pages' tables of contents show. */
  en: string;
}

/** Every heading of every page with its ASCII id and both titles: the site reads this, not the converter's inputs. */
export function headingIndex(root: Root, headingsEn: ReadonlyMap<string, string>): HeadingEntry[] {
  const out: HeadingEntry[] = [];
  const push = (id: string, page: string, depth: number, ja: string) => out.push({ id, page, depth, ja, en: headingsEn.get(id) ?? '' });
  for (const unit of root.children) {
    visit(unit, (b) => {
      if (b.type === 'heading') {
        // As the page shows it, label and title apart, without the footnote numbers a title may carry.
        const title = normaliseSpacing(inlineText(b.children.filter((c) => c.type !== 'footnoteReference')).trim(), { paragraphStart: true });
        push(b.id, unit.slug, b.depth, b.label ? `${b.label} ${title}` : title);
      }
      else if (b.type === 'glossary') for (const l of b.letters) push(l.id, unit.slug, 2, l.index);
    });
  }
  return out;
}

/** 別添8 as data (served as /data/glossary.json; schema in src/lib/glossary.ts). */
export function glossaryData(result: ConversionResult): { terms: Record<string, string>[] } {
  const unit = result.root.children.find((u) => u.children.some((b) => b.type === 'glossary'));
  const terms = (unit?.children ?? []).flatMap((b) => (b.type === 'glossary' ? b.letters.flatMap((l) => l.terms) : []));
  return {
    terms: terms.map((t) => ({
      id: t.id,
      term: t.term,
      ...(t.english ? { english: t.english } : {}),
      index: t.index,
      definition: t.definition.map((p) => normaliseSpacing(inlineText(p)).trim()).join('\n'),
      url: `/${unit!.slug}/#${t.id}`,
    })),
  };
}

/** Charts drawn beside tables (src/components/ReportChart.astro; schema in src/lib/charts.ts). */
export function chartData(result: ConversionResult): { charts: Record<string, unknown>[] } {
  const tables = result.root.children.flatMap((u) => u.children).filter((b): b is TableNode => b.type === 'table' && b.chart !== undefined);
  return { charts: [...tables.map((t) => ({ id: t.id, title: t.label ?? normaliseSpacing(inlineText(t.caption)), ...t.chart })), ...result.generatedCharts] };
}

/**
 * What the About page reports of this edition, read from the conversion itself: counts of what was
 * rebuilt, the figures that exist only as images in the PDF, and the pages that were mostly images.
 */
export function editionData(result: ConversionResult): Record<string, unknown> {
  const blocks = result.root.children.flatMap((u) => u.children.map((b) => ({ unit: u, b })));
  const figures: { label: string; caption: string; page: string }[] = [];
  for (const u of result.root.children) visit(u, 'figure', (b) => void figures.push({ label: b.label, caption: normaliseSpacing(inlineText(b.caption.children).trim()), page: u.slug }));
  const footnotes = result.root.children.flatMap((u) => u.footnotes);
  const count = <T,>(items: readonly T[], key: (t: T) => string): Record<string, number> =>
    Object.fromEntries([...Map.groupBy(items, key)].map(([k, v]) => [k, v.length]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  const glossary = glossaryData(result).terms;
  return {
    coverage: coverageSummary(result.fates),
    pages: result.root.children.length,
    headings: headingIndex(result.root, result.headingsEn).length,
    footnotes: { total: footnotes.length, ...count(footnotes, (f) => f.series) },
    measures: { ...count(result.measures, (m) => String(m.year)), links: count(result.measures.filter((m) => m.year === 2020), (m) => m.link) },
    strategyBoxes: blocks.filter(({ b }) => b.type === 'strategyBox').length,
    tables: blocks.filter(({ b }) => b.type === 'table').length,
    charts: blocks.filter(({ b }) => b.type === 'table' && b.chart !== undefined).length,
    glossaryTerms: glossary.length,
    figures,
    imageOnlyPages: result.root.children.filter((u) => u.imageOnly).map((u) => ({ slug: u.slug, title: u.title, titleEn: u.titleEn })),
  };
}

/** The files written under content/data, by name. */
export function renderDataFiles(result: ConversionResult, source: readonly string[]): Map<string, string> {
  return new Map([
    ['charts.json', JSON.stringify(chartData(result), null, 2) + '\n'],
    ['glossary.json', JSON.stringify(glossaryData(result), null, 2) + '\n'],
    ['outline.json', JSON.stringify({ entries: result.outline }, null, 2) + '\n'],
    ['coverage.json', JSON.stringify({ ...coverageSummary(result.fates), review: reviewSummary(result) }, null, 2) + '\n'],
    ['measures.json', JSON.stringify({ measures: result.measures }, null, 2) + '\n'],
    ['policy-cycle.json', JSON.stringify({ sections: result.policyCycle }, null, 2) + '\n'],
    ['ministries.json', JSON.stringify({ ministries: result.ministries }, null, 2) + '\n'],
    ['headings.json', JSON.stringify({ headings: headingIndex(result.root, result.headingsEn) }, null, 2) + '\n'],
    ['edition.json', JSON.stringify(editionData(result), null, 2) + '\n'],
    ['external-links.json', JSON.stringify({ links: externalLinks(result.root) }, null, 2) + '\n'],
    ['coverage-review.tsv', reviewList(result, source)],
    ['coverage-lines.tsv', coverageLines(result.fates)],
  ]);
}
