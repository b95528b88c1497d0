import type { MeasureRecord } from '../convert/emit/json/measures.ts';
import type { ComputedLink } from './linking.ts';
import type { LinkRow } from './linksFile.ts';

/**
 * The links file for the current conversion: computed links, then `new`/`ended` for rows without one,
 * with the reviewed file's `manual` rows taking precedence and its review notes kept for unchanged lines.
 */
export function mergeLinks(records: readonly MeasureRecord[], computed: readonly ComputedLink[], reviewed: readonly LinkRow[]): LinkRow[] {
  const keyOf = new Map(records.map((r) => [r.id, r.key]));
  const manual2020 = new Map(reviewed.filter((r) => r.method === 'manual' && r.id2020).map((r) => [r.id2020, r]));
  const manual2019Only = new Map(reviewed.filter((r) => r.method === 'manual' && !r.id2020).map((r) => [r.id2019, r]));
  const noteOf = new Map(reviewed.filter((r) => r.method !== 'manual').map((r) => [`${r.id2020}|${r.id2019}|${r.method}`, r.note]));
  const computedOf = new Map(computed.map((c) => [c.id2020, c]));
  const line = (id2020: string, id2019: string, method: LinkRow['method'], score: string): LinkRow => ({
    id2020,
    id2019,
    key2020: keyOf.get(id2020) ?? '',
    key2019: keyOf.get(id2019) ?? '',
    method,
    score,
    note: noteOf.get(`${id2020}|${id2019}|${method}`) ?? '',
  });

  const rows: LinkRow[] = [];
  const used2019 = new Set<string>();
  for (const r of records.filter((x) => x.year === 2020)) {
    const decided = manual2020.get(r.id);
    const found = computedOf.get(r.id);
    const row = decided ?? (found ? line(r.id, found.id2019, found.method, found.score.toFixed(3)) : line(r.id, '', 'new', ''));
    if (row.id2019) used2019.add(row.id2019);
    rows.push(row);
  }
  for (const r of records.filter((x) => x.year === 2019 && !used2019.has(x.id))) rows.push(manual2019Only.get(r.id) ?? line('', r.id, 'ended', ''));
  return rows;
}
