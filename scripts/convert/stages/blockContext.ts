import type { GlossaryRules, UnitDeclaration, VerticalLabel } from '../data/schema.ts';
import type { FootnoteMarker, SourceLine } from '../types.ts';

/** What the block stages may read besides the unit's own paragraphs. */
export interface BlockContext {
  lines: readonly SourceLine[];
  /** Ministry name as printed → ASCII id. */
  ministries: ReadonlyMap<string, string>;
  /** The unit's display title. */
  title: string;
  /** Footnote markers by source line, for stages that rebuild text from lines (tables, glossary). */
  markersByLine: ReadonlyMap<number, FootnoteMarker[]>;
  /** Lines of footnote texts: text printed after them on a page was displaced there (別添4-5, 4-6, 4-7). */
  footnoteLines: ReadonlySet<number>;
  glossaryRules: GlossaryRules;
  /** Lines ending in a space that the paragraph rule joined to the next (lineEnds.ts): stages that rebuild paragraphs from lines follow it. */
  joinedLines: ReadonlySet<number>;
  /** Every unit of the report, for the entries of a printed table of contents. */
  units: readonly UnitDeclaration[];
  /** Vertical labels of slides as a person read them (data/vertical-labels.json). */
  verticalLabels: readonly VerticalLabel[];
}
