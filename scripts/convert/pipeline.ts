import { VFile } from 'vfile';
import type { OutlineEntry } from '../../src/lib/outline.ts';
import type { Chart } from '../../src/lib/charts.ts';
import type { Measure } from '../../src/schemas/measure.ts';
import { POLICY_CYCLE_SLUG, type PolicyCycleSection } from '../../src/schemas/policyCycle.ts';
import type { Ministry } from '../../src/schemas/ministry.ts';
import type { LinkRow } from '../measures/linksFile.ts';
import { validateLinks } from '../measures/linksFile.ts';
import { englishTitles } from './data/english.ts';
import { GlossaryRulesSchema, UnitsFileSchema, VerticalLabelsSchema } from './data/schema.ts';
import { measureRecords, measuresWithCounterparts } from './emit/json/measures.ts';
import { policyCycleSections } from './emit/json/policyCycle.ts';
import { MINISTRIES_SLUG } from './emit/mdx/ministryPages.ts';
import { policyCycleChart } from './emit/mdx/policyCyclePages.ts';
import { sitePages } from './emit/mdx/site.ts';
import { type SearchRecord, searchRecords } from './emit/search/records.ts';
import { conversionMessage, SOURCE_PATH, stopOnErrors } from './messages.ts';
import { parseSource } from './source.ts';
import type { TreeStage } from './stage.ts';
import { footnoteMarkers, footnoteSeriesUnits, type MarkerOverride, type MarkerRules } from './stages/footnotes.ts';
import { footnoteNodes } from './stages/footnoteNodes.ts';
import { hoistedHeadings } from './stages/hoistedHeadings.ts';
import { justificationSpaces } from './stages/justificationSpaces.ts';
import { type LineFate, lineFates } from './stages/lineFates.ts';
import { narrativeLinks } from './stages/narrativeLinks.ts';
import { pageFurniture } from './stages/pageFurniture.ts';
import { runningHeads } from './stages/runningHeads.ts';
import { termLinks } from './stages/termLinks.ts';
import { units } from './stages/units.ts';
import { pageOfLine, unitTree } from './stages/unitTree.ts';
import { loadStrings } from './strings.ts';
import type { FootnoteMarker, LineEndDecision, Root, SpaceDecision, UnitNode } from './types.ts';

export interface ConverterData {
  units: unknown;
  ministries: { ministries: Ministry[] };
  footnoteMarkers: Record<string, unknown>;
  /** The site's string stores (src/content/i18n/{ja,en}.json), which hold the converter's UI words. */
  strings: unknown;
  /** English titles by heading id (scripts/convert/data/en.json). */
  en: unknown;
  /** The reviewed 2020 ⇄ 2019 links (content/measures/links.csv); undefined only while `npm run link-measures` makes them. */
  links: LinkRow[] | undefined;
  glossary: unknown;
  /** Vertical labels of slides (scripts/convert/data/vertical-labels.json). */
  verticalLabels: unknown;
  /** The text of the data files by path (units.json, en.json), so that a message names the line at fault. */
  texts?: Readonly<Record<string, string>>;
}

export interface ConversionResult {
  root: Root;
  fates: LineFate[];
  outline: OutlineEntry[];
  /** Relative path under content/docs → file text. */
  pages: Map<string, string>;
  /** Every row of 別添1 and 別添2 with its counterpart, as published in /data/measures.json. */
  measures: Measure[];
  /** The 17 sections of 2部2章 with their measures of both years (content/data/policy-cycle.json). */
  policyCycle: PolicyCycleSection[];
  /** Charts of generated pages, one per language where their words differ (content/data/charts.json). */
  generatedCharts: Chart[];
  /** The ministries the report names, with their ids and English names, for the site's English labels. */
  ministries: Ministry[];
  /** Line ends the paragraph rule decided that a proofreader should review (coverage report, proof sheets). */
  lineEnds: LineEndDecision[];
  /** The spaces dropped from inside sentences (justificationSpaces.ts), for the review list. */
  spaces: SpaceDecision[];
  /** English titles by heading and unit id. */
  headingsEn: Map<string, string>;
  /** The search records of the Japanese pages, for the indexer (scripts/search/index.ts); not written by `npm run convert`. */
  search: SearchRecord[];
}

/**
 * The whole conversion, from seed text to pages, outline and coverage. Pure: no file access. Messages
 * go to `file` (a vfile of the seed text): warnings stay there; errors stop the run at the end of the
 * step that found them (all units built, all pages written), as one ConversionError that holds them all.
 */
export function convert(text: string, data: ConverterData, file: VFile = new VFile({ path: SOURCE_PATH, value: text })): ConversionResult {
  const declarations = UnitsFileSchema.parse(data.units).units;
  const ministries = new Map(data.ministries.ministries.map((m) => [m.ja, m.id]));
  const glossaryRules = GlossaryRulesSchema.parse(data.glossary);
  const verticalLabels = VerticalLabelsSchema.parse(data.verticalLabels).labels;
  const markerRules: MarkerRules = {
    overrides: Object.fromEntries(Object.entries(data.footnoteMarkers).filter(([key]) => key.startsWith('fn-'))) as Record<string, MarkerOverride>,
    columnHeads: (data.footnoteMarkers['columnHeads'] as { heads: string[] }).heads,
  };

  // Line stages: what each source line is (stage.ts says why they work on lines).
  const lines = parseSource(text);
  const furniture = pageFurniture(lines);
  const located = units(lines, furniture.roles, declarations);
  const order = hoistedHeadings(lines, furniture.roles, located);
  const { roles, unitLines } = runningHeads(lines, furniture.roles, located, order);
  const seriesStarts = Object.fromEntries(
    Object.entries(footnoteSeriesUnits).map(([series, unitId]) => [series, located.find((u) => u.declaration.id === unitId)!.startLine!]),
  );
  const markers = footnoteMarkers(lines, roles, order, furniture.footnotes, markerRules, seriesStarts);
  const markersByLine = new Map<number, FootnoteMarker[]>();
  for (const m of markers) markersByLine.set(m.position.start.line, [...(markersByLine.get(m.position.start.line) ?? []), m]);

  // The tree, then the tree stages.
  const built = unitTree(
    { lines, roles, unitLines, markersByLine, footnoteLines: new Set(furniture.footnotes.flatMap((f) => f.lines)), declarations, ministries, glossaryRules, verticalLabels, unitsText: data.texts?.['scripts/convert/data/units.json'] },
    file,
  );
  stopOnErrors(file);
  const pages = pageOfLine(unitLines, built);
  const stages: TreeStage[] = [footnoteNodes(lines, furniture.footnotes, markers, (line) => pages.get(line)!), justificationSpaces(lines), termLinks(glossaryRules), narrativeLinks];
  const root = stages.reduce((tree, stage) => stage(tree, file), built);

  // Emitters.
  const measures = measuresWithCounterparts(measureRecords(root, ministries), linksOf(data.links, root, ministries, file));
  const t = loadStrings(data.strings);
  const headingsEn = englishTitles(data.en, root, file, data.texts?.['scripts/convert/data/en.json']);
  stopOnErrors(file);
  const policyCycle = policyCycleSections(root, measures, data.links ?? [], headingsEn);
  const site = sitePages(root, { measures, ministries: data.ministries.ministries, policyCycle, headingsEn, t }, file);
  const fates = lineFates(lines, roles, root, pages, file);
  stopOnErrors(file);
  const outline = buildOutline(root.children);
  outline.push({ slug: POLICY_CYCLE_SLUG, title: t.ja('policyCycleTitle'), titleEn: t.en('policyCycleTitle') });
  outline.push({ slug: MINISTRIES_SLUG, title: t.ja('ministriesTitle'), titleEn: t.en('ministriesTitle') });
  const search = searchRecords(root, { t: t.ja, ministries: data.ministries.ministries, policyCycle });
  return { root, fates, outline, pages: site, measures, policyCycle, generatedCharts: [policyCycleChart(policyCycle, 'ja', t.ja), policyCycleChart(policyCycle, 'en', t.en)], ministries: data.ministries.ministries, lineEnds: file.data.lineEnds ?? [], spaces: file.data.spaces ?? [], headingsEn, search };
}

const LINKS_PATH = 'content/measures/links.csv';

/** The reviewed links, checked against the rows this conversion found (each problem at its row of links.csv); none while they are being made. */
function linksOf(links: readonly LinkRow[] | undefined, root: Root, ministries: ReadonlyMap<string, string>, file: VFile) {
  if (!links) return [];
  for (const problem of validateLinks(links, new Set(measureRecords(root, ministries).map((r) => r.id)))) {
    file.messages.push(
      conversionMessage({ file: LINKS_PATH, line: problem.line ?? 1, column: 1, reason: problem.reason, rule: 'measures/links', fix: 'run `npm run link-measures`, then review the changed lines' }, 'error'),
    );
  }
  return links.filter((l) => l.method !== 'new' && l.method !== 'ended');
}

function buildOutline(unitNodes: readonly UnitNode[]): OutlineEntry[] {
  const entry = (u: UnitNode): OutlineEntry => {
    const children = unitNodes.filter((c) => c.parent === u.id).map(entry);
    return { slug: u.slug, title: u.title, titleEn: u.titleEn, ...(children.length ? { children } : {}) };
  };
  const ids = new Set(unitNodes.map((u) => u.id));
  return unitNodes.filter((u) => !u.parent || !ids.has(u.parent)).map(entry);
}
