import type { Position, SourceLine } from './types.ts';

/** Splits the seed text into numbered lines; `\n` only, as the seed has no CR (seed-structure.md §1). */
export function parseSource(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = 0;
  text.split('\n').forEach((lineText, index) => {
    lines.push({ line: index + 1, text: lineText, offset });
    offset += lineText.length + 1;
  });
  return lines;
}

/** Whitespace-free form used to compare printed titles, which the extraction spaces unevenly. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** The whole of one source line. */
export function linePosition(source: SourceLine): Position {
  return {
    start: { line: source.line, column: 1, offset: source.offset },
    end: { line: source.line, column: source.text.length + 1, offset: source.offset + source.text.length },
  };
}

/** From the first character of source line `first` to the end of line `last` (1-based numbers). */
export function spanPosition(lines: readonly SourceLine[], first: number, last: number): Position {
  return { start: linePosition(lines[first - 1]!).start, end: linePosition(lines[last - 1]!).end };
}

/** From the first character of the first segment to just past the last one. */
export function segmentsPosition(lines: readonly SourceLine[], segments: readonly { line: number; column: number; text: string }[]): Position {
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  const a = lines[first.line - 1]!;
  const b = lines[last.line - 1]!;
  return {
    start: { line: first.line, column: first.column, offset: a.offset + first.column - 1 },
    end: { line: last.line, column: last.column + last.text.length, offset: b.offset + last.column - 1 + last.text.length },
  };
}
