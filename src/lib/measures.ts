import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { type Measure, MeasuresFileSchema } from '../schemas/measure.ts';

/** Field order of /data/measures.csv, one column per field of /data/measures.json. */
export const CSV_COLUMNS = ['id', 'year', 'key', 'node', 'ministries', 'ministryIds', 'plan', 'result', 'reprint', 'counterpart', 'link', 'url'] as const;

/** The converter writes the rows in document order; the collection store does not keep it. */
const documentOrder = new Map(
  MeasuresFileSchema.parse(JSON.parse(readFileSync('content/data/measures.json', 'utf8'))).measures.map((m, i) => [m.id, i]),
);

/** All rows in document order (別添1, then 別添2), with `url` made absolute for this site's base path. */
export async function publishedMeasures(): Promise<Measure[]> {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const entries = await getCollection('measures');
  return entries
    .map((entry) => ({ ...entry.data, url: `${base}${entry.data.url}` }))
    .sort((a, b) => documentOrder.get(a.id)! - documentOrder.get(b.id)!);
}

const csvField = (value: unknown): string => {
  const text = Array.isArray(value) ? value.join(';') : value === null ? '' : String(value);
  return `"${text.replaceAll('"', '""')}"`;
};

/** RFC 4180 with CRLF and a byte-order mark, so that Excel opens the UTF-8 text as UTF-8. */
export function measuresToCsv(measures: readonly Measure[]): string {
  const lines = [CSV_COLUMNS.join(','), ...measures.map((m) => CSV_COLUMNS.map((c) => csvField(m[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
