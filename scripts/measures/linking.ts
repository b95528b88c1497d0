/**
 * Matches the 2020 plan rows to the 2019 rows they continue (crosslinks.md §3.3). The same key in both
 * years is often another measure, so matching is on content: character-bigram Dice similarity of the
 * plan texts within a table node, ministry overlap and position as tie-breakers, one to one; then twins
 * (（再掲） repeats) inherit the link of their original, and rows that moved to another node are matched.
 */
import type { LinkMethod } from '../../src/schemas/measure.ts';
import type { MeasureRecord } from '../convert/emit/json/measures.ts';

export interface ComputedLink {
  id2020: string;
  id2019: string;
  method: Extract<LinkMethod, 'section' | 'twin' | 'moved'>;
  score: number;
}

/** Thresholds of crosslinks.md §3.3, tuned on 76 hand-labelled keys and checked by reading every weak link. */
export const thresholds = {
  alone: 0.6,
  withMinistry: 0.5,
  withMinistryAndPosition: 0.2,
  positionGap: 0.25,
  twin: 0.9,
  moved: 0.6,
} as const;

function bigrams(text: string): Set<string> {
  const s = text.normalize('NFKC').replace(/\s+/g, '').replace(/[（(]再掲[）)]/g, '');
  const grams = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) grams.add(s.slice(i, i + 2));
  return grams;
}

export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

const overlaps = (a: readonly string[], b: readonly string[]): boolean => a.some((m) => b.includes(m));
const labelOf = (key: string): string => key.slice(key.lastIndexOf('('));

interface Candidate {
  a: MeasureRecord;
  b: MeasureRecord;
  score: number;
  order: number;
  gap: number;
}

export function linkMeasures(records: readonly MeasureRecord[]): ComputedLink[] {
  const rows2020 = records.filter((r) => r.year === 2020);
  const rows2019 = records.filter((r) => r.year === 2019);
  const grams = new Map(records.map((r) => [r.id, bigrams(r.plan)]));
  const score = (a: MeasureRecord, b: MeasureRecord): number => dice(grams.get(a.id)!, grams.get(b.id)!);
  const byNode = (rows: readonly MeasureRecord[]) => Map.groupBy(rows, (r) => r.node);
  const nodes2019 = byNode(rows2019);

  const candidates: Candidate[] = [];
  for (const [node, group2020] of byNode(rows2020)) {
    const group2019 = nodes2019.get(node) ?? [];
    group2020.forEach((a, i) =>
      group2019.forEach((b, j) => {
        const s = score(a, b);
        const gap = Math.abs(i / group2020.length - j / group2019.length);
        const shared = overlaps(a.ministries, b.ministries);
        const accept = s >= thresholds.alone || (shared && s >= thresholds.withMinistry) || (shared && s >= thresholds.withMinistryAndPosition && gap <= thresholds.positionGap);
        if (!accept) return;
        const sameSlot = labelOf(a.key) === labelOf(b.key) && a.ministries.join() === b.ministries.join();
        candidates.push({ a, b, score: s, order: s + (sameSlot ? 0.05 : 0), gap });
      }),
    );
  }
  candidates.sort((x, y) => y.order - x.order || x.gap - y.gap || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));

  const links = new Map<string, ComputedLink>();
  const taken = new Set<string>();
  for (const c of candidates) {
    if (links.has(c.a.id) || taken.has(c.b.id)) continue;
    links.set(c.a.id, { id2020: c.a.id, id2019: c.b.id, method: 'section', score: c.score });
    taken.add(c.b.id);
  }

  // Twins: a weakly linked or unlinked 2020 row that repeats a strongly linked row inherits its link.
  for (const a of rows2020) {
    const own = links.get(a.id);
    if (own && own.score >= thresholds.withMinistry) continue;
    const original = rows2020.find((o) => o.id !== a.id && (links.get(o.id)?.score ?? 0) >= thresholds.withMinistry && score(a, o) >= thresholds.twin);
    if (!original) continue;
    if (own) taken.delete(own.id2019);
    const inherited = links.get(original.id)!;
    links.set(a.id, { id2020: a.id, id2019: inherited.id2019, method: 'twin', score: score(a, original) });
  }

  // Moved: a still unlinked 2020 row takes a still unlinked 2019 row of another node.
  const moved: Candidate[] = [];
  for (const a of rows2020.filter((r) => !links.has(r.id))) {
    for (const b of rows2019.filter((r) => !taken.has(r.id) && r.node !== a.node)) {
      const s = score(a, b);
      if (s >= thresholds.moved && overlaps(a.ministries, b.ministries)) moved.push({ a, b, score: s, order: s, gap: 0 });
    }
  }
  moved.sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id));
  for (const c of moved) {
    if (links.has(c.a.id) || taken.has(c.b.id)) continue;
    links.set(c.a.id, { id2020: c.a.id, id2019: c.b.id, method: 'moved', score: c.score });
    taken.add(c.b.id);
  }
  return rows2020.flatMap((a) => (links.has(a.id) ? [links.get(a.id)!] : []));
}
