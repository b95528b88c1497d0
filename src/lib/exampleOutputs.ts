import type { Measure } from '../schemas/measure.ts';
import type { PolicyCycleSection } from '../schemas/policyCycle.ts';
import { CSV_COLUMNS } from './measuresCsv.ts';

/**
 * What each example of the open data page prints, computed here from the site's own data at build
 * time; the test suite runs the examples against dist/ and compares.
 */
export function expectedOutputs(measures: readonly Measure[], sections: readonly PolicyCycleSection[]): { js: string; counterpart: string; python: string; cycle: string } {
  const topMinistries = (year: number): string[] => {
    const counts = new Map<string, number>();
    for (const m of measures) if (m.year === year) for (const name of m.ministries) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, n]) => `${name}: ${n}`);
  };
  const count = (year: number) => measures.filter((m) => m.year === year).length;
  const from = measures.find((m) => m.year === 2019 && m.key === '4.2(1)(エ)');
  const to = measures.find((m) => m.id === from?.counterpart);
  if (!from || !to) throw new Error('the open data example needs 2019 4.2(1)(エ) and its counterpart');
  const section = sections.find((s) => s.id === '4-2');
  if (!section) throw new Error('the open data example needs policy-cycle section 4-2');
  const keyOf = new Map(measures.map((m) => [m.id, m.key]));
  const methods = [...Map.groupBy(section.pairs, (p) => p.method)].map(([method, pairs]) => `${method} ${pairs.length}`);
  return {
    cycle: [
      `${section.number} ${section.title.en}: FY2019 ${section.measures2019.length}, FY2020 ${section.measures2020.length}`,
      `new in FY2020: ${section.new.map((id) => keyOf.get(id)).join(', ')}`,
      `ended in FY2019: ${section.ended.map((id) => keyOf.get(id)).join(', ')}`,
      `continued: ${methods.join(', ')}`,
    ].join('\n'),
    js: [`2020: ${count(2020)} measures, 2019: ${count(2019)} measures`, ...topMinistries(2020)].join('\n'),
    counterpart: [`${from.key} (2019) → ${to.key} (2020), linked by ${to.link}`, to.id].join('\n'),
    python: [`${measures.length} rows, columns: ${CSV_COLUMNS.join(', ')}`, ...topMinistries(2019)].join('\n'),
  };
}
