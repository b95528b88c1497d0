/**
 * content/measures/links.csv: the reviewed 2020 ⇄ 2019 links, one line per 2020 row and one per 2019 row
 * left without a counterpart. `npm run link-measures` writes it; people add `manual` rows and review notes.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { LINK_METHODS } from '../../src/schemas/measure.ts';

export const LinkRowSchema = z
  .object({
    id2020: z.string(),
    id2019: z.string(),
    key2020: z.string(),
    key2019: z.string(),
    method: z.enum(LINK_METHODS),
    score: z.string().regex(/^(\d\.\d{3})?$/, 'score is empty or has three decimals'),
    /** Why a manual decision was taken, or what a reviewer read for a weak link. */
    note: z.string(),
  })
  .refine((r) => r.id2020 !== '' || r.id2019 !== '', 'a row names at least one measure')
  .refine((r) => r.method !== 'manual' || r.note.trim() !== '', 'a manual decision needs its reason in `note`')
  .refine((r) => (r.method === 'new') === (r.id2019 === '') || r.method === 'manual', '`new` rows (and only they) have no 2019 id')
  .refine((r) => (r.method === 'ended') === (r.id2020 === '') || r.method === 'manual', '`ended` rows (and only they) have no 2020 id');

export type LinkRow = z.infer<typeof LinkRowSchema>;

/** The columns of links.csv, in file order: the fields of a row. */
export const LINKS_HEADER = LinkRowSchema.keyof().options;

/** RFC 4180 with LF line ends; a field is quoted only where it holds a comma, a quote or a line break. */
export function formatLinks(rows: readonly LinkRow[]): string {
  return stringify(rows as LinkRow[], { header: true, columns: [...LINKS_HEADER], record_delimiter: 'unix' });
}

/** Rows are numbered as in a spreadsheet: the header is row 1, so the first link is row 2. */
export function parseLinks(text: string, path = 'content/measures/links.csv'): LinkRow[] {
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  const [header = [], ...rows] = records;
  if (header.join(',') !== LINKS_HEADER.join(',')) throw new Error(`${path}:1: the header must read ${LINKS_HEADER.join(',')}`);
  return rows.map((fields, i) => {
    if (fields.length !== LINKS_HEADER.length) throw new Error(`${path}:${i + 2}: expected ${LINKS_HEADER.length} fields (${LINKS_HEADER.join(',')}), found ${fields.length}`);
    const parsed = LinkRowSchema.safeParse(Object.fromEntries(LINKS_HEADER.map((h, k) => [h, fields[k]])));
    if (!parsed.success) throw new Error(`${path}:${i + 2}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
    return parsed.data;
  });
}

/** A problem of links.csv, at the file line of the row at fault; without a line when a row is missing. */
export interface LinkProblem {
  line?: number;
  reason: string;
}

/**
 * What the build checks: every id exists, each 2020 row has exactly one line, each 2019 row is linked or
 * ended, and a 2019 row has two 2020 rows only when they are twins.
 */
export function validateLinks(rows: readonly LinkRow[], ids: ReadonlySet<string>): LinkProblem[] {
  const problems: LinkProblem[] = [];
  // Row i is on file line i + 2: the header is line 1 and a row takes one line.
  const lineOf = (row: LinkRow): number => rows.indexOf(row) + 2;
  const seen2020 = new Map<string, number>();
  const users2019 = new Map<string, LinkRow[]>();
  rows.forEach((r, i) => {
    for (const id of [r.id2020, r.id2019]) if (id && !ids.has(id)) problems.push({ line: i + 2, reason: `no measure ${id}` });
    if (r.id2020) seen2020.set(r.id2020, (seen2020.get(r.id2020) ?? 0) + 1);
    if (r.id2019) users2019.set(r.id2019, [...(users2019.get(r.id2019) ?? []), r]);
  });
  for (const id of ids) {
    if (id.startsWith('m2020') && seen2020.get(id) !== 1) {
      const first = rows.find((r) => r.id2020 === id);
      problems.push({ ...(first ? { line: lineOf(first) } : {}), reason: `${id} must have exactly one line (has ${seen2020.get(id) ?? 0})` });
    }
    if (id.startsWith('m2019') && !users2019.has(id)) problems.push({ reason: `${id} is neither linked nor marked ended` });
  }
  for (const [id, users] of users2019) {
    const linked = users.filter((u) => u.id2020);
    if (linked.length > 1 && !linked.some((u) => u.method === 'twin')) problems.push({ line: lineOf(linked[1]!), reason: `${id} is the counterpart of ${linked.map((u) => u.id2020).join(' and ')}, which are not twins` });
    if (linked.length > 0 && users.some((u) => u.method === 'ended')) problems.push({ line: lineOf(users.find((u) => u.method === 'ended')!), reason: `${id} is both linked and ended` });
  }
  return problems;
}
