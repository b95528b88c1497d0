import type { Measure } from '../schemas/measure.ts';

/** Field order of /data/measures.csv, one column per field of /data/measures.json. */
export const CSV_COLUMNS = ['id', 'year', 'key', 'node', 'ministries', 'ministryIds', 'plan', 'result', 'reprint', 'counterpart', 'link', 'url'] as const;

const csvField = (value: unknown): string => {
  const text = Array.isArray(value) ? value.join(';') : value === null ? '' : String(value);
  return `"${text.replaceAll('"', '""')}"`;
};

/** RFC 4180 with CRLF and a byte-order mark, so that Excel opens the UTF-8 text as UTF-8. Arrays are `;`-joined. */
export function measuresToCsv(measures: readonly Measure[]): string {
  const lines = [CSV_COLUMNS.join(','), ...measures.map((m) => CSV_COLUMNS.map((c) => csvField(m[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
