/**
 * `npm run link-measures`: matches the 2020 rows to the 2019 rows they continue and writes
 * content/measures/links.csv, keeping the `manual` decisions and review notes already in it.
 * The build only reads and validates that file; it never re-matches.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadData, repoRoot } from './convert/index.ts';
import { measureRecords } from './convert/emit/json/measures.ts';
import { convert } from './convert/pipeline.ts';
import { linkMeasures, thresholds } from './measures/linking.ts';
import { formatLinks, parseLinks } from './measures/linksFile.ts';
import { mergeLinks } from './measures/mergeLinks.ts';

const path = join(repoRoot, 'content', 'measures', 'links.csv');
const data = loadData();
const { root } = convert(readFileSync(join(repoRoot, 'content', 'source', 'cybersecurity2020.txt'), 'utf8'), { ...data, links: undefined });
const records = measureRecords(root, new Map(data.ministries.ministries.map((m) => [m.ja, m.id])));
const reviewed = existsSync(path) ? parseLinks(readFileSync(path, 'utf8')) : [];
const rows = mergeLinks(records, linkMeasures(records), reviewed);
writeFileSync(path, formatLinks(rows));

const count = (method: string) => rows.filter((r) => r.method === method).length;
const weak = rows.filter((r) => r.score && Number(r.score) < thresholds.withMinistry);
console.log(
  `links.csv: ${rows.length} lines; section ${count('section')}, twin ${count('twin')}, moved ${count('moved')}, manual ${count('manual')}, new ${count('new')}, ended ${count('ended')}; ` +
    `${weak.length} weak links (score < ${thresholds.withMinistry}), ${weak.filter((r) => !r.note).length} not yet reviewed`,
);
