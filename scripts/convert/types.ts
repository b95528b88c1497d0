/** The document tree of the converter. Positions follow unist: 1-based line and column, 0-based offset, `end` just past the last character. */

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Position {
  start: Point;
  end: Point;
}

/** One line of the seed text, before any interpretation. */
export interface SourceLine {
  /** 1-based line number. */
  line: number;
  text: string;
  /** 0-based offset of the first character. */
  offset: number;
}

export const furnitureClasses = [
  'runningHead',
  'pageNumber',
  'blankPageMarker',
  'footnoteRuler',
] as const;
export type FurnitureClass = (typeof furnitureClasses)[number];

/** What a line was taken as; every source line gets exactly one. */
export type LineRole =
  | { kind: 'blank' }
  | { kind: 'furniture'; class: FurnitureClass }
  | { kind: 'footnote'; footnoteId: string }
  | { kind: 'unitHeading'; unitId: string }
  | { kind: 'content' };

/**
 * A line end that the paragraph rule decided and that a proofreader may doubt: a line ending in a space
 * that was joined to the next one, or one kept as a paragraph end although the sentence may go on.
 */
export interface LineEndDecision {
  /** The source line whose end was decided. */
  line: number;
  decision: 'joined' | 'kept';
  /** Why, in the report's terms, e.g. "fills the measure; the next line starts mid-word". */
  reason: string;
}

/** A space dropped from inside a sentence (justificationSpaces.ts), where a proofreader finds it. */
export interface SpaceDecision {
  /** The source line that prints the space. */
  line: number;
  /** The words around it, the space shown as ␠. */
  context: string;
}

export type FootnoteSeries = 'main' | 'annex4' | 'annex6';

/** A footnote reference: a digit string glued to the text, at a source point. */
export interface FootnoteMarker {
  footnoteId: string;
  label: string;
  /** Unique on its page: `fnref-<series>-<label>` for the first reference, `…-<n>` for the nth. */
  refId: string;
  /** Where the digits are in the source. */
  position: Position;
}

export interface TextNode {
  type: 'text';
  value: string;
  position?: Position;
}

export interface FootnoteReferenceNode {
  type: 'footnoteReference';
  footnoteId: string;
  label: string;
  refId: string;
  position: Position;
}

export interface LinkNode {
  type: 'link';
  url: string;
  /** Generated link text, a `convert.` key of src/content/i18n/{ja,en}.json (the accessible name, drawn by CSS); a printed URL shows itself. */
  label?: string;
  position?: Position;
}

/** A link from body text to the 別添8 definition of a glossary term (first occurrence on a page). */
export interface TermReferenceNode {
  type: 'termReference';
  termId: string;
  /** The term as it reads in the text. */
  value: string;
  /** Relative URL of the definition, from the page that holds the reference. */
  url: string;
  /** The definition's first paragraph, for the tooltip. */
  definition: string;
}

export type InlineNode = TextNode | FootnoteReferenceNode | LinkNode | TermReferenceNode;

export const paragraphRoles = ['plain', 'bullet', 'numbered', 'caption', 'divisionLabel'] as const;
export type ParagraphRole = (typeof paragraphRoles)[number];

export interface ParagraphNode {
  type: 'paragraph';
  role: ParagraphRole;
  children: InlineNode[];
  /** Source lines the paragraph took, in document order (furniture inside excluded). */
  lines: number[];
  position: Position;
}

export interface HeadingNode {
  type: 'heading';
  /** 2 = the highest level inside a page (the page title is the h1). */
  depth: 2 | 3 | 4 | 5 | 6;
  /** Stable ASCII id, shared by every language. */
  id: string;
  /** The number as printed (`1.1`, `(2)`, `１`), empty for markers and columns. */
  label: string;
  children: InlineNode[];
  /** Nothing under it but the next heading: what it titles was only an image in the PDF, and the page says so (imagePlaces.ts). */
  imageOnly?: true;
  lines: number[];
  position: Position;
}

export interface ColumnNode {
  type: 'column';
  id: string;
  children: BlockNode[];
  /** A slide of an image-only annex whose content the PDF holds only as an image: the page says so under its title. */
  imageOnly?: true;
  position: Position;
}

/** A figure that was only an image in the PDF: its caption survives, the image does not. */
export interface FigureNode {
  type: 'figure';
  /** The figure number as printed, `図表１－２－１`. */
  label: string;
  /** The caption without its number. */
  caption: ParagraphNode;
  /** Text printed inside the image (labels of a diagram), when the extraction kept it. */
  content?: BlockNode[];
  position: Position;
}

/** A 「戦略…より」 box: what the Cybersecurity Strategy says about a table node (66 per annex). */
export interface StrategyBoxNode {
  type: 'strategyBox';
  id: string;
  /** Table node key, `1.1(1)`. */
  nodeKey: string;
  /** The header line 「戦略（…）より」. */
  header: ParagraphNode;
  children: ParagraphNode[];
  position: Position;
}

export type MeasureYear = 2019 | 2020;

/** One ministry-plan-result row of a table; 2019's 2.3(5)(エ) has unlabelled sub-rows, each a part. */
export interface MeasurePart {
  ministries: string[];
  plan: ParagraphNode[];
  /** 取組の成果、進捗状況 (2019 only). */
  result: ParagraphNode[];
}

/** A row of 別添1 (2020 plan) or 別添2 (2019 plan and result). */
export interface MeasureRow {
  /** Stable ASCII id, `m2020-1-1-1-a`. */
  id: string;
  /** Table node + 項番 as printed with half-width parentheses: `1.1(1)(ア)`. */
  key: string;
  /** 項番 as printed, `(ア)`. */
  label: string;
  /** Marked （再掲）: a measure listed again under another node. */
  reprint: boolean;
  parts: MeasurePart[];
  lines: number[];
  position: Position;
}

export interface TableCell {
  /** One or more paragraphs (an incident's 【概要】 and 【対応等】). */
  paragraphs: InlineNode[][];
  /** A row header (`th scope="row"`); column headers live in `head`. */
  header?: boolean;
  colSpan?: number;
  rowSpan?: number;
  /** A generated header (not report text): a `convert.` key of src/content/i18n/{ja,en}.json. */
  uiText?: string;
}

/** A chart of a table's figures: numbers read from the cells, never from anywhere else. */
export interface ChartSpec {
  /** `bar`: a few categories side by side; `line`: a time series. */
  kind: 'bar' | 'line';
  /** The unit of the values as printed (`億円`, `件`, `人`). */
  unit: string;
  /** What the x axis counts (`年度`). */
  xLabel: string;
  series: { name: string; points: { x: string; y: number | null }[] }[];
}

/** A table the extraction had flattened into lines, rebuilt row by row. */
export interface TableNode {
  type: 'table';
  id: string;
  /** The printed caption; empty when the source prints none (then `label` names the table). */
  caption: InlineNode[];
  /** Generated accessible name for a table without a printed caption. */
  label?: string;
  /** A generated accessible name in the page's language: a `convert.` key of src/content/i18n/{ja,en}.json and its values; wins over `label`. */
  labelKey?: { key: string; params?: Record<string, string> };
  head: TableCell[][];
  rows: TableCell[][];
  /** Notes printed under the table (※, 注, 出典). */
  notes: InlineNode[][];
  /** A chart drawn from the table's own figures (content/data/charts.json, same id). */
  chart?: ChartSpec;
  /** Text printed in the chart the table was read from (axis ticks, legend), one paragraph per entry, shown as figure text. */
  figureText?: InlineNode[][];
  lines: number[];
  position: Position;
}

export interface MeasureTableNode {
  type: 'measureTable';
  id: string;
  year: MeasureYear;
  nodeKey: string;
  /** Title of the table node, from its heading (or the section's title for `5`). */
  title: InlineNode[];
  /** Id of the heading (or, for `5`, the unit) that gives the title; the key of its English title. */
  titleId: string;
  /** The column header line 「項番 担当府省庁 …」 as printed. */
  header: ParagraphNode;
  rows: MeasureRow[];
  position: Position;
}

/** Links the generator adds between related places (2部2章 ⇄ 別添1/別添2); generated, so no position. */
export interface CrossLinksNode {
  type: 'crossLinks';
  /** What the links lead to: a `convert.` key of src/content/i18n/{ja,en}.json. */
  label: 'tablesOf2020' | 'tablesOf2019' | 'toNarrative' | 'toPolicyCycle';
  /** Each link's text is a table node key, or a 2部2章 section number (`narrativeSection`, or `policyCycleLink` to its cycle page). */
  links: { text: string; slug: string; hash: string; narrative?: boolean; cycle?: boolean }[];
  data: { generated: string };
}


/** 別添3: the ministry's CISO, printed under its name, and the link to its measures. */
export interface BylineNode {
  type: 'byline';
  /** `最高情報セキュリティ責任者` (警察庁: `…管理者`). */
  role: InlineNode[];
  /** `内閣総務官 原 邦彰`. */
  holder: InlineNode[];
  ministryId: string;
  /** Relative URL of the ministry's page of measures. */
  url: string;
  lines: number[];
  position: Position;
}

export interface GlossaryTermNode {
  type: 'glossaryTerm';
  id: string;
  /** The index letter the term is filed under (`A`, `さ`). */
  index: string;
  term: string;
  /** The English form the report gives the term (CSIRT; 可用性 → Availability), for the English index. */
  english?: string;
  definition: InlineNode[][];
  lines: number[];
  position: Position;
}

/** 別添8: the terms under their index letters. */
export interface GlossaryNode {
  type: 'glossary';
  letters: { index: string; id: string; terms: GlossaryTermNode[] }[];
  lines: number[];
  position: Position;
}

/** A printed table of contents (＜別添５－目次＞): each entry links to its page and keeps the printed page number. */
export interface ContentsNode {
  type: 'contents';
  /** `leader` is the printed dot leader, shown as layout only. */
  entries: { slug: string; title: string; leader: string; page: string; line: number }[];
  lines: number[];
  position: Position;
}

export type BlockNode =
  | ContentsNode
  | ParagraphNode
  | HeadingNode
  | ColumnNode
  | FigureNode
  | StrategyBoxNode
  | MeasureTableNode
  | CrossLinksNode
  | TableNode
  | BylineNode
  | GlossaryNode;

export interface FootnoteNode {
  type: 'footnote';
  id: string;
  series: FootnoteSeries;
  label: string;
  /** Ids of the references that cite this footnote, in reading order; its back-links go to each. */
  refIds: string[];
  children: InlineNode[];
  lines: number[];
  position: Position;
}

export const unitKinds = ['front', 'division', 'part', 'chapter', 'annex', 'annexSection', 'subAnnex', 'back'] as const;
export type UnitKind = (typeof unitKinds)[number];

/** A page of the site: a chapter, an annex or one of its sub-pages. */
export interface UnitNode {
  type: 'unit';
  id: string;
  slug: string;
  kind: UnitKind;
  parent?: string;
  title: string;
  titleEn: string;
  /** Why the title is not a heading printed at the start of the unit, when it is not. */
  titleNote?: string;
  order: number;
  /** The PDF had only images here (別添5-3 …); the page says so. */
  imageOnly: boolean;
  /** The PDF printed presentation slides here (別添5-1); the page says so. */
  slides?: true;
  children: BlockNode[];
  footnotes: FootnoteNode[];
  /** Absent for a unit the source gives no lines of its own (a generated overview page). */
  position?: Position;
}

/** The whole report: its pages in reading order (unist: a parent whose children are the units). */
export interface Root {
  type: 'root';
  children: UnitNode[];
}
