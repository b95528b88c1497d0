import type { LineRole, SourceLine } from '../types.ts';

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

/**
 * A line ending in an ASCII word and a space, followed by a line that starts with an ASCII word, is a
 * wrap between two words, not a paragraph end (L1457 `…（Data Free␠` → L1459 `Flow with Trust…`,
 * L7832 `…ISO/IEC JTC␠` → `1/SC 27 が…`), unless the next line is a numbered heading (L24154 → `2.7 …`).
 */
const wordWrap = { end: /[A-Za-z,] $/, next: /^ ?[A-Za-z0-9]/, notNext: /^ ?(\d+(\.\d+)* |\(\d+\))/ } as const;

/**
 * Rebuilds paragraphs (seed-structure.md §4.1): a line ending in a space closes a paragraph; any other
 * line is joined to the next text line with no separator, across blank lines, page breaks, footnote
 * blocks and page headers. The one leading space of a page's first line is not text.
 */
export function paragraphs(lines: readonly SourceLine[], roles: readonly LineRole[], indexes: readonly number[]): RawParagraph[] {
  const result: RawParagraph[] = [];
  let open: Segment[] = [];
  const content = indexes.filter((i) => roles[i]?.kind === 'content');
  content.forEach((index, k) => {
    const source = lines[index]!;
    const leading = open.length === 0 ? source.text.length - source.text.trimStart().length : source.text.match(/^ ?/)![0].length;
    const next = content[k + 1];
    const nextText = next === undefined ? '' : lines[next]!.text;
    const wrapsAtWord = wordWrap.end.test(source.text) && !source.text.endsWith('  ') && wordWrap.next.test(nextText) && !wordWrap.notNext.test(nextText);
    const closes = source.text.endsWith(' ') && !wrapsAtWord;
    const body = closes ? source.text.slice(leading).trimEnd() : source.text.slice(leading);
    open.push({ line: source.line, column: leading + 1, text: body });
    if (closes) {
      result.push({ segments: open });
      open = [];
    }
  });
  if (open.length > 0) result.push({ segments: open });
  return result;
}

export function paragraphText(paragraph: RawParagraph): string {
  return paragraph.segments.map((s) => s.text).join('');
}
