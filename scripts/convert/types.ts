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

export type FootnoteSeries = 'main' | 'annex4' | 'annex6';

/** A footnote reference: a digit string glued to the text, at a source point. */
export interface FootnoteMarker {
  footnoteId: string;
  label: string;
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
  position: Position;
}

export interface LinkNode {
  type: 'link';
  url: string;
  position?: Position;
}

export type InlineNode = TextNode | FootnoteReferenceNode | LinkNode;

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
  lines: number[];
  position: Position;
}

export interface ColumnNode {
  type: 'column';
  id: string;
  children: BlockNode[];
  position: Position;
}

/** A figure that was only an image in the PDF: its caption survives, the image does not. */
export interface FigureNode {
  type: 'figure';
  /** The figure number as printed, `図表１－２－１`. */
  label: string;
  /** The caption without its number. */
  caption: ParagraphNode;
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
  /** What the links lead to: a key of scripts/convert/data/strings.json. */
  label: 'tablesOf2020' | 'tablesOf2019' | 'toNarrative';
  /** Each link's text is a table node key, or a 2部2章 section number (`narrativeSection`). */
  links: { text: string; slug: string; hash: string; narrative?: boolean }[];
  data: { generated: string };
}

export type BlockNode = ParagraphNode | HeadingNode | ColumnNode | FigureNode | StrategyBoxNode | MeasureTableNode | CrossLinksNode;

export interface FootnoteNode {
  type: 'footnote';
  id: string;
  series: FootnoteSeries;
  label: string;
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
  children: BlockNode[];
  footnotes: FootnoteNode[];
  /** Absent for a unit the source gives no lines of its own (a generated overview page). */
  position?: Position;
}

export interface Root {
  type: 'root';
  units: UnitNode[];
}
