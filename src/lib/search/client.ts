/**
 * Options of the Pagefind Default UI shared by the header dialog and the search page (mount.ts), with the
 * ranking the golden-query test measures.
 */
import { japaneseTerms, type EnglishDictionary } from './english.ts';
import { normalizeQuery, prepareQuery } from './text.ts';
import { HIGHLIGHT_PARAM, pageUrl, splitPath, twinUrl, withHighlightTerms } from '../urls.ts';

/**
 * Records are sections, so a record's length says little about relevance: pageLength is low (0.2; at 0.3
 * the long 2部2章 sections on 重要インフラ sank below short slides and terms), though not so low that a
 * short measure row holding every word of a two-word query sinks below long sections that repeat one of
 * them (0.1 left 4.3(ト) 4th for テレワーク 中小企業). Repeats of a term count a little
 * (termFrequency, termSaturation), and a query word that is only the start or middle of an indexed word
 * ranks below a whole-word match (termSimilarity). Chosen by a sweep over the golden set
 * (tests/search/golden.ts, README "Search").
 */
export const RANKING = {
  pageLength: 0.2,
  termFrequency: 0.4,
  termSaturation: 2,
  termSimilarity: 2,
} as const;

interface UiResult {
  url: string;
  meta: Record<string, string>;
  excerpt?: string;
  content?: string;
  /** Holds all the query's words but one (public/search-bundle/pagefind.js). */
  someWords?: boolean;
}

/**
 * Between the words of a query as the UI hands it to the bundle (public/search-bundle/pagefind.js), which
 * searches for all of them and, when that finds fewer than a handful of records, for all but one.
 */
export const WORD_BREAK = '\u001f';

// Where a phrase may start: after Japanese or Latin punctuation, a closing bracket or a space.
const PHRASE_END = /[、。，．,.）)」』】]\s*|\s+/u;
// Pagefind's excerpts join the blocks of a record (title, term, paragraphs) with ". ".
const BLOCK_JOIN = '. ';

/**
 * An excerpt as a reader can start reading it. Pagefind cuts it a fixed number of words before the
 * first match, often mid-phrase (「等向けに、テレワーク…」): unless it starts where the record does, it
 * starts after the first phrase boundary before the match, behind "…". A block that the next block
 * begins with is left out (a glossary record's title and term, then 「テレワークとは…」).
 */
export function readableExcerpt(excerpt: string, content: string): string {
  const plain = (html: string) => html.replace(/<[^>]+>/g, '');
  const atStart = content.replace(/\u200b/g, '').startsWith(plain(excerpt).slice(0, 20));
  const blocks = excerpt.split(BLOCK_JOIN);
  const kept = blocks.filter((block, i) => !(i + 1 < blocks.length && plain(blocks[i + 1]!).startsWith(plain(block))));
  const joined = kept.join(BLOCK_JOIN);
  if (atStart) return joined;
  const mark = joined.indexOf('<mark>');
  const boundary = PHRASE_END.exec(mark < 0 ? joined : joined.slice(0, mark));
  return `…${boundary ? joined.slice(boundary.index + boundary[0].length) : joined}`;
}

/**
 * The terms a query looks for, as typed after normalisation: what the page opened from a result marks,
 * whole (the words Pagefind is given are cut finer: テレ/ワーク would mark ワーク in ネットワーク). With
 * the English dictionary (English pages), an English query's Japanese terms.
 */
export function queryTerms(query: string, dictionary?: EnglishDictionary): string[] {
  const normalized = normalizeQuery(query);
  if (/^".+"$/.test(normalized)) return [normalized.slice(1, -1)];
  return dictionary ? japaneseTerms(normalized, dictionary) : normalized.split(' ').filter(Boolean);
}

/** The query's words as Pagefind is given them (each term cut into its segments; a quoted phrase as it is). */
export function pagefindWords(query: string, dictionary?: EnglishDictionary): string[] {
  return /^".+"$/.test(normalizeQuery(query)) ? [prepareQuery(query)] : queryTerms(query, dictionary).map(prepareQuery).filter(Boolean);
}

/** What Pagefind is given for a query: records holding every word. */
export function pagefindQuery(query: string, dictionary?: EnglishDictionary): string {
  return pagefindWords(query, dictionary).join(' ');
}

/**
 * Search results point at the Japanese pages (the only ones indexed). A search started on an English
 * page shows the same Japanese text with English navigation, so its results land on the page's English
 * twin: same path under /en/, same #anchor. `dictionary` maps English queries to Japanese terms (English
 * pages only); `onTerms` hears the terms of each query, for the note that says what was searched;
 * `onSomeWords` hears whether the results shown include records that hold only some of its words.
 */
export function searchUiOptions(
  base: string,
  pathname: string,
  dictionary?: EnglishDictionary,
  onTerms?: (terms: string[], query: string) => void,
  onSomeWords?: (some: boolean) => void,
) {
  const { lang } = splitPath(pathname, base);
  let terms: string[] = [];
  return {
    baseUrl: base,
    // Pagefind's bundle, through public/search-bundle/pagefind.js: searches wait for every filter.
    bundlePath: `${base.replace(/\/$/, '')}/search-bundle/`,
    ranking: RANKING,
    showImages: false,
    // Every result is already one section (scripts/convert/emit/search/records.ts), so there are no sub-results.
    showSubResults: false,
    excerptLength: 40,
    highlightParam: HIGHLIGHT_PARAM,
    processTerm(query: string) {
      terms = queryTerms(query, dictionary);
      onTerms?.(terms, query);
      onSomeWords?.(false);
      return pagefindWords(query, dictionary).join(WORD_BREAK);
    },
    processResult(result: UiResult) {
      if (result.someWords) onSomeWords?.(true);
      result.url = twinUrl(withHighlightTerms(result.url, terms), lang, base);
      const { title, page } = result.meta;
      if (page && page !== title) result.meta.title = `${title}（${page}）`;
      // Said in the title: as a meta of its own the UI would show it again, labelled "Page:" in English.
      delete result.meta.page;
      if (result.excerpt !== undefined) result.excerpt = readableExcerpt(result.excerpt, result.content ?? '');
      return result;
    },
  };
}

/** The search page's URL for a query, in the language of the page at `pathname`, so that results can be shared. */
export function searchPageUrl(base: string, query: string, pathname = ''): string {
  const url = pageUrl('search', splitPath(pathname, base).lang, base);
  return query.trim() ? `${url}?q=${encodeURIComponent(query.trim())}` : url;
}
