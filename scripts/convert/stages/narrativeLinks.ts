import { cycleId, POLICY_CYCLE_SLUG } from '../../../src/schemas/policyCycle.ts';
import { REPORT_UNITS } from '../reportUnits.ts';
import type { BlockNode, CrossLinksNode, HeadingNode, MeasureTableNode, Root, UnitNode } from '../types.ts';

/** 2部2章 numbers its 17 sections like the annexes (x.y, and 5 alone): `p2-c2-s1-1` is 1.1, `p2-c2-s5` is 5. */
export const narrativeNumber = (id: string): string | undefined => id.match(/^p2-c2-s(\d)(?:-(\d))?$/)?.slice(1).filter(Boolean).join('.');
/** The x.y area of an annex heading, for the area (`a1-s1-1`) and for each of its nodes (`a1-s1-1-n2`): 1.1. */
const annexNumber = (id: string): string | undefined => id.match(/^a[12]-s(\d)-(\d)(?:-n\d)?$/)?.slice(1, 3).join('.');
/** The 2部2章 section a table node belongs to: `1.1(2)` → 1.1, `2.6` → 2.6, `5` → 5. */
export const areaOf = (nodeKey: string): string => nodeKey.replace(/\(.*$/, '');

function tablesByArea(root: Root): Map<string, { unit: UnitNode; table: MeasureTableNode }[]> {
  const areas = new Map<string, { unit: UnitNode; table: MeasureTableNode }[]>();
  for (const unit of root.children) {
    for (const b of unit.children) {
      if (b.type !== 'measureTable') continue;
      const area = areaOf(b.nodeKey);
      areas.set(area, [...(areas.get(area) ?? []), { unit, table: b }]);
    }
  }
  return areas;
}

/**
 * Links each of the 17 narrative sections of 2部2章 to its table nodes in 別添1 and 別添2, and each area
 * of the annexes back to its narrative section, by number (three titles differ between the parts,
 * crosslinks.md §4). 2部3章 reuses the numbers for other topics and is not linked. Both sides also link the
 * section's policy-cycle page, which shows the two together (emit/mdx/policyCyclePages.ts).
 */
export function narrativeLinks(root: Root): Root {
  const areas = tablesByArea(root);
  const narrative = root.children.find((u) => u.id === REPORT_UNITS.policyNarrative);
  const narrativeHeadings = new Map(
    (narrative?.children ?? []).filter((b): b is HeadingNode => b.type === 'heading').flatMap((h) => {
      const n = narrativeNumber(h.id);
      return n ? [[n, h] as const] : [];
    }),
  );
  const generated = 'links by section number between 2部2章 and 別添1/別添2';
  const toTables = (area: string): CrossLinksNode[] =>
    [2020, 2019].flatMap((year) => {
      const first = new Map<string, { unit: UnitNode; table: MeasureTableNode }>();
      for (const t of areas.get(area) ?? []) if (t.table.year === year && !first.has(t.table.nodeKey)) first.set(t.table.nodeKey, t);
      if (first.size === 0) return [];
      return [{ type: 'crossLinks', label: year === 2020 ? 'tablesOf2020' : 'tablesOf2019', links: [...first.values()].map(({ unit, table }) => ({ text: table.nodeKey, slug: unit.slug, hash: table.id })), data: { generated } }];
    });
  const toCycle = (area: string): CrossLinksNode[] =>
    areas.has(area) && narrativeHeadings.has(area) ? [{ type: 'crossLinks', label: 'toPolicyCycle', links: [{ text: area, slug: `${POLICY_CYCLE_SLUG}/${cycleId(area)}`, hash: '', cycle: true }], data: { generated } }] : [];
  const toNarrative = (area: string): CrossLinksNode[] => {
    const h = narrativeHeadings.get(area);
    return h && narrative ? [{ type: 'crossLinks', label: 'toNarrative', links: [{ text: area, slug: narrative.slug, hash: h.id, narrative: true }], data: { generated } }] : [];
  };

  const units = root.children.map((unit) => {
    if (unit.id === REPORT_UNITS.policyNarrative) {
      const children = unit.children.flatMap((b): BlockNode[] => {
        const n = b.type === 'heading' ? narrativeNumber(b.id) : undefined;
        return n && areas.has(n) ? [b, ...toTables(n), ...toCycle(n)] : [b];
      });
      return { ...unit, children };
    }
    if (unit.kind !== 'annexSection') return unit;
    const sectionArea = unit.slug.match(/section-(\d)$/)?.[1];
    const children = unit.children.flatMap((b): BlockNode[] => {
      const n = b.type === 'heading' ? annexNumber(b.id) : undefined;
      // The cycle page is the section's, so only its x.y heading links it, not each (N) node under it.
      return n ? [b, ...toNarrative(n), ...(b.type === 'heading' && /^a[12]-s\d-\d$/.test(b.id) ? toCycle(n) : [])] : [b];
    });
    // Section 5 has no x.y headings: its link goes first.
    const lead = sectionArea && !unit.children.some((b) => b.type === 'heading' && annexNumber(b.id)) ? [...toNarrative(sectionArea), ...toCycle(sectionArea)] : [];
    return { ...unit, children: [...lead, ...children] };
  });
  return { ...root, children: units };
}
