/**
 * Pagefind's UI shows filter names and values as indexed, in the report's Japanese. On a page in
 * another language this puts that language's words in their place, and keeps them there as the UI
 * re-renders counts. Only text nodes change, so the UI's own bookkeeping of its nodes stays valid.
 */
const LABELLED = '.pagefind-ui__filter-name, .pagefind-ui__filter-group-label, .pagefind-ui__filter-label';

export function relabelFilters(root: Element, labels: Readonly<Record<string, string>>): void {
  if (Object.keys(labels).length === 0) return;
  const apply = () => {
    for (const el of root.querySelectorAll(LABELLED)) {
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const label = labels[(node as Text).data.trim()];
        if (label) (node as Text).data = label;
      }
    }
  };
  // A label never equals an indexed word, so applying the labels ends the chain of mutations.
  new MutationObserver(apply).observe(root, { childList: true, subtree: true, characterData: true });
  apply();
}
