/**
 * `npm run convert`: reads the seed text and the data files, writes the MDX pages, the outline and the
 * coverage report under content/. The only module that touches the file system.
 *   npm run convert -- --explain 2881   prints where source line 2881 went
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseLinks } from '../measures/linksFile.ts';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MinistriesFileSchema } from '../../src/schemas/ministry.ts';
import { normaliseSpacing } from './emit/spacing.ts';
import { externalLinks } from './emit/links.ts';
import { ConversionError } from './messages.ts';
import { type ConversionResult, type ConverterData, convert, type LineFate } from './pipeline.ts';
import { inlineText } from './stages/inlines.ts';
import type { BlockNode, Root, TableNode } from './types.ts';

const SENTENCE_SPACE_REASON = 'a space between two word characters inside a sentence, put there by the extraction';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const root = repoRoot;
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const LINKS_PATH = 'content/measures/links.csv';
const EN_PATH = 'scripts/convert/data/en.json';

export function loadData(): ConverterData {
  return {
    units: readJson('scripts/convert/data/units.json'),
    ministries: MinistriesFileSchema.parse(readJson('scripts/convert/data/ministries.json')),
    footnoteMarkers: readJson('scripts/convert/data/footnote-markers.json') as Record<string, unknown>,
    strings: { ja: readJson('src/content/i18n/ja.json'), en: readJson('src/content/i18n/en.json') },
    en: existsSync(join(root, EN_PATH)) ? readJson(EN_PATH) : { headings: {} },
    links: existsSync(join(root, LINKS_PATH)) ? parseLinks(readFileSync(join(root, LINKS_PATH), 'utf8'), LINKS_PATH) : undefined,
    glossary: readJson('scripts/convert/data/glossary.json'),
    verticalLabels: readJson('scripts/convert/data/vertical-labels.json'),
  };
}

export function coverageSummary(fates: readonly LineFate[]): Record<string, unknown> {
  const count = (predicate: (f: LineFate) => boolean): number => fates.filter(predicate).length;
  const furniture: Record<string, number> = {};
  for (const f of fates) if (f.role === 'furniture') furniture[f.target] = (furniture[f.target] ?? 0) + 1;
  return {
    source: 'content/source/cybersecurity2020.txt',
    lines: fates.length,
    kept: { heading: count((f) => f.role === 'heading'), text: count((f) => f.role === 'text'), footnote: count((f) => f.role === 'footnote') },
    furniture: Object.fromEntries(Object.entries(furniture).sort()),
    blank: count((f) => f.role === 'blank'),
  };
}

/**
 * What the paragraph rule and the sentence-space rule decided that a proofreader should review (issue
 * 11): counts of joins, of doubtful ends kept and of spaces dropped inside sentences, by unit. The full
 * list is coverage-review.tsv.
 */
export function reviewSummary(result: ConversionResult): Record<string, unknown> {
  const unitOf = (line: number): string => result.fates[line - 1]?.page || 'none';
  const byUnit: Record<string, { joined: number; kept: number; spaceDropped: number }> = {};
  const countsOf = (line: number) => (byUnit[unitOf(line)] ??= { joined: 0, kept: 0, spaceDropped: 0 });
  for (const e of result.lineEnds) countsOf(e.line)[e.decision] += 1;
  for (const s of result.spaces) countsOf(s.line).spaceDropped += 1;
  return {
    list: 'content/data/coverage-review.tsv',
    joined: result.lineEnds.filter((e) => e.decision === 'joined').length,
    kept: result.lineEnds.filter((e) => e.decision === 'kept').length,
    spaceDropped: result.spaces.length,
    byPage: Object.fromEntries(Object.entries(byUnit).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** One row per reviewed decision: a line end (the two lines' texts where they meet) or a space dropped (the words around it). */
export function reviewList(result: ConversionResult, source: readonly string[]): string {
  const tsv = (text: string): string => text.replace(/[\t\n]/g, ' ');
  const nextLine = (line: number): string => source.slice(line).find((t, k) => t.trim() !== '' && result.fates[line + k]?.role === 'text') ?? '';
  const rows = result.lineEnds.map((e) =>
    [e.line, e.decision, e.reason, result.fates[e.line - 1]?.page ?? '', `…${source[e.line - 1]!.trimEnd().slice(-16)}`, `${nextLine(e.line).trim().slice(0, 16)}…`].map((c) => tsv(String(c))).join('\t'),
  );
  const spaceRows = result.spaces.map((s) => {
    const [before, after] = s.context.split('␠');
    return [s.line, 'space dropped', SENTENCE_SPACE_REASON, result.fates[s.line - 1]?.page ?? '', `…${before}`, `${after}…`].map((c) => tsv(String(c))).join('\t');
  });
  return ['line\tdecision\treason\tpage\ttext before\ttext after', ...rows, ...spaceRows].join('\n') + '\n';
}

/** Every heading of every page with its ASCII id, the key of the English titles (issue 6). */
export function headingIndex(root: Root): { id: string; page: string; depth: number; ja: string }[] {
  const out: { id: string; page: string; depth: number; ja: string }[] = [];
  const visit = (blocks: readonly BlockNode[], page: string): void => {
    for (const b of blocks) {
      if (b.type === 'heading') out.push({ id: b.id, page, depth: b.depth, ja: normaliseSpacing(`${b.label ? `${b.label} ` : ''}${inlineText(b.children.filter((c) => c.type !== 'footnoteReference')).trim()}`) });
      else if (b.type === 'column') visit(b.children, page);
      else if (b.type === 'glossary') for (const l of b.letters) out.push({ id: l.id, page, depth: 2, ja: l.index });
    }
  };
  for (const unit of root.units) visit(unit.children, unit.slug);
  return out;
}

/** 別添8 as data (served as /data/glossary.json; schema in src/lib/glossary.ts). */
export function glossaryData(result: ConversionResult): { terms: Record<string, string>[] } {
  const unit = result.root.units.find((u) => u.children.some((b) => b.type === 'glossary'));
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
  const tables = result.root.units.flatMap((u) => u.children).filter((b): b is TableNode => b.type === 'table' && b.chart !== undefined);
  return { charts: tables.map((t) => ({ id: t.id, title: t.label ?? normaliseSpacing(inlineText(t.caption)), ...t.chart })) };
}

/**
 * What the About page reports of this edition, read from the conversion itself: counts of what was
 * rebuilt, the figures that exist only as images in the PDF, and the pages that were mostly images.
 */
export function editionData(result: ConversionResult): Record<string, unknown> {
  const blocks = result.root.units.flatMap((u) => u.children.map((b) => ({ unit: u, b })));
  const allBlocks = (list: readonly BlockNode[]): BlockNode[] => list.flatMap((b) => (b.type === 'column' ? [b, ...allBlocks(b.children)] : [b]));
  const figures = result.root.units.flatMap((u) =>
    allBlocks(u.children).flatMap((b) => (b.type === 'figure' ? [{ label: b.label, caption: normaliseSpacing(inlineText(b.caption.children).trim()), page: u.slug }] : [])),
  );
  const footnotes = result.root.units.flatMap((u) => u.footnotes);
  const count = <T,>(items: readonly T[], key: (t: T) => string): Record<string, number> =>
    Object.fromEntries([...Map.groupBy(items, key)].map(([k, v]) => [k, v.length]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  const glossary = glossaryData(result).terms;
  return {
    coverage: coverageSummary(result.fates),
    pages: result.root.units.length,
    headings: headingIndex(result.root).length,
    footnotes: { total: footnotes.length, ...count(footnotes, (f) => f.series) },
    measures: { ...count(result.measures, (m) => String(m.year)), links: count(result.measures.filter((m) => m.year === 2020), (m) => m.link) },
    strategyBoxes: blocks.filter(({ b }) => b.type === 'strategyBox').length,
    tables: blocks.filter(({ b }) => b.type === 'table').length,
    charts: blocks.filter(({ b }) => b.type === 'table' && b.chart !== undefined).length,
    glossaryTerms: glossary.length,
    figures,
    imageOnlyPages: result.root.units.filter((u) => u.imageOnly).map((u) => ({ slug: u.slug, title: u.title, titleEn: u.titleEn })),
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
    ['ministries.json', JSON.stringify({ ministries: result.ministries }, null, 2) + '\n'],
    ['headings.json', JSON.stringify({ headings: headingIndex(result.root) }, null, 2) + '\n'],
    ['edition.json', JSON.stringify(editionData(result), null, 2) + '\n'],
    ['external-links.json', JSON.stringify({ links: externalLinks(result.root) }, null, 2) + '\n'],
    ['coverage-review.tsv', reviewList(result, source)],
    ['coverage-lines.tsv', ['line\trole\ttarget\tpage', ...result.fates.map((f) => `${f.line}\t${f.role}\t${f.target}\t${f.page}`)].join('\n') + '\n'],
  ]);
}

function write(result: ConversionResult, source: readonly string[]): void {
  const docs = join(root, 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  for (const [path, text] of [...result.pages].sort(([a], [b]) => a.localeCompare(b))) {
    mkdirSync(dirname(join(docs, path)), { recursive: true });
    writeFileSync(join(docs, path), text);
  }
  const data = join(root, 'content', 'data');
  mkdirSync(data, { recursive: true });
  for (const [path, text] of renderDataFiles(result, source)) writeFileSync(join(data, path), text);
}

/** The seed text and its conversion, for every tool that reads the tree; a conversion error is printed and gives undefined. */
export function convertSeed(): { text: string; result: ConversionResult } | undefined {
  const text = readFileSync(join(root, 'content', 'source', 'cybersecurity2020.txt'), 'utf8');
  try {
    return { text, result: convert(text, loadData()) };
  } catch (error) {
    if (error instanceof ConversionError) {
      console.error(error.message);
      console.error('1 error');
      return undefined;
    }
    throw error;
  }
}

function main(argv: readonly string[]): number {
  const converted = convertSeed();
  if (!converted) return 1;
  const { text, result } = converted;
  const explain = argv.indexOf('--explain');
  if (explain !== -1) {
    const line = Number(argv[explain + 1]);
    const fate = result.fates[line - 1];
    if (!fate) {
      console.error(`no line ${argv[explain + 1]} in the source`);
      return 2;
    }
    console.log(`cybersecurity2020.txt:${line}: ${fate.role} ${fate.target}${fate.page ? ` on /${fate.page}/` : ''}`);
    const end = result.lineEnds.find((e) => e.line === line);
    if (end) console.log(`  line end ${end.decision === 'joined' ? 'joined to the next line' : 'kept as a paragraph end (for review)'}: ${end.reason}`);
    else if (text.split('\n')[line - 1]!.endsWith(' ') && fate.role === 'text') console.log('  line end kept as a paragraph end: the trailing space, and nothing on the page says the text goes on');
    for (const space of result.spaces.filter((s) => s.line === line)) console.log(`  space dropped at 「${space.context}」: ${SENTENCE_SPACE_REASON}`);
    return 0;
  }
  write(result, text.split('\n'));
  const summary = coverageSummary(result.fates);
  console.log(`converted ${result.pages.size} pages; coverage: ${JSON.stringify(summary.kept)} furniture ${JSON.stringify(summary.furniture)} blank ${summary.blank}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
