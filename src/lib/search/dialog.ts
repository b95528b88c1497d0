/**
 * The header search dialog's own behaviour, around Starlight's (src/components/Search.astro), loaded with
 * every page: `/` opens the dialog, a page opened from a result marks the query's words, and Pagefind's UI
 * loads when a reader starts to use search.
 */
import { HIGHLIGHT_PARAM, siteUrl } from '../urls.ts';
import type { StarlightUiOptions } from './mount.ts';

/**
 * Takes the place of Pagefind's UI class in Starlight's search script (src/integrations/searchOnUse.ts).
 * Starlight constructs it once the page is idle, with its options; the real UI and its styles load on
 * pointer or focus on the search button, a touch, or the dialog opening (click, Ctrl/Cmd+K, `/`), which
 * may already have happened.
 */
export class PagefindUI {
  constructor(starlight: StarlightUiOptions) {
    const root = document.querySelector(starlight.element)?.closest('site-search');
    const button = root?.querySelector('button[data-open-modal]');
    const dialog = root?.querySelector('dialog');
    if (!root || !button || !dialog) return;
    let loading: Promise<void> | undefined;
    const load = () =>
      (loading ??= import('./mount.ts')
        .then(({ mountDialogSearch }) => mountDialogSearch(root, starlight))
        .then(() => {
          if (dialog.open) root.querySelector('input')?.focus();
        }));
    for (const intent of ['pointerenter', 'focus', 'touchstart']) button.addEventListener(intent, load, { once: true, passive: true });
    new MutationObserver(load).observe(dialog, { attributes: true, attributeFilter: ['open'] });
    if (dialog.open) load();
  }
}

const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
const dialog = document.querySelector('site-search dialog');
button?.setAttribute('aria-keyshortcuts', `${button.getAttribute('aria-keyshortcuts')} /`);

/** A key press that types into something, where `/` is a character and not the search shortcut. */
const isTyping = (e: KeyboardEvent) =>
  e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));

window.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.metaKey || e.ctrlKey || e.altKey || dialog?.hasAttribute('open') || isTyping(e)) return;
  button?.click();
  e.preventDefault();
});

if (!import.meta.env.DEV && new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) {
  const script = siteUrl('pagefind/pagefind-highlight.js');
  import(/* @vite-ignore */ script).then(({ default: PagefindHighlight }) => {
    // Its own <style> element would break the Content-Security-Policy: the style is in Search.astro.
    new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  });
}
