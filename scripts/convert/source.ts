import type { SourceLine } from './types.ts';

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
