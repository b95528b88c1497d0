/** `npm run proof -- --sample N --seed S`: N blocks drawn at random from the whole report, printed source beside rendered text. */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { LineFate } from '../convert/stages/lineFates.ts';
import type { LineEndDecision } from '../convert/types.ts';
import type { LineEnd } from './align.ts';
import { lineText, type ProofBlock } from './blocks.ts';

/** Every block a proofreader can be given: the blocks and each table's rows. */
export function samplePool(blocks: readonly ProofBlock[]): ProofBlock[] {
  return blocks.flatMap((b) => [b, ...(b.rows ?? [])]);
}

/**
 * `n` blocks of `pool`, the same for the same seed. The draw is spread over the pages: each page's blocks
 * are shuffled, then taken page by page in turn, so that every page gives one block before any gives a
 * second (measure rows, thousands of them, would otherwise crowd out the short annexes).
 */
export function sample(pool: readonly ProofBlock[], n: number, seed: number): ProofBlock[] {
  const rng = xoroshiro128plus(seed);
  const shuffle = <T,>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = uniformInt(rng, 0, i);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  // Pages are shuffled too, so that a page's size does not decide whether it comes first.
  const byPage = shuffle([...Map.groupBy(pool, (b) => b.page).values()].map(shuffle));
  const picked: ProofBlock[] = [];
  for (let round = 0; picked.length < n && byPage.some((p) => p.length > round); round++) {
    for (const page of byPage) if (page[round] && picked.length < n) picked.push(page[round]!);
  }
  return picked.sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0) || a.id.localeCompare(b.id));
}

export interface SourceContext {
  source: readonly string[];
  fates: readonly LineFate[];
  ends: readonly LineEnd[];
  decisions: ReadonlyMap<number, LineEndDecision>;
}

function endText(line: number, context: SourceContext): string {
  const decision = context.decisions.get(line);
  if (decision) return `  ‼ ${decision.decision}: ${decision.reason}`;
  const end = context.ends[line - 1]!;
  return end.mark === 'join' ? '  ↩' : end.mark === 'within' ? '  ⋯' : end.mark === 'split' ? '  ¶ split' : end.mark === 'resume' ? `  → L${end.at}` : '';
}

/** One sampled block as plain text: where it is, its source lines (others' lines in its range dimmed or folded), and its rendered text. */
export function sampleText(block: ProofBlock, index: number, total: number, context: SourceContext): string {
  const own = new Set(block.lines);
  const first = block.lines[0];
  const last = block.lines[block.lines.length - 1];
  const where = first === undefined ? 'no source line found' : `L${first}${last !== first ? `–${last}` : ''}${block.located === 'text' ? ' (found by the cells’ text)' : ''}`;
  const out = [`━━ ${index}/${total} ━━ ${block.id} · ${block.kind} · /${block.page}/ · ${where}${block.within ? ` · in ${block.within}` : ''}`, 'source:'];
  let folded: number[] = [];
  const fold = (): void => {
    if (folded.length > 2) out.push(`        … L${folded[0]}–${folded[folded.length - 1]}: ${folded.length} lines of other blocks …`);
    else for (const l of folded) out.push(`  ${String(l).padStart(5)} · [${context.fates[l - 1]!.target}] ${context.source[l - 1]!.trimEnd()}`);
    folded = [];
  };
  for (let line = first ?? 1; first !== undefined && line <= last!; line++) {
    const fate = context.fates[line - 1]!;
    if (fate.role === 'blank') continue;
    if (!own.has(line) && fate.role !== 'furniture') {
      folded.push(line);
      continue;
    }
    fold();
    const text = context.source[line - 1]!;
    const shown = text.trimEnd() + '␠'.repeat(text.length - text.trimEnd().length);
    const furniture = fate.role === 'furniture' ? `[furniture: ${fate.target}] ` : '';
    out.push(`  ${String(line).padStart(5)} │ ${furniture}${shown}${fate.role === 'furniture' ? '' : endText(line, context)}`);
  }
  fold();
  out.push('rendered:');
  for (const line of block.text) out.push(`  ${line.tag.padEnd(12)} ${lineText(line)}`);
  if (block.rows) out.push(`  (${block.rows.length} body rows, each sampled on its own as ${block.id}/rN)`);
  return out.join('\n');
}
