import type { Measure } from '../schemas/measure.ts';
import { CSV_COLUMNS } from './measuresCsv.ts';

/**
 * What each example of the open data page prints, computed here from the site's own data at build
 * time; the test suite runs the examples against dist/ and compares.
 */
export function expectedOutputs(measures: readonly Measure[]): { js: string; counterpart: string; python: string } {
  const topMinistries = (year: number): string[] => {
    const counts = new Map<string, number>();
    for (const m of measures) if (m.year === year) for (const name of m.ministries) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, n]) => `${name}: ${n}`);
  };
  const count = (year: number) => measures.filter((m) => m.year === year).length;
  const from = measures.find((m) => m.year === 2019 && m.key === '4.2(1)(エ)');
  const to = measures.find((m) => m.id === from?.counterpart);
  if (!from || !to) throw new Error('the open data example needs 2019 4.2(1)(エ) and its counterpart');
  return {
    js: [`2020: ${count(2020)} measures, 2019: ${count(2019)} measures`, ...topMinistries(2020)].join('\n'),
    counterpart: [`${from.key} (2019) → ${to.key} (2020), linked by ${to.link}`, to.id].join('\n'),
    python: [`${measures.length} rows, columns: ${CSV_COLUMNS.join(', ')}`, ...topMinistries(2019)].join('\n'),
  };
}
