/**
 * Lays the source beside the blocks: every source line once, in order, on the sheet of the page it
 * belongs to, grouped into runs of lines of one block, each run beside the block that holds it.
 */
import type { LineFate } from '../convert/stages/lineFates.ts';
import type { LineEndDecision, UnitNode } from '../convert/types.ts';
import type { ProofBlock, SourceMark } from './blocks.ts';

/**
 * What happened at a line's end: `join` the next text line goes on the same text (no break); `within`
 * the next text line is in the same block but another part of it (a table cell, a measure's result) or
 * the tree does not say which; `split` the block ends and the next text line starts another; `resume`
 * the block goes on at a later line, after other blocks' lines; `none` a line with no text (blank, furniture).
 */
export type LineEnd = { mark: 'join' | 'within' | 'split' | 'none' } | { mark: 'resume'; at: number };

export interface LineView {
  line: number;
  text: string;
  fate: LineFate;
  end: LineEnd;
  /** The paragraph rule's decision on this line's end, when it made one a proofreader may doubt. */
  decision?: LineEndDecision;
  /** Footnote references printed on the line. */
  marks?: SourceMark[];
}

export type SheetRow =
  /** A run of lines of one block (or of dropped lines: blank, furniture), beside that block; `first` when the block starts here. */
  | { kind: 'lines'; lines: LineView[]; block?: ProofBlock; first: boolean }
  /** Source lines that belong to another page's sheet. */
  | { kind: 'elsewhere'; from: number; to: number; page: string };

export interface Sheet {
  unit: UnitNode;
  rows: SheetRow[];
}

const TEXT_ROLES = new Set<LineFate['role']>(['text', 'heading', 'footnote']);

/** Each line's end, from which block holds it and which block holds the next text line. */
export function lineEnds(fates: readonly LineFate[], blocksById: ReadonlyMap<string, ProofBlock>): LineEnd[] {
  const ends: LineEnd[] = fates.map(() => ({ mark: 'none' }));
  let next: LineFate | undefined;
  for (let i = fates.length - 1; i >= 0; i--) {
    const fate = fates[i]!;
    if (!TEXT_ROLES.has(fate.role)) continue;
    if (next?.target === fate.target) {
      const block = blocksById.get(fate.target);
      const together = block?.joined?.some((run) => run.includes(fate.line) && run.includes(next!.line)) ?? false;
      ends[i] = { mark: together ? 'join' : 'within' };
    } else {
      const lines = blocksById.get(fate.target)?.lines ?? [];
      const later = lines.find((l) => l > fate.line);
      ends[i] = later === undefined ? { mark: 'split' } : { mark: 'resume', at: later };
    }
    next = fate;
  }
  return ends;
}

/**
 * The page each line is shown under: a kept line's own page; a dropped line (blank, furniture) the
 * page of the kept line before it, or, before the first, after it.
 */
export function linePages(fates: readonly LineFate[]): string[] {
  const pages = fates.map((f) => f.page);
  let carry = pages.find((p) => p !== '') ?? '';
  for (let i = 0; i < pages.length; i++) {
    if (pages[i] === '') pages[i] = carry;
    else carry = pages[i]!;
  }
  return pages;
}

/** One sheet per page with source lines; every source line is on exactly one sheet. */
export function sheets(
  units: readonly UnitNode[],
  source: readonly string[],
  fates: readonly LineFate[],
  blocks: readonly ProofBlock[],
  decisions: readonly LineEndDecision[],
  marks: ReadonlyMap<number, SourceMark[]> = new Map(),
): Sheet[] {
  const blocksById = new Map(blocks.map((b) => [b.id, b]));
  const ends = lineEnds(fates, blocksById);
  const pages = linePages(fates);
  const decisionOf = new Map(decisions.map((d) => [d.line, d]));
  const seen = new Set<string>();
  const views: LineView[] = fates.map((fate, i) => {
    const decision = decisionOf.get(fate.line);
    const onLine = marks.get(fate.line);
    return { line: fate.line, text: source[i]!, fate, end: ends[i]!, ...(decision ? { decision } : {}), ...(onLine ? { marks: onLine } : {}) };
  });
  // A run holds the lines of one block, with the blank and furniture lines between two of them (the seed
  // prints a blank line after every line); other dropped lines run on their own.
  const nextText: (LineFate | undefined)[] = [];
  for (let i = fates.length - 1; i >= 0; i--) nextText[i] = TEXT_ROLES.has(fates[i]!.role) ? fates[i] : nextText[i + 1];
  const key = (i: number, open: string | undefined): string => {
    const fate = fates[i]!;
    if (TEXT_ROLES.has(fate.role)) return `block:${fate.target}`;
    return open !== undefined && open === `block:${nextText[i]?.target}` ? open : `dropped:${fate.role}`;
  };
  return units.flatMap((unit) => {
    const rows: SheetRow[] = [];
    let i = 0;
    while (i < views.length) {
      let j = i;
      if (pages[i] !== unit.slug) {
        while (j < views.length && pages[j] !== unit.slug) j++;
        // Lines of other pages between two runs of this page's lines are named, not repeated.
        const inside = rows.length > 0 && j < views.length;
        if (inside) rows.push({ kind: 'elsewhere', from: i + 1, to: j, page: pages[i]! });
        i = j;
        continue;
      }
      const k = key(i, undefined);
      while (j < views.length && pages[j] === unit.slug && key(j, k) === k) j++;
      const run = views.slice(i, j);
      const block = k.startsWith('block:') ? blocksById.get(views[i]!.fate.target) : undefined;
      const first = block !== undefined && !seen.has(block.id);
      if (block) seen.add(block.id);
      rows.push({ kind: 'lines', lines: run, ...(block ? { block } : {}), first });
      i = j;
    }
    return rows.length > 0 ? [{ unit, rows }] : [];
  });
}
