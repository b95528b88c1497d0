/**
 * English queries on the English pages (issue 15): the index holds the report's Japanese, so an English
 * query is read as the Japanese terms it names, through a dictionary built from the site's bilingual
 * data (dictionary.ts). Runs in the browser; the dictionary arrives as a small JSON file on first use.
 */
import { interpolate } from '../strings.ts';
import { siteUrl, type Lang } from '../urls.ts';
import { normalizeQuery } from './text.ts';

/** English phrase, as phraseKey gives it → the Japanese terms it stands for, separated by spaces. */
export type EnglishDictionary = Readonly<Record<string, string>>;

// Words that join English phrases and have no counterpart in the Japanese query.
export const GLUE = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'in', 'on', 'to', 'with', 'by', 'about']);

// A heading's number or label, which a reader does not type: 1, 1.1, (1), ①, A, I, Case 6:, Data 2.7, Column:.
export const HEADING_LABEL = /^(?:\(\d+\)|\d+(?:\.\d+)*|[\u2460-\u2473]|[A-Z]|(?:Case|Data) [\d.]+:?|Column:)\s+/u;

/**
 * The form in which the dictionary holds an English phrase and a query's words are looked up: lower
 * case, without the punctuation around words (a heading's "services," or "(COVID-19)").
 */
export function phraseKey(words: readonly string[]): string {
  return words
    .map((word) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
    .join(' ');
}

/** The dictionary's terms for a phrase, also for a plain plural (guidelines, SMEs). */
function lookup(words: readonly string[], dictionary: EnglishDictionary): string | undefined {
  const phrase = phraseKey(words);
  return dictionary[phrase] ?? (phrase.endsWith('s') ? dictionary[phrase.slice(0, -1)] : undefined);
}

/**
 * The terms to search for an English query: the longest phrases the dictionary knows become their
 * Japanese terms; other words stay as typed (acronyms and names such as IoT, NISC or Emotet are in the
 * Japanese text), joining words go. A Japanese query passes through unchanged.
 */
export function japaneseTerms(query: string, dictionary: EnglishDictionary): string[] {
  const normalized = normalizeQuery(query);
  // A heading's title copied with its number: the dictionary has it without.
  const title = normalized.replace(HEADING_LABEL, '');
  const words = (title !== normalized && lookup(title.split(' '), dictionary) ? title : normalized).split(' ').filter(Boolean);
  const terms: string[] = [];
  for (let i = 0; i < words.length; ) {
    // Any length: a heading's title is a phrase of the dictionary, and a query is a few words.
    let length = words.length - i;
    let found: string | undefined;
    while (length > 0 && !(found = lookup(words.slice(i, i + length), dictionary))) length--;
    if (found) {
      for (const term of found.split(' ')) if (!terms.includes(term)) terms.push(term);
      i += length;
    } else {
      if (!GLUE.has(words[i]!.toLowerCase())) terms.push(words[i]!);
      i += 1;
    }
  }
  return terms;
}

/** The English pages' dictionary (src/pages/en/search-terms.json.ts), fetched once when search is first used there. */
export async function englishDictionary(lang: Lang): Promise<EnglishDictionary | undefined> {
  if (lang !== 'en') return undefined;
  const response = await fetch(siteUrl('en/search-terms.json'));
  if (!response.ok) throw new Error(`search: the English search terms did not load (${response.status})`);
  return response.json();
}

/**
 * The line under the search field that names the Japanese terms an English query searched (`template`
 * has {{terms}}); hidden when the query was searched as typed.
 */
export function termsNote(dictionary: EnglishDictionary | undefined, template: string) {
  const element = Object.assign(document.createElement('p'), { className: 'search-terms-note', hidden: true });
  const show = (terms: string[], query: string) => {
    const translated = !!dictionary && terms.length > 0 && terms.join(' ') !== normalizeQuery(query);
    element.hidden = !translated;
    if (!translated) return;
    // The terms go in their own element, marked as Japanese.
    const [before = '', after = ''] = interpolate(template, { terms: '\u0000' }, 'search.termsNote').split('\u0000');
    const list = Object.assign(document.createElement('span'), { lang: 'ja', textContent: terms.join('、') });
    element.replaceChildren(before, list, after);
  };
  return { element, show };
}
