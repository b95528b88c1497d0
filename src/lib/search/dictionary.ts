/**
 * The English → Japanese dictionary of English-page search (english.ts), from the site's own bilingual
 * data: the reviewed synonyms of src/data/search-synonyms.json, the ministries' English names, the
 * glossary's English forms and the report's headings' English titles. Written as /en/search-terms.json
 * (src/pages/en/search-terms.json.ts).
 */
import { readFileSync } from 'node:fs';
import { japaneseScript } from '../chars.ts';
import { MinistriesFileSchema } from '../../schemas/ministry.ts';
import { GLUE, HEADING_LABEL, phraseKey, type EnglishDictionary } from './english.ts';
import { foldWidth, normalizeQuery } from './text.ts';

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

// An English form that is an acronym (NISC, CEPTOAR) is in the Japanese text itself: searching it as
// typed finds more than its Japanese name would.
const ACRONYM = /^[A-Z0-9-]+$/;

interface Heading {
  ja: string;
  en: string;
}

/** An English phrase as a query's words are looked up: normalised as the query is, then phraseKey. */
const key = (english: string) => phraseKey(normalizeQuery(english).split(' '));

/** The kanji/katakana words of a Japanese title (two characters or more), as the index holds them. */
function titleTerms(ja: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const c of `${foldWidth(ja)} `) {
    const script = japaneseScript(c);
    if (script === 'kanji' || script === 'katakana') run += c;
    else {
      if (run.length >= 2 && !runs.includes(run)) runs.push(run);
      run = '';
    }
  }
  return runs;
}

/**
 * The English phrases a reader may type for a heading: its title without its label, and without a
 * parenthesis or what follows a colon ("Response to the novel coronavirus disease"). A phrase needs two
 * words besides joining words, so that a common word (security, measures) keeps its own translation.
 */
function headingPhrases(en: string): string[] {
  const title = en.replace(HEADING_LABEL, '').trim();
  const variants = [title, title.replace(/\s*\([^)]*\)/g, ''), title.split(':')[0]!];
  return [...new Set(variants.map(key))].filter((phrase) => phrase.split(' ').filter((w) => !GLUE.has(w)).length >= 2);
}

/**
 * English heading titles → the Japanese words of the same heading's title, which Pagefind's AND finds in
 * that section (the whole title would be one long word). A phrase that titles headings of different
 * Japanese words names none of them.
 */
function headingTerms(headings: readonly Heading[]): [string, string][] {
  const terms = new Map<string, string | null>();
  for (const { ja, en } of headings) {
    const words = titleTerms(ja).join(' ');
    if (!words) continue;
    // Titles that differ only where a particle splits a word (サイバーセキュリティの体系, サイバーセキュリティ体系) agree.
    const differs = (other: string | null | undefined) => other !== undefined && other?.replace(/ /g, '') !== words.replace(/ /g, '');
    for (const key of headingPhrases(en)) terms.set(key, differs(terms.get(key)) ? null : (terms.get(key) ?? words));
  }
  return [...terms].flatMap(([key, words]): [string, string][] => (words ? [[key, words]] : []));
}

export function englishDictionary(): EnglishDictionary {
  const synonyms = (read('src/data/search-synonyms.json') as { terms: Record<string, string> }).terms;
  const ministries = MinistriesFileSchema.parse(read('content/data/ministries.json')).ministries;
  const glossary = (read('content/data/glossary.json') as { terms: { term: string; english?: string | null }[] }).terms;
  const headings = (read('content/data/headings.json') as { headings: Heading[] }).headings;
  const pairs: [string, string][] = [
    // First, so that the report's own terms and names win over a heading's words.
    ...headingTerms(headings),
    ...glossary.flatMap(({ term, english }): [string, string][] => (english && english !== term && !ACRONYM.test(english) ? [[key(english), term]] : [])),
    ...ministries.map((m): [string, string] => [key(m.en), m.ja]),
    // Last, so that a reviewed synonym wins over the same English words elsewhere.
    ...Object.entries(synonyms).map(([english, term]): [string, string] => [key(english), term]),
  ];
  return Object.fromEntries(pairs);
}
