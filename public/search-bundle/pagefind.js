// The Pagefind bundle as this site's search UI loads it (bundlePath in src/lib/search/client.ts).
// Pagefind counts filter values only over the filter chunks it has loaded, and its Default UI starts
// loading them without waiting, so a search that ran first showed only some of the filters (a query
// from the URL did). Here every search waits until all filters are loaded.
// Pagefind 1.6 searches in a web worker, a second copy of its code (12 kB gzipped) fetched with the first
// query; this index is small enough to search on the page itself (noWorker), as Pagefind did before 1.5.
import * as pagefind from '../pagefind/pagefind.js';

export * from '../pagefind/pagefind.js';

let allFilters;

// The build bundles Pagefind's script into this file (scripts/search/index.ts), one request less; Pagefind
// would then look for its index beside this file, so it is told where the index is.
export const options = (opts) => pagefind.options({ ...opts, noWorker: true, basePath: new URL('../pagefind/', import.meta.url).pathname });

export const filters = () => (allFilters ??= pagefind.filters());

// Between the words of a query as the UI hands it over (WORD_BREAK in src/lib/search/client.ts).
const WORD_BREAK = '\u001f';
// Fewer results than this for every word of a query, and records holding all its words but one follow them.
const HANDFUL = 5;

/** The filter counts of searches whose results were joined: a value counts as often as in any one of them. */
const joinFilters = (counts) => {
  const out = {};
  for (const filter of counts)
    for (const [name, values] of Object.entries(filter ?? {}))
      for (const [value, n] of Object.entries(values)) (out[name] ??= {})[value] = Math.max(out[name][value] ?? 0, n);
  return out;
};

/**
 * Pagefind returns the records that hold every word of a query. When they are fewer than a handful, the
 * records holding all the words but one follow them, by score; their data says `someWords`, for the
 * UI's note (client.ts).
 */
export const search = async (term, options) => {
  await filters();
  const words = term.split(WORD_BREAK).map((w) => w.trim()).filter(Boolean);
  const all = await pagefind.search(words.join(' '), options);
  if (words.length < 2 || !all || all.results.length >= HANDFUL) return all;
  const fewer = await Promise.all(words.map((_, i) => pagefind.search(words.filter((__, j) => j !== i).join(' '), options)));
  const seen = new Set(all.results.map((r) => r.id));
  const more = fewer
    .flatMap((f) => f.results)
    .filter((r) => !seen.has(r.id) && seen.add(r.id))
    .sort((a, b) => b.score - a.score)
    .map((r) => ({ ...r, data: async () => ({ ...(await r.data()), someWords: true }) }));
  const results = [...all.results, ...more];
  return { ...all, results, unfilteredResultCount: results.length, filters: joinFilters([all.filters, ...fewer.map((f) => f.filters)]) };
};

export const destroy = async () => {
  allFilters = undefined;
  return pagefind.destroy();
};
