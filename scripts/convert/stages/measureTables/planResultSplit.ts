import { fail, quoteLine } from '../../messages.ts';
import type { ParagraphNode, SourceLine } from '../../types.ts';
import { columns } from '../../../../src/lib/chars.ts';
import { inlineText } from '../inlines.ts';

/** The least margin between the widths of the two columns that counts as a clean split. */
const MIN_MARGIN = 2;
/** Result cells start with a bullet, a `[NISC]`-style author tag or a 【…】 note (crosslinks.md §2.6). */
const RESULT_START = /^[・[【]/;
const AUTHOR_TAG = /^\[[^\]]+\]/;
const PAST_TENSE_END = /た。$/;

/**
 * Finds where the 2019 plan cell ends and the result cell (取組の成果、進捗状況) begins inside one row of
 * 別添2 (seed-structure.md §5.3). The extraction prints the whole plan cell, then the whole result
 * cell, and the two columns wrap at different widths: the split is the paragraph boundary that best
 * separates the widths of the wrapped lines before it from those after it. Where both columns have the
 * same width (1.3(2)), the result starts at the first author tag or the first bullet told in the past tense.
 */
export function planResultSplit(paragraphs: readonly ParagraphNode[], lines: readonly SourceLine[], prefixWidths: ReadonlyMap<number, number>): number {
  const text = paragraphs.map((p) => inlineText(p.children).trim());
  // Only wrapped lines fill their column; the 項番 and ministry printed before a row's text are another column.
  const widths = paragraphs.map((p) => p.lines.slice(0, -1).map((l) => columns(lines[l - 1]!.text) - (prefixWidths.get(l) ?? 0)));
  let best = { at: -1, margin: -Infinity };
  for (let at = 1; at < paragraphs.length; at++) {
    if (!RESULT_START.test(text[at]!)) continue;
    const plan = widths.slice(0, at).flat();
    const result = widths.slice(at).flat();
    if (plan.length === 0 || result.length === 0) continue;
    const margin = Math.max(Math.min(...plan) - Math.max(...result), Math.min(...result) - Math.max(...plan));
    if (margin > best.margin) best = { at, margin };
  }
  let at = best.margin >= MIN_MARGIN ? best.at : text.findIndex((t, i) => i > 0 && (AUTHOR_TAG.test(t) || (RESULT_START.test(t) && PAST_TENSE_END.test(t))));
  if (at <= 0) {
    const first = paragraphs[0]!;
    fail({
      line: first.lines[0]!,
      column: 1,
      reason: 'cannot tell where the plan ends and the result begins in this row',
      rule: 'measureTables/plan-result-split',
      expected: 'two column widths, or a result paragraph that starts with an author tag or a bullet in the past tense',
      found: quoteLine(lines[first.lines[0]! - 1]!.text),
    });
  }
  const lastPlan = text[at - 1]!;
  if (PAST_TENSE_END.test(lastPlan) && !AUTHOR_TAG.test(text[at]!)) {
    const p = paragraphs[at - 1]!;
    fail({
      line: p.lines[0]!,
      column: 1,
      reason: 'the plan cell would end with a sentence in the past tense, which only results use',
      rule: 'measureTables/plan-in-past-tense',
      expected: 'a plan that ends like `…する。` or `…図る。`',
      found: quoteLine(lines[p.lines[p.lines.length - 1]! - 1]!.text),
    });
  }
  return at;
}
