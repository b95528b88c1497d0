import type { LineEndDecision, LineRole, SourceLine } from '../types.ts';
import { decideLineEnd, measures } from './lineEnds.ts';

/** A piece of one source line inside a paragraph, with the column where it starts. */
export interface Segment {
  line: number;
  /** 1-based column of `text[0]` in the source line. */
  column: number;
  text: string;
}

export interface RawParagraph {
  segments: Segment[];
}

export interface Paragraphs {
  paragraphs: RawParagraph[];
  /** The line ends a proofreader should review: every join of a line ending in a space, and doubtful ends kept. */
  lineEnds: LineEndDecision[];
}

/**
 * Rebuilds paragraphs (seed-structure.md §4.1): a line without a trailing space is joined to the next
 * text line with no separator, across blank lines, page breaks, footnote blocks and page headers. A line
 * ending in a space closes its paragraph unless the page shows it goes on (lineEnds.ts decides). The one
 * leading space of a page's first line is not text.
 */
export function paragraphs(lines: readonly SourceLine[], roles: readonly LineRole[], indexes: readonly number[]): Paragraphs {
  const result: RawParagraph[] = [];
  const lineEnds: LineEndDecision[] = [];
  let open: Segment[] = [];
  const content = indexes.filter((i) => roles[i]?.kind === 'content');
  const measureOf = measures(content.map((i) => lines[i]!.text));
  // After a line end joined with no space, the next line's indent is where the PDF placed the short rest
  // of the word (L17561 `␠␠␠化` after `…対策の強␠`), not a space in the text.
  let glued = false;
  content.forEach((index, k) => {
    const source = lines[index]!;
    const indent = source.text.length - source.text.trimStart().length;
    const leading = open.length === 0 || glued ? indent : source.text.match(/^ ?/)![0].length;
    glued = false;
    const next = content[k + 1];
    const nextText = next === undefined ? '' : lines[next]!.text;
    const own = source.text.slice(leading);
    if (!source.text.endsWith(' ')) {
      open.push({ line: source.line, column: leading + 1, text: own });
      return;
    }
    const paragraph = [...open.map((s) => s.text), own].join('');
    const end = decideLineEnd({ text: source.text, next: nextText, measure: measureOf[k], paragraph });
    if (end.review) lineEnds.push({ line: source.line, decision: end.decision, reason: end.reason });
    const body = end.space ? own.replace(/ +$/, ' ') : own.trimEnd();
    glued = end.decision === 'joined' && !end.space;
    open.push({ line: source.line, column: leading + 1, text: body });
    if (end.decision === 'kept') {
      result.push({ segments: open });
      open = [];
    }
  });
  if (open.length > 0) result.push({ segments: open });
  return { paragraphs: result, lineEnds };
}

export function paragraphText(paragraph: RawParagraph): string {
  return paragraph.segments.map((s) => s.text).join('');
}
