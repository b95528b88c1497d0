/**
 * The English → Japanese dictionary of English-page search (english.ts), from the site's own bilingual
 * data: the reviewed synonyms of src/data/search-synonyms.json, the ministries' English names and the
 * glossary's English forms. Written as /en/search-terms.json (src/pages/en/search-terms.json.ts).
 */
import { readFileSync } from 'node:fs';
import { MinistriesFileSchema } from '../../schemas/ministry.ts';
import type { EnglishDictionary } from './english.ts';

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

// An English form that is an acronym (NISC, CEPTOAR) is in the Japanese text itself: searching it as
// typed finds more than its Japanese name would.
const ACRONYM = /^[A-Z0-9-]+$/;

export function englishDictionary(): EnglishDictionary {
  const synonyms = (read('src/data/search-synonyms.json') as { terms: Record<string, string> }).terms;
  const ministries = MinistriesFileSchema.parse(read('content/data/ministries.json')).ministries;
  const glossary = (read('content/data/glossary.json') as { terms: { term: string; english?: string | null }[] }).terms;
  const pairs: [string, string][] = [
    ...glossary.flatMap(({ term, english }): [string, string][] => (english && english !== term && !ACRONYM.test(english) ? [[english.toLowerCase(), term]] : [])),
    ...ministries.map((m): [string, string] => [m.en.toLowerCase(), m.ja]),
    // Last, so that a reviewed synonym wins over the same English words elsewhere.
    ...Object.entries(synonyms),
  ];
  return Object.fromEntries(pairs);
}
