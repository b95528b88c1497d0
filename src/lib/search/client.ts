/**
 * Options of the Pagefind Default UI shared by the header dialog and the search page (mount.ts), with the
 * ranking the golden-query test measures.
 */
import { prepareQuery } from './text.ts';
import { HIGHLIGHT_PARAM, localeOf, localizeResultUrl } from './urls.ts';

/** Locales served under a prefix, whose search lands on their own pages (issue 6 adds "en"). */
export const PREFIXED_LOCALES = ['en'] as const;

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

export function searchUiOptions(base: string, pathname: string) {
  const locale = localeOf(pathname, base, PREFIXED_LOCALES);
  return {
    baseUrl: base,
    // Pagefind's bundle, through public/search-bundle/pagefind.js: searches wait for every filter.
    bundlePath: `${base.replace(/\/$/, '')}/search-bundle/`,
    ranking: RANKING,
    showImages: false,
    // Every result is already one section (scripts/search/records.ts), so there are no sub-results.
    showSubResults: false,
    excerptLength: 40,
    highlightParam: HIGHLIGHT_PARAM,
    processTerm: prepareQuery,
    processResult(result: UiResult) {
      result.url = localizeResultUrl(result.url, base, locale);
      const { title, page } = result.meta;
      if (page && page !== title) result.meta.title = `${title}（${page}）`;
      return result;
    },
  };
}

/** The search page's URL for a query, in the language of the page at `pathname`, so that results can be shared. */
export function searchPageUrl(base: string, query: string, pathname = ''): string {
  const locale = localeOf(pathname, base, PREFIXED_LOCALES);
  const url = `${base.replace(/\/$/, '')}/${locale ? `${locale}/` : ''}search/`;
  return query.trim() ? `${url}?q=${encodeURIComponent(query.trim())}` : url;
}
