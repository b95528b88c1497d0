import { stringify } from 'csv-stringify/sync';
import { MeasureSchema, type Measure } from '../schemas/measure.ts';

/** Field order of /data/measures.csv: one column per field of /data/measures.json, in the schema's order. */
export const CSV_COLUMNS = MeasureSchema.keyof().options;

/** Arrays are `;`-joined, null is empty, a boolean reads `true`/`false`. */
const csvField = (value: Measure[keyof Measure]): string => (Array.isArray(value) ? value.join(';') : value === null ? '' : String(value));

/** RFC 4180 with CRLF and a byte-order mark, so that Excel opens the UTF-8 text as UTF-8; every field quoted. */
export function measuresToCsv(measures: readonly Measure[]): string {
  const rows = measures.map((m) => CSV_COLUMNS.map((c) => csvField(m[c])));
  const header = stringify([[...CSV_COLUMNS]], { record_delimiter: 'windows' });
  return `\uFEFF${header}${stringify(rows, { quoted: true, quoted_empty: true, record_delimiter: 'windows' })}`;
}
