/**
 * Pagefind's UI in the header search dialog, with its styles. src/components/Search.astro imports this
 * module only when a reader starts to use search, so that no page loads search code before then.
 */
// @ts-expect-error — Missing types for @pagefind/default-ui package.
import { PagefindUI } from '@pagefind/default-ui';
// As a URL, not as a style import: Astro would link an imported stylesheet from every page up front.
import stylesheet from './dialog.css?url';
import { searchPageUrl, searchUiOptions } from './client.ts';
import { relabelFilters } from './relabel.ts';

/** Links the UI's stylesheet and resolves once it applies, so that the UI never shows unstyled. */
function loadStylesheet(): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`search styles: ${stylesheet} did not load`)));
    document.head.append(link);
  });
}

export async function mountDialogSearch(root: HTMLElement, translations: Record<string, string>, filterLabels: Record<string, string>): Promise<void> {
  await loadStylesheet();
  const base = import.meta.env.BASE_URL;
  new PagefindUI({ ...searchUiOptions(base, window.location.pathname), element: '#starlight__search', translations });
  relabelFilters(root, filterLabels);
  // Keep the search page link on the current query.
  const link = root.querySelector<HTMLAnchorElement>('a[data-search-page-link]');
  root.querySelector('#starlight__search')?.addEventListener('input', (e) => {
    if (link && e.target instanceof HTMLInputElement) link.href = searchPageUrl(base, e.target.value, window.location.pathname);
  });
}
