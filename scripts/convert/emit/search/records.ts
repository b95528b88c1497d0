/**
 * The search records, emitted from the tree as the pages are: one per place a result can land on (the
 * page's text before its first heading, the text under each heading, a measure row, a glossary term, a
 * data table, a footnote). Pagefind ranks whole records, so a record per section lets a short measure
 * row outrank a long chapter, and filters (ministry, kind) hold for the exact place instead of a whole
 * page. Only Japanese pages are indexed: the English ones show the same text, and their results land on them (src/lib/search/client.ts).
 *
 * A record holds the report's text. What the converter adds beside it is left out: links to the other
 * year or to 2部2章, footnote digits and back links, notices that an image is not here, lists of
 * sub-pages; indexing them would make every row match 「2019年度の計画と実績」. Names the converter gives a
 * place (a table's caption or label) stay, as they title the place.
 */
import type { Ministry } from '../../../../src/schemas/ministry.ts';
import { annexPart, FILTER, KIND, MAIN_PART } from '../../../../src/lib/search/filters.ts';
import { foldWidth } from '../../../../src/lib/search/text.ts';
import { REPORT_UNITS } from '../../reportUnits.ts';
import type { Translate } from '../../strings.ts';
import type { BlockNode, InlineNode, MeasureRow, MeasureTableNode, TableNode, UnitNode, Root } from '../../types.ts';
import { measureHeaderCells } from '../mdx/handlers/measureTable.ts';
import { reportText } from '../mdx/inline.ts';
import { ministryPageTitles } from '../mdx/ministryPages.ts';
import { policyCyclePageTitles } from '../mdx/policyCyclePages.ts';
import type { PolicyCycleSection } from '../../../../src/schemas/policyCycle.ts';
import { normaliseSpacing } from '../spacing.ts';

export interface SearchRecord {
  /** `/slug/#id`, below the base path. */
  url: string;
  content: string;
  meta: { title: string; page: string };
  filters: Record<string, string[]>;
  /**
   * Whether the title ranks as a heading. A measure row's title is its table's caption, shared by every
   * row of the table: weighting it let each row outrank the section that is about the subject.
   */
  titleRanks: boolean;
  /**
   * Its text weighs less than its title. 別添3 holds each ministry's self-evaluation, which names most
   * topics in passing, and a data table (別添4-6: reports under the action plans, incident lists,
   * statistics) repeats its subject row after row; the rows and sections about a topic should come first,
   * while a query naming the ministry or the table still finds it by its title. A 2019 measure row (別添2)
   * holds the year's plan and its result, so it names its subject about twice as often as the 2020 row of
   * the same measure and outranked it and the sections about the subject (IoT security → 2019's 1.3(1)(ウ)).
   */
  lightText?: true;
}

/** What a record is the place of; it decides the kind filter and whether the title ranks. */
type Place = 'page' | 'heading' | 'row' | 'term' | 'table' | 'footnote';

interface Draft {
  id?: string;
  title: string;
  place: Place;
  lines: string[];
  /** What it titles was only an image in the PDF: the record holds its title, so that it is still found. */
  imageOnly?: boolean;
  /** A measure row's ministries, for the ministry filter. */
  ministries?: string[];
}

const labelled = (label: string, title: string) => (label ? `${label} ${title}` : title);

/** A measure table's caption as its page prints it, with `key`: the table's node key, or one of its rows'. */
const measureCaption = (table: MeasureTableNode, key: string, t: Translate) =>
  t(table.year === 2020 ? 'tableCaption2020' : 'tableCaption2019', { key, title: reportText(table.title) });

/**
 * A measure row's title, the one place that says how a result names a row: its table's caption with the
 * row's key, 「1.1(1)(ア) 経営層の意識改革（2020年度の計画）」, as the report's own key names it.
 */
const measureRowTitle = (table: MeasureTableNode, row: MeasureRow, t: Translate) => measureCaption(table, row.key, t);

/** The unit a page belongs to at the top level: 別添4 for 別添4－1, 1部 for its chapters. */
function topOf(unit: UnitNode, byId: ReadonlyMap<string, UnitNode>): UnitNode {
  const parent = unit.parent === undefined ? undefined : byId.get(unit.parent);
  return parent ? topOf(parent, byId) : unit;
}

/** 別添N for an annex, 本編 for the parts and the introduction; nothing for pages outside the report (正誤表). */
function partOf(top: UnitNode): string | undefined {
  if (top.kind === 'annex') return annexPart(/\d+$/.exec(top.slug)![0]);
  if (top.kind === 'part' || top.id === REPORT_UNITS.introduction) return MAIN_PART;
  return undefined;
}

function kindOf(top: UnitNode, place: Place, part: string | undefined): string | undefined {
  // What the place is (a term, a data table) decides before which annex it is in.
  if (place === 'term') return KIND.term;
  // 担当府省庁一覧 is one table of who is responsible for what, not statistics.
  if (top.id === REPORT_UNITS.responsibilities) return KIND.body;
  if (place === 'table') return KIND.data;
  if (top.id === REPORT_UNITS.plan2020) return KIND.plan;
  if (top.id === REPORT_UNITS.results2019) return KIND.result;
  if (top.id === REPORT_UNITS.glossary) return KIND.term;
  if (top.id === REPORT_UNITS.dataSets) return KIND.data;
  return part ? KIND.body : undefined;
}

function tableDraft(node: TableNode, section: Draft, t: Translate): Draft {
  const caption = reportText(node.caption);
  const name = node.labelKey ? t(node.labelKey.key, node.labelKey.params) : (node.label ?? '');
  const cells = [...node.head, ...node.rows].flatMap((row) => row.flatMap((c) => (c.uiText ? [t(c.uiText)] : c.paragraphs.map(reportText))));
  return { id: node.id, title: caption || name || section.title, place: 'table', lines: [caption, ...cells, ...node.notes.map(reportText), ...(node.figureText ?? []).map(reportText)] };
}

/** The drafts of one unit's page, in reading order: the page's own, then one per place. */
function unitDrafts(unit: UnitNode, pageTitle: string, t: Translate): Draft[] {
  const drafts: Draft[] = [{ title: pageTitle, place: 'page', lines: [] }];
  let section = drafts[0]!;
  const add = (draft: Draft): Draft => (drafts.push(draft), draft);
  // The headings the current block is under, by depth: a marker heading takes its title from its parent.
  const open: { depth: number; title: string; draft: Draft }[] = [];
  const blocks = (nodes: readonly BlockNode[]) => nodes.forEach((node) => (handlers[node.type] as (n: BlockNode) => void)(node));
  // One handler per block type, as the MDX emitter has: a new node type does not compile until it has one.
  const handlers: { [T in BlockNode['type']]: (node: Extract<BlockNode, { type: T }>) => void } = {
    heading: (node) => {
      while (open.length && open[open.length - 1]!.depth >= node.depth) open.pop();
      const own = labelled(node.label, reportText(node.children));
      // A marker (【評価】) names no subject. Under a heading with no text of its own (2部2章's 1.3 安全な
      // IoTシステムの構築, which has no record), that heading's title comes first: the topic then ranks as
      // the title it is, and a result says whose 【評価】 it is.
      const parent = open[open.length - 1];
      const title = !node.label && parent && parent.draft.lines.length === 0 ? `${parent.title} ${own}` : own;
      section = add({ id: node.id, title, place: 'heading', lines: [], imageOnly: node.imageOnly });
      open.push({ depth: node.depth, title: own, draft: section });
    },
    paragraph: (node) => section.lines.push(reportText(node.children)),
    column: (node) => {
      const [title, ...rest] = node.children;
      blocks(title ? [title] : []);
      if (node.imageOnly) section.imageOnly = true;
      blocks(rest);
    },
    strategyBox: (node) => (section.lines.push(reportText(node.header.children)), blocks(node.children)),
    figure: (node) => (section.lines.push(labelled(node.label, reportText(node.caption.children))), blocks(node.content ?? [])),
    table: (node) => add(tableDraft(node, section, t)),
    measureTable: (node) => {
      // The caption and the column heads stay with the section; each row is a place of its own.
      section.lines.push(measureCaption(node, node.nodeKey, t), ...measureHeaderCells(node).map((c) => normaliseSpacing(c)));
      for (const row of node.rows) {
        const lines = [row.label, ...row.parts.flatMap((p) => [...p.ministries, ...p.plan.map((x) => reportText(x.children)), ...p.result.map((x) => reportText(x.children))])];
        add({ id: row.id, title: measureRowTitle(node, row, t), place: 'row', lines, ministries: [...new Set(row.parts.flatMap((p) => p.ministries))] });
      }
    },
    glossary: (node) => {
      // Each index letter is a heading of the page; its terms are records, so it holds no text of its own.
      for (const letter of node.letters) {
        section = add({ id: letter.id, title: letter.index, place: 'heading', lines: [] });
        for (const term of letter.terms) add({ id: term.id, title: term.term, place: 'term', lines: [term.term, ...term.definition.map(reportText)] });
      }
    },
    // A printed table of contents: each entry's title and printed page number; the dot leader is layout.
    contents: (node) => section.lines.push(...node.entries.map((e) => `${normaliseSpacing(e.title)} ${e.page}`)),
    byline: (node) => section.lines.push(`${reportText(node.role)} ${reportText(node.holder)}`),
    crossLinks: () => undefined,
  };
  blocks(unit.children);
  for (const fn of unit.footnotes) add({ id: fn.id, title: `${t('footnotesHeading')} ${fn.label}`, place: 'footnote', lines: [`${fn.label} ${reportText(fn.children)}`] });
  return drafts;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** One line per block, each cleaned of layout spaces, so that the segmenter never joins two cells' words. */
const contentOf = (lines: readonly string[]) => foldWidth(lines.join('\n').split('\n').map(clean).filter(Boolean).join('\n'));

export interface SearchInput {
  /** The converter's Japanese words (captions, the footnotes heading, the ministry pages' titles). */
  t: Translate;
  ministries: readonly Ministry[];
  policyCycle: readonly PolicyCycleSection[];
}

/** Every record of the report's Japanese pages, page by page in reading order, then the ministry pages. */
export function searchRecords(root: Root, input: SearchInput): SearchRecord[] {
  const { t } = input;
  const byId = new Map(root.children.map((u) => [u.id, u]));
  const units = root.children.flatMap((unit) => {
    const top = topOf(unit, byId);
    const part = partOf(top);
    const url = `/${unit.slug}/`;
    // The page's h1 names the level above it (`別添２ 2019年度の…／1 経済社会…`); results say it shorter, by the
    // part: `別添2 1 経済社会…`, so that 別添1 §1 and 別添2 §1 (and their headings) differ.
    const page = top !== unit && part ? `${part} ${unit.title}` : unit.title;
    return unitDrafts(unit, page, t).flatMap((d): SearchRecord[] => {
      const content = contentOf(d.lines);
      if (!content && d.place !== 'page' && !d.imageOnly) return [];
      const filters: Record<string, string[]> = {};
      if (part) filters[FILTER.part] = [part];
      const kind = kindOf(top, d.place, part);
      if (kind) filters[FILTER.kind] = [kind];
      if (d.ministries?.length) filters[FILTER.ministry] = d.ministries;
      const lightText = top.id === REPORT_UNITS.ministryEvaluations || kind === KIND.data || (kind === KIND.result && d.place === 'row');
      return [{ url: d.id ? `${url}#${d.id}` : url, content: content || foldWidth(d.title), meta: { title: foldWidth(clean(d.title)), page: clean(page) }, filters, titleRanks: d.place !== 'row', ...(lightText ? { lightText: true as const } : {}) }];
    });
  });
  // Generated pages (the ministry pages, the policy cycle) are found by their titles only: their rows
  // repeat report text that has its own records. The policy-cycle pages are a kind of their own.
  const generated = (pages: { slug: string; title: string }[], filters: Record<string, string[]>): SearchRecord[] =>
    pages.map(({ slug, title }) => ({ url: `/${slug}/`, content: foldWidth(title), meta: { title: foldWidth(title), page: title }, filters, titleRanks: true }));
  return [...units, ...generated(ministryPageTitles(input.ministries, t), {}), ...generated(policyCyclePageTitles(input.policyCycle, t), { [FILTER.kind]: [KIND.cycle] })];
}
