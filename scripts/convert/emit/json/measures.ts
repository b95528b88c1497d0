import { type Measure, MeasuresFileSchema } from '../../../../src/schemas/measure.ts';
import type { MeasureTableNode, ParagraphNode, Root } from '../../types.ts';
import { inlineText } from '../../stages/inlines.ts';
import { normaliseSpacing } from '../spacing.ts';

/** A row as the linker and the data files see it, before counterparts are known. */
export type MeasureRecord = Omit<Measure, 'counterpart' | 'link'>;

export interface MeasureLink {
  id2020: string;
  id2019: string;
  method: Measure['link'];
}

const paragraphsText = (ps: readonly ParagraphNode[]): string => ps.map((p) => normaliseSpacing(inlineText(p.children).trim(), { paragraphStart: true })).join('\n');

/** Every measure row of the tree, in document order (別添1, then 別添2), with display text. */
export function measureRecords(root: Root, ministries: ReadonlyMap<string, string>): MeasureRecord[] {
  return root.children.flatMap((unit) =>
    unit.children
      .filter((b): b is MeasureTableNode => b.type === 'measureTable')
      .flatMap((table) =>
        table.rows.map((row) => {
          const names = [...new Set(row.parts.flatMap((p) => p.ministries))];
          return {
            id: row.id,
            year: table.year,
            key: row.key,
            node: table.nodeKey,
            ministries: names,
            ministryIds: names.map((n) => ministries.get(n) ?? ''),
            plan: row.parts.map((p) => paragraphsText(p.plan)).join('\n'),
            result: table.year === 2019 ? row.parts.map((p) => paragraphsText(p.result)).join('\n') : null,
            reprint: row.reprint,
            url: `/${unit.slug}/#${row.id}`,
          };
        }),
      ),
  );
}

/** The published records: each row with its counterpart in the other year, from the reviewed links. */
export function measuresWithCounterparts(records: readonly MeasureRecord[], links: readonly MeasureLink[]): Measure[] {
  const of2020 = new Map(links.filter((l) => l.id2020).map((l) => [l.id2020, l]));
  const of2019 = new Map<string, MeasureLink>();
  const reprint = new Set(records.filter((r) => r.reprint).map((r) => r.id));
  for (const l of links.filter((x) => x.id2019)) {
    const seen = of2019.get(l.id2019);
    // Twins (a measure and its （再掲）) share a 2019 row; the 2019 row points back to the original, not the reprint.
    if (!seen || !seen.id2020 || (reprint.has(seen.id2020) && !reprint.has(l.id2020))) of2019.set(l.id2019, l);
  }
  const measures = records.map((r): Measure => {
    const link = r.year === 2020 ? of2020.get(r.id) : of2019.get(r.id);
    const counterpart = (r.year === 2020 ? link?.id2019 : link?.id2020) || null;
    const method: Measure['link'] = link?.method ?? (r.year === 2020 ? 'new' : 'ended');
    return { ...r, counterpart, link: counterpart ? method : r.year === 2020 ? 'new' : 'ended' };
  });
  return MeasuresFileSchema.parse({ measures }).measures;
}
