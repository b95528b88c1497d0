import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { type Measure, MeasuresFileSchema } from '../schemas/measure.ts';
import { siteUrl } from './urls.ts';

/** The converter writes the rows in document order; the collection store does not keep it. */
const documentOrder = new Map(
  MeasuresFileSchema.parse(JSON.parse(readFileSync('content/data/measures.json', 'utf8'))).measures.map((m, i) => [m.id, i]),
);

/** All rows in document order (別添1, then 別添2), with `url` made absolute for this site's base path. */
export async function publishedMeasures(): Promise<Measure[]> {
  const entries = await getCollection('measures');
  return entries
    .map((entry) => ({ ...entry.data, url: siteUrl(entry.data.url) }))
    .sort((a, b) => documentOrder.get(a.id)! - documentOrder.get(b.id)!);
}
