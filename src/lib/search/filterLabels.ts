/**
 * What the search filters are called on a page: the index holds the report's Japanese words
 * (filters.ts), and a page in another language shows its own words for the same filters and values.
 */
import { readFileSync } from 'node:fs';
import { MinistriesFileSchema } from '../../schemas/ministry.ts';
import { readOutline } from '../outline.ts';
import type { Lang } from '../urls.ts';
import { annexPart, FILTER, KIND, MAIN_PART } from './filters.ts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const ministries = MinistriesFileSchema.parse(JSON.parse(readFileSync('content/data/ministries.json', 'utf8'))).ministries;
const annexes = readOutline().flatMap((entry) => /^annex-(\d+)$/.exec(entry.slug)?.[1] ?? []);

/**
 * Indexed word → the word shown on a page in `lang`; only the words that differ.
 */
export function filterLabels(t: Translate, lang: Lang): Record<string, string> {
  const pairs: [string, string][] = [
    ...Object.entries(FILTER).map(([key, word]): [string, string] => [word, t(`searchFilter.${key}`)]),
    ...Object.entries(KIND).map(([key, word]): [string, string] => [word, t(`searchKind.${key}`)]),
    [MAIN_PART, t('searchPart.main')],
    ...annexes.map((n): [string, string] => [annexPart(n), t('searchPart.annex', { n })]),
    ...ministries.map((m): [string, string] => [m.ja, lang === 'en' ? m.en : m.ja]),
  ];
  return Object.fromEntries(pairs.filter(([word, label]) => word !== label));
}
