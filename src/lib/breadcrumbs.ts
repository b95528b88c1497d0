import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** A level above the current page: a sidebar group, linked to its overview page when it has one. */
export interface Crumb {
  label: string;
  href?: string;
}

/**
 * The sidebar groups that hold the current page, outermost first; undefined when the page is not in the
 * sidebar. A group whose overview page is the current page is the page itself, not a level above it.
 */
export function ancestors(entries: readonly SidebarEntry[]): Crumb[] | undefined {
  for (const entry of entries) {
    if (entry.type === 'link') {
      if (entry.isCurrent) return [];
      continue;
    }
    const inner = ancestors(entry.entries);
    if (inner === undefined) continue;
    const overview = entry.entries[0];
    if (overview?.type === 'link' && overview.isCurrent) return inner;
    return [{ label: entry.label, ...(overview?.type === 'link' ? { href: overview.href } : {}) }, ...inner];
  }
  return undefined;
}

/** The page title with the level above it, so that 別添1 §1 and 別添2 §1 differ: `1 経済社会…（別添１ 2020年度の…）`. */
export function titleInContext(title: string, parent: string | undefined, lang: string): string {
  if (!parent) return title;
  return lang === 'ja' ? `${title}（${parent}）` : `${title} (${parent})`;
}
