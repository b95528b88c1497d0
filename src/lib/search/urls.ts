/**
 * Search results point at the Japanese pages (the only ones indexed). A search started on an English
 * page (/en/…, issue 6) shows the same Japanese text with English navigation, so its results land on
 * the /en/ twin of the page: same path under /en/, same #anchor.
 */

/** The locale prefix of a page path below `base` ("en" for /base/en/…), or "" for the Japanese root. */
export function localeOf(pathname: string, base: string, locales: readonly string[]): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const first = rest.split('/')[0] ?? '';
  return locales.includes(first) ? first : '';
}

/** Maps a result URL (under `base`, with query and #anchor) to the same page in `locale`. */
export function localizeResultUrl(url: string, base: string, locale: string): string {
  if (!locale || !url.startsWith(base)) return url;
  return `${base}${locale}/${url.slice(base.length)}`;
}

// Here, not in client.ts, so that the script every page loads does not bundle the query side.
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** A result URL whose highlight parameters are `terms` (Pagefind puts the words it searched there). */
export function withHighlightTerms(url: string, terms: readonly string[]): string {
  const [path = '', hash] = url.split('#');
  const [pathname = '', search = ''] = path.split('?');
  const params = new URLSearchParams(search);
  params.delete(HIGHLIGHT_PARAM);
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}
