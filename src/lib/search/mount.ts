/**
 * Pagefind's UI with this site's options (client.ts), for the header dialog (Starlight's, through
 * standIn.ts) and the search page (src/components/SearchPage.astro). Both import this module only when
 * the UI is needed, so that no other page loads search code.
 */
// @ts-expect-error — Missing types for @pagefind/default-ui package.
import { PagefindUI } from '@pagefind/default-ui';
// As a URL, not as a style import: Astro would link an imported stylesheet from every page up front.
import stylesheet from './ui.css?url';
import { searchPageUrl, searchUiOptions } from './client.ts';
import { englishDictionary, termsNote } from './english.ts';
import { relabelFilters } from './relabel.ts';
import { splitPath } from '../urls.ts';

interface Result {
  url: string;
  meta: Record<string, string>;
}

/** What Starlight's search script hands to Pagefind's UI (its element, translations, ranking, result URLs). */
export interface StarlightUiOptions {
  element: string;
  translations?: Record<string, string>;
  processResult?: (result: Result & { sub_results: { url: string }[] }) => unknown;
  [option: string]: unknown;
}

/** What a page tells the UI about itself (data attributes of Search.astro and SearchPage.astro). */
export interface PageExtras {
  /** Indexed filter word → its label on this page (filterLabels.ts). */
  filterLabels: Record<string, string>;
  /** The note that names the Japanese terms an English query searched, with {{terms}}. */
  termsNote: string;
  /** The note shown when results that hold only some of the query's words follow those that hold all. */
  someWordsNote: string;
}

/** Reads PageExtras from an element's data attributes. */
export const pageExtras = (el: HTMLElement | null): PageExtras => ({
  filterLabels: JSON.parse(el?.dataset.filterLabels ?? '{}'),
  termsNote: el?.dataset.termsNote ?? '',
  someWordsNote: el?.dataset.someWordsNote ?? '',
});

/** Mounts the UI on `element` with `options` under this site's; returns it for `triggerSearch`. */
export async function mountSearch(element: string, root: Element, options: Partial<StarlightUiOptions>, extras: PageExtras) {
  const base = import.meta.env.BASE_URL;
  const dictionary = await englishDictionary(splitPath(window.location.pathname, base).lang);
  const note = termsNote(dictionary, extras.termsNote);
  const someWords = Object.assign(document.createElement('p'), { className: 'search-some-words-note', hidden: true, textContent: extras.someWordsNote });
  const site = searchUiOptions(base, window.location.pathname, dictionary, note.show, (some) => (someWords.hidden = !some));
  const ui = new PagefindUI({
    ...options,
    ...site,
    element,
    // Only the filter values that the current results hold.
    showEmptyFilters: false,
    processResult(result: Result & { sub_results: { url: string }[] }) {
      options.processResult?.(result);
      return site.processResult(result);
    },
  });
  root.querySelector(`${element} .pagefind-ui__drawer`)?.before(note.element, someWords);
  relabelFilters(root, extras.filterLabels);
  return ui as { triggerSearch(query: string): void };
}

/** Links the UI's stylesheet and resolves once it applies, so that the UI never shows unstyled. */
function loadStylesheet(): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`search styles: ${stylesheet} did not load`)));
    document.head.append(link);
  });
}

/** The dialog's UI, with the link to the search page (src/components/Search.astro) kept on the query. */
export async function mountDialogSearch(root: Element, starlight: StarlightUiOptions): Promise<void> {
  await loadStylesheet();
  const extras = document.querySelector<HTMLTemplateElement>('template[data-search-extras]');
  await mountSearch(starlight.element, root, starlight, pageExtras(extras));
  const container = root.querySelector(starlight.element);
  if (!extras || !container) return;
  container.after(extras.content.cloneNode(true));
  const link = root.querySelector<HTMLAnchorElement>('a[data-search-page-link]');
  container.addEventListener('input', (e) => {
    if (link && e.target instanceof HTMLInputElement) link.href = searchPageUrl(import.meta.env.BASE_URL, e.target.value, window.location.pathname);
  });
}
