import type { OutlineEntry } from '../../src/lib/outline.ts';
import type { Measure } from '../../src/schemas/measure.ts';
import type { Ministry } from '../../src/schemas/ministry.ts';
import type { LinkRow } from '../measures/linksFile.ts';
import { validateLinks } from '../measures/linksFile.ts';
import { unitBlocks } from './blocks.ts';
import { englishTitles } from './data/english.ts';
import { languages, loadStrings } from './strings.ts';
import { measureRecords, measuresWithCounterparts } from './emit/json/measures.ts';
import { MINISTRIES_SLUG, ministryPages } from './emit/mdx/ministryPages.ts';
import { GlossaryRulesSchema, type UnitDeclaration, UnitsFileSchema, VerticalLabelsSchema } from './data/schema.ts';
import { checkFootnoteCitations, checkUniqueIds } from './emit/mdx/checks.ts';
import { type ChildLink, unitToMdx } from './emit/mdx/page.ts';
import { displayTitle } from './emit/titles.ts';
import { fail } from './messages.ts';
import { compact, parseSource } from './source.ts';
import { footnoteMarkers, footnoteSeriesUnits, type MarkerOverride, type MarkerRules } from './stages/footnotes.ts';
import type { InlineParagraph } from './stages/headings.ts';
import { hoistedHeadings } from './stages/hoistedHeadings.ts';
import { inlines } from './stages/inlines.ts';
import { justificationSpaces } from './stages/justificationSpaces.ts';
import { pageFurniture } from './stages/pageFurniture.ts';
import { paragraphs } from './stages/paragraphs.ts';
import { narrativeLinks } from './stages/narrativeLinks.ts';
import { runningHeads } from './stages/runningHeads.ts';
import { termLinks } from './stages/termLinks.ts';
import { units } from './stages/units.ts';
import type { BlockNode, FootnoteMarker, FootnoteNode, LineEndDecision, LineRole, Position, Root, SourceLine, SpaceDecision, UnitNode } from './types.ts';

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
}

/** Where one source line went: the node that holds it, or the furniture class that dropped it. */
export interface LineFate {
  line: number;
  role: 'blank' | 'furniture' | 'footnote' | 'heading' | 'text';
  /** Furniture class, footnote id, or the id of the block that holds the line. */
  target: string;
  /** Slug of the page that shows the line; empty for dropped lines. */
  page: string;
}

export interface ConversionResult {
  root: Root;
  fates: LineFate[];
  outline: OutlineEntry[];
  /** Relative path under content/docs → file text. */
  pages: Map<string, string>;
  /** Every row of 別添1 and 別添2 with its counterpart, as published in /data/measures.json. */
  measures: Measure[];
  /** The ministries the report names, with their ids and English names, for the site's English labels. */
  ministries: Ministry[];
  /** Line ends the paragraph rule decided that a proofreader should review (coverage report, proof sheets). */
  lineEnds: LineEndDecision[];
  /** The spaces dropped from inside sentences (justificationSpaces.ts), for the review list. */
  spaces: SpaceDecision[];
}

/** The whole conversion, from seed text to pages, outline and coverage. Pure: no file access. */
export function convert(text: string, data: ConverterData): ConversionResult {
  const declarations = UnitsFileSchema.parse(data.units).units;
  const ministries = new Map(data.ministries.ministries.map((m) => [m.ja, m.id]));
  const glossaryRules = GlossaryRulesSchema.parse(data.glossary);
  const verticalLabels = VerticalLabelsSchema.parse(data.verticalLabels).labels;
  const markerRules: MarkerRules = {
    overrides: Object.fromEntries(Object.entries(data.footnoteMarkers).filter(([key]) => key.startsWith('fn-'))) as Record<string, MarkerOverride>,
    columnHeads: (data.footnoteMarkers['columnHeads'] as { heads: string[] }).heads,
  };

  const lines = parseSource(text);
  const furniture = pageFurniture(lines);
  const located = units(lines, furniture.roles, declarations);
  const order = hoistedHeadings(lines, furniture.roles, located);
  const { roles, unitLines } = runningHeads(lines, furniture.roles, located, order);
  const seriesStarts = Object.fromEntries(
    Object.entries(footnoteSeriesUnits).map(([series, unitId]) => [series, located.find((u) => u.declaration.id === unitId)!.startLine!]),
  );
  const markers = footnoteMarkers(lines, roles, order, furniture.footnotes, markerRules, seriesStarts);
  const footnoteLines = new Set(furniture.footnotes.flatMap((f) => f.lines));
  const markersByLine = new Map<number, FootnoteMarker[]>();
  for (const m of markers) markersByLine.set(m.position.start.line, [...(markersByLine.get(m.position.start.line) ?? []), m]);

  const unitNodes: UnitNode[] = [];
  const lineEnds: LineEndDecision[] = [];
  let pendingDivision: BlockNode[] = [];
  unitLines.forEach(({ unit, indexes }, order) => {
    const declaration = unit.declaration;
    const rebuilt = paragraphs(lines, roles, indexes);
    lineEnds.push(...rebuilt.lineEnds);
    const joinedLines = new Set(rebuilt.lineEnds.filter((e) => e.decision === 'joined').map((e) => e.line));
    const paras: InlineParagraph[] = rebuilt.paragraphs.map((p) => ({
      children: inlines(p, markersByLine),
      lines: p.segments.map((s) => s.line),
      position: segmentsPosition(lines, p.segments),
    }));
    const title = declaration.kind === 'division' ? '' : unitTitle(declaration, unit.headingLines, lines, roles);
    const blocks = unitBlocks(declaration, paras, { lines, ministries, title, markersByLine, footnoteLines, glossaryRules, joinedLines, units: declarations, verticalLabels });
    if (declaration.kind === 'division') {
      pendingDivision = unit.headingLines.map((line) => ({
        type: 'paragraph',
        role: 'divisionLabel',
        children: [{ type: 'text', value: lines[line - 1]!.text.trim() }],
        lines: [line],
        position: linePosition(lines[line - 1]!),
      }));
      return;
    }
    const unitIndexes = indexes.filter((i) => roles[i]?.kind !== 'blank');
    const first = Math.min(...unitIndexes);
    const last = Math.max(...unitIndexes);
    unitNodes.push({
      type: 'unit',
      id: declaration.id,
      slug: declaration.slug,
      kind: declaration.kind,
      ...(declaration.parent ? { parent: declaration.parent } : {}),
      title,
      titleEn: declaration.titleEn,
      ...(declaration.titleNote ? { titleNote: declaration.titleNote } : {}),
      order,
      imageOnly: declaration.imageOnly === true,
      ...(declaration.slides ? { slides: true as const } : {}),
      children: [...pendingDivision, ...blocks],
      footnotes: [],
      ...(unitIndexes.length > 0 ? { position: { start: linePosition(lines[first]!).start, end: linePosition(lines[last]!).end } } : {}),
    });
    pendingDivision = [];
  });

  const footnoteNodes = furniture.footnotes.map((raw): FootnoteNode => {
    const segments = raw.lines.map((line, k) => {
      const source = lines[line - 1]!;
      const labelLength = k === 0 ? source.text.match(/^\d+ ?/)![0].length : 0;
      const body = source.text.slice(labelLength);
      return { line, column: labelLength + 1, text: k === raw.lines.length - 1 ? body.trimEnd() : body };
    });
    return {
      type: 'footnote',
      id: raw.id,
      series: raw.series,
      label: raw.label,
      refIds: markers.filter((m) => m.footnoteId === raw.id).map((m) => m.refId),
      children: inlines({ segments }, new Map()),
      lines: raw.lines,
      position: segmentsPosition(lines, segments),
    };
  });
  const pageOfLine = new Map<number, UnitNode>();
  for (const { unit, indexes } of unitLines) {
    const node = unitNodes.find((u) => u.id === unit.declaration.id) ?? unitNodes.find((u) => u.id === 'p1')!;
    for (const i of indexes) pageOfLine.set(i + 1, node);
  }
  for (const footnote of footnoteNodes) {
    const marker = markers.find((m) => m.footnoteId === footnote.id)!;
    pageOfLine.get(marker.position.start.line)!.footnotes.push(footnote);
  }

  const { units: proseUnits, spaces } = justificationSpaces(unitNodes, lines);
  const glossaryTerms = proseUnits.flatMap((u) => u.children).flatMap((b) => (b.type === 'glossary' ? b.letters.flatMap((l) => l.terms) : []));
  const glossaryUnit = proseUnits.find((u) => u.children.some((b) => b.type === 'glossary'));
  const linkedUnits = glossaryUnit ? termLinks(proseUnits, glossaryTerms, glossaryRules, glossaryUnit.slug) : proseUnits;
  const root: Root = narrativeLinks({ type: 'root', units: linkedUnits });
  const measures = measuresWithCounterparts(measureRecords(root, ministries), linksOf(data.links, root, ministries));
  const measuresById = new Map(measures.map((m) => [m.id, m]));
  const outline = buildOutline(root.units);
  const t = loadStrings(data.strings);
  const headingsEn = englishTitles(data.en, root);
  const ministryNames = new Map(data.ministries.ministries.map((m) => [m.ja, m]));
  const annex3Ids = new Set(root.units.filter((u) => u.id === 'a3').flatMap((u) => u.children.flatMap((b) => (b.type === 'heading' ? [b.id] : []))));
  const pages = new Map<string, string>();
  for (const lang of languages) {
    const prefix = lang === 'ja' ? '' : `${lang}/`;
    const context = { lang, t: t[lang], ministries: ministryNames, measures: measuresById, headingsEn };
    for (const unit of root.units) {
      const children: ChildLink[] = root.units.filter((u) => u.parent === unit.id).map((u) => ({ slug: u.slug, title: u.title, titleEn: u.titleEn }));
      const path = `${prefix}${children.length > 0 ? `${unit.slug}/index.mdx` : `${unit.slug}.mdx`}`;
      const mdx = unitToMdx(unit, children, context);
      checkFootnoteCitations(unit, mdx, path);
      checkUniqueIds(unit, mdx, path);
      pages.set(path, mdx);
    }
    const ministryInput = { root, measures, ministries: data.ministries.ministries, order: root.units.length, annex3Ids, headingsEn, t };
    for (const [path, text] of ministryPages(ministryInput, lang)) pages.set(`${prefix}${path}`, text);
  }
  outline.push({ slug: MINISTRIES_SLUG, title: t.ja('ministriesTitle'), titleEn: t.en('ministriesTitle') });
  return { root, fates: lineFates(lines, roles, root, pageOfLine), outline, pages, measures, ministries: data.ministries.ministries, lineEnds, spaces };
}

/** The reviewed links, checked against the rows this conversion found; none while they are being made. */
function linksOf(links: readonly LinkRow[] | undefined, root: Root, ministries: ReadonlyMap<string, string>) {
  if (!links) return [];
  const problems = validateLinks(links, new Set(measureRecords(root, ministries).map((r) => r.id)));
  if (problems.length > 0) {
    fail({
      line: 1,
      column: 1,
      reason: `content/measures/links.csv does not fit the measure rows (${problems.length} problems)`,
      rule: 'measures/links',
      found: problems.slice(0, 5).join('; '),
      fix: 'run `npm run link-measures`, then review the changed lines',
    });
  }
  return links.filter((l) => l.method !== 'new' && l.method !== 'ended');
}

function unitTitle(declaration: UnitDeclaration, headingLines: readonly number[], lines: readonly SourceLine[], roles: readonly LineRole[]): string {
  if (declaration.heading) {
    const printed = (from: number): string => headingLines.slice(from).map((line) => lines[line - 1]!.text.trim()).join('');
    // A truncated copy printed just above the heading (the 別添３ cover, L16308) is not part of the title.
    return displayTitle(compact(printed(0)) === declaration.heading ? printed(0) : printed(1));
  }
  const target = declaration.runningHead!;
  const index = roles.findIndex((r, i) => r.kind === 'furniture' && r.class === 'runningHead' && compact(lines[i]!.text) === target);
  if (index === -1) {
    fail({
      line: 1,
      column: 1,
      reason: `the title of unit \`${declaration.id}\` is printed nowhere, not even as a page header`,
      rule: 'units/title-missing',
      expected: `a page header reading \`${target}\``,
      found: 'none',
      fix: 'check `runningHead` in scripts/convert/data/units.json against the source',
    });
  }
  return displayTitle(lines[index]!.text);
}

function buildOutline(unitNodes: readonly UnitNode[]): OutlineEntry[] {
  const entry = (u: UnitNode): OutlineEntry => {
    const children = unitNodes.filter((c) => c.parent === u.id).map(entry);
    return { slug: u.slug, title: u.title, titleEn: u.titleEn, ...(children.length ? { children } : {}) };
  };
  const ids = new Set(unitNodes.map((u) => u.id));
  return unitNodes.filter((u) => !u.parent || !ids.has(u.parent)).map(entry);
}

function lineFates(lines: readonly SourceLine[], roles: readonly LineRole[], root: Root, pageOfLine: ReadonlyMap<number, UnitNode>): LineFate[] {
  const holder = new Map<number, { role: LineFate['role']; target: string }>();
  let counter = 0;
  const visit = (blocks: readonly BlockNode[], unit: UnitNode): void => {
    for (const block of blocks) {
      counter += 1;
      if (block.type === 'heading') for (const l of block.lines) holder.set(l, { role: 'heading', target: block.id });
      else if (block.type === 'paragraph') for (const l of block.lines) holder.set(l, { role: 'text', target: `${unit.id}/p${counter}` });
      else if (block.type === 'figure') {
        for (const l of block.caption.lines) holder.set(l, { role: 'text', target: `${unit.id}/figure${counter}` });
        visit(block.content ?? [], unit);
      } else if (block.type === 'strategyBox') visit([block.header, ...block.children], unit);
      else if (block.type === 'measureTable') {
        for (const l of block.header.lines) holder.set(l, { role: 'text', target: `${block.id}/header` });
        for (const row of block.rows) for (const l of row.lines) holder.set(l, { role: 'text', target: row.id });
      } else if (block.type === 'column') visit(block.children, unit);
      else if (block.type === 'crossLinks') continue;
      else if (block.type === 'glossary') {
        for (const l of block.lines) holder.set(l, { role: 'text', target: `${unit.id}/glossary` });
        for (const term of block.letters.flatMap((letter) => letter.terms)) for (const l of term.lines) holder.set(l, { role: 'text', target: term.id });
      } else for (const l of block.lines) holder.set(l, { role: 'text', target: block.type === 'table' ? block.id : `${unit.id}/${block.type}${counter}` });
    }
  };
  for (const unit of root.units) {
    visit(unit.children, unit);
    for (const fn of unit.footnotes) for (const l of fn.lines) holder.set(l, { role: 'footnote', target: fn.id });
  }
  return lines.map((source, i) => {
    const role = roles[i]!;
    const page = pageOfLine.get(source.line)?.slug ?? '';
    if (role.kind === 'blank') return { line: source.line, role: 'blank', target: '', page: '' };
    if (role.kind === 'furniture') return { line: source.line, role: 'furniture', target: role.class, page: '' };
    if (role.kind === 'unitHeading') return { line: source.line, role: 'heading', target: role.unitId, page };
    const held = holder.get(source.line);
    if (!held) {
      fail({
        line: source.line,
        column: 1,
        reason: 'this line is neither in the document nor page furniture',
        rule: 'coverage/line-lost',
        found: JSON.stringify(source.text),
        fix: 'a stage dropped it; every line must end up in a node or be classified as furniture',
      });
    }
    return { line: source.line, ...held, page };
  });
}

function linePosition(source: SourceLine): Position {
  return {
    start: { line: source.line, column: 1, offset: source.offset },
    end: { line: source.line, column: source.text.length + 1, offset: source.offset + source.text.length },
  };
}

function segmentsPosition(lines: readonly SourceLine[], segments: readonly { line: number; column: number; text: string }[]): Position {
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  const a = lines[first.line - 1]!;
  const b = lines[last.line - 1]!;
  return {
    start: { line: first.line, column: first.column, offset: a.offset + first.column - 1 },
    end: { line: last.line, column: last.column + last.text.length, offset: b.offset + last.column - 1 + last.text.length },
  };
}
