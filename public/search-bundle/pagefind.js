// The Pagefind bundle as this site's search UI loads it (bundlePath in src/lib/search/client.ts).
// Pagefind counts filter values only over the filter chunks it has loaded, and its Default UI starts
// loading them without waiting, so a search that ran first showed only some of the filters (a query
// from the URL did). Here every search waits until all filters are loaded.
// Pagefind 1.6 searches in a web worker, a second copy of its code (12 kB gzipped) fetched with the first
// query; this index is small enough to search on the page itself (noWorker), as Pagefind did before 1.5.
import * as pagefind from '../pagefind/pagefind.js';

export * from '../pagefind/pagefind.js';

let allFilters;

export const options = (opts) => pagefind.options({ ...opts, noWorker: true });

export const filters = () => (allFilters ??= pagefind.filters());

export const search = async (term, options) => {
  await filters();
  return pagefind.search(term, options);
};

export const destroy = async () => {
  allFilters = undefined;
  return pagefind.destroy();
};
