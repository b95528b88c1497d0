/**
 * Options of the Pagefind Default UI shared by the header dialog and the search page (mount.ts), with the
 * ranking the golden-query test measures.
 */
import { prepareQuery } from './text.ts';
import { HIGHLIGHT_PARAM, pageUrl, splitPath, twinUrl } from '../urls.ts';

/**
 * Records are sections, so a record's length says little about relevance: pageLength is low. Repeats
 * of a term count a little (termFrequency), and a query word that is only the start or middle of an
 * indexed word (ICU cuts テレワーク into テレ/ワーク) ranks below a whole-word match (termSimilarity).
 * Measured with tests/search/golden.ts (README "Search").
 */
export const RANKING = {
  pageLength: 0.1,
  termFrequency: 0.4,
  termSaturation: 1.4,
  termSimilarity: 2,
} as const;

interface UiResult {
  url: string;
  meta: Record<string, string>;
}

/**
 * Search results point at the Japanese pages (the only ones indexed). A search started on an English
 * page shows the same Japanese text with English navigation, so its results land on the page's English
 * twin: same path under /en/, same #anchor.
 */
export function searchUiOptions(base: string, pathname: string) {
  const { lang } = splitPath(pathname, base);
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
    processTerm: prepareQuery,
    processResult(result: UiResult) {
      result.url = twinUrl(result.url, lang, base);
      const { title, page } = result.meta;
      if (page && page !== title) result.meta.title = `${title}（${page}）`;
      return result;
    },
  };
}

/** The search page's URL for a query, in the language of the page at `pathname`, so that results can be shared. */
export function searchPageUrl(base: string, query: string, pathname = ''): string {
  const url = pageUrl('search', splitPath(pathname, base).lang, base);
  return query.trim() ? `${url}?q=${encodeURIComponent(query.trim())}` : url;
}
