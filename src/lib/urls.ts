/**
 * The site's languages and paths in one place. Japanese pages are at the root, English ones under /en/
 * (astro.config.mjs `locales`), both under the configured base path (BASE_PATH may or may not end in "/").
 * Functions that take `base` default to the build's base and take it as an argument in tests and scripts.
 */

export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A page language from a Starlight route's `lang` or `locale` (undefined for the Japanese root). */
export const langOf = (code: string | undefined): Lang => (code === 'en' ? 'en' : 'ja');

/** The path prefix of a language's pages below the base: '' or 'en/'. */
const prefixOf = (lang: Lang): string => (lang === 'ja' ? '' : `${lang}/`);

/** The base path with exactly one trailing slash: `/` or `/repo/`. */
export const basePath = (base: string = import.meta.env.BASE_URL): string => base.replace(/\/?$/, '/');

/** A site path (`/annex-2/…#m2019-…`, `data/measures.csv`) under the base path. */
export const siteUrl = (path: string, base?: string): string => `${basePath(base)}${path.replace(/^\//, '')}`;

/** URL of a docs page of `lang` ('' for the home page). */
export function pageUrl(slug: string, lang: Lang = 'ja', base?: string): string {
  return siteUrl(`${prefixOf(lang)}${slug ? `${slug}/` : ''}`, base);
}

/** The query parameter with which a search result asks its page to mark the query's words. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** A page path split into its language and the rest below the base and the language prefix. */
export function splitPath(pathname: string, base?: string): { lang: Lang; rest: string } {
  const root = basePath(base);
  const path = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  const match = /^(en)(?:\/|$)/.exec(path);
  return match ? { lang: langOf(match[1]), rest: path.slice(match[0].length) } : { lang: 'ja', rest: path };
}

/** The same page in another language: same path below the language prefix. */
export function twinUrl(pathname: string, lang: Lang, base?: string): string {
  return siteUrl(`${prefixOf(lang)}${splitPath(pathname, base).rest}`, base);
}
