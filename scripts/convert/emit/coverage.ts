/** The coverage report: what became of each source line, and what a proofreader should review. */
import type { ConversionResult } from '../pipeline.ts';
import type { LineFate } from '../stages/lineFates.ts';

export const SENTENCE_SPACE_REASON = 'a space between two word characters inside a sentence, put there by the extraction';

export function coverageSummary(fates: readonly LineFate[]): Record<string, unknown> {
  const count = (predicate: (f: LineFate) => boolean): number => fates.filter(predicate).length;
  const furniture: Record<string, number> = {};
  for (const f of fates) if (f.role === 'furniture') furniture[f.target] = (furniture[f.target] ?? 0) + 1;
  return {
    source: 'content/source/cybersecurity2020.txt',
    lines: fates.length,
    kept: { heading: count((f) => f.role === 'heading'), text: count((f) => f.role === 'text'), footnote: count((f) => f.role === 'footnote') },
    furniture: Object.fromEntries(Object.entries(furniture).sort()),
    blank: count((f) => f.role === 'blank'),
  };
}

/**
 * What the paragraph rule and the sentence-space rule decided that a proofreader should review (issue
 * 11): counts of joins, of doubtful ends kept and of spaces dropped inside sentences, by unit. The full
 * list is coverage-review.tsv.
 */
export function reviewSummary(result: ConversionResult): Record<string, unknown> {
  const unitOf = (line: number): string => result.fates[line - 1]?.page || 'none';
  const byUnit: Record<string, { joined: number; kept: number; spaceDropped: number }> = {};
  const countsOf = (line: number) => (byUnit[unitOf(line)] ??= { joined: 0, kept: 0, spaceDropped: 0 });
  for (const e of result.lineEnds) countsOf(e.line)[e.decision] += 1;
  for (const s of result.spaces) countsOf(s.line).spaceDropped += 1;
  return {
    list: 'content/data/coverage-review.tsv',
    joined: result.lineEnds.filter((e) => e.decision === 'joined').length,
    kept: result.lineEnds.filter((e) => e.decision === 'kept').length,
    spaceDropped: result.spaces.length,
    byPage: Object.fromEntries(Object.entries(byUnit).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** One row per reviewed decision: a line end (the two lines' texts where they meet) or a space dropped (the words around it). */
export function reviewList(result: ConversionResult, source: readonly string[]): string {
  const tsv = (text: string): string => text.replace(/[\t\n]/g, ' ');
  const nextLine = (line: number): string => source.slice(line).find((t, k) => t.trim() !== '' && result.fates[line + k]?.role === 'text') ?? '';
  const rows = result.lineEnds.map((e) =>
    [e.line, e.decision, e.reason, result.fates[e.line - 1]?.page ?? '', `…${source[e.line - 1]!.trimEnd().slice(-16)}`, `${nextLine(e.line).trim().slice(0, 16)}…`].map((c) => tsv(String(c))).join('\t'),
  );
  const spaceRows = result.spaces.map((s) => {
    const [before, after] = s.context.split('␠');
    return [s.line, 'space dropped', SENTENCE_SPACE_REASON, result.fates[s.line - 1]?.page ?? '', `…${before}`, `${after}…`].map((c) => tsv(String(c))).join('\t');
  });
  return ['line\tdecision\treason\tpage\ttext before\ttext after', ...rows, ...spaceRows].join('\n') + '\n';
}

/** coverage-lines.tsv: one row per source line. */
export function coverageLines(fates: readonly LineFate[]): string {
  return ['line\trole\ttarget\tpage', ...fates.map((f) => `${f.line}\t${f.role}\t${f.target}\t${f.page}`)].join('\n') + '\n';
}
