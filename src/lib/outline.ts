// Reads content/data/outline.json (written by `npm run convert`) and derives the
// navigation from it, so the sidebar, the home page and the tests share one order.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One page of the report's outline: written by the converter (content/data/outline.json), read by the site and the tests. */
export interface OutlineEntry {
  slug: string;
  title: string;
  titleEn: string;
  children?: OutlineEntry[];
}

export const OUTLINE_PATH = 'content/data/outline.json';

export function readOutline(path = resolve(OUTLINE_PATH)): OutlineEntry[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path} is missing. Run \`npm run convert\` to generate it.`);
  }
  const data = JSON.parse(raw) as { entries?: unknown };
  if (!Array.isArray(data.entries)) {
    throw new Error(`${path}: expected { "entries": [...] }. Regenerate it with \`npm run convert\`.`);
  }
  const entries = data.entries as OutlineEntry[];
  const check = (e: OutlineEntry, where: string) => {
    for (const key of ['slug', 'title', 'titleEn'] as const) {
      if (typeof e[key] !== 'string' || e[key] === '') {
        throw new Error(`${path}: ${where} has no "${key}". Regenerate it with \`npm run convert\`.`);
      }
    }
    e.children?.forEach((c, i) => check(c, `${where}.children[${i}] (${c.slug ?? '?'})`));
  };
  entries.forEach((e, i) => check(e, `entries[${i}] (${e.slug ?? '?'})`));
  return entries;
}

/** Children of a group without its own overview page, whether or not the converter repeats it. */
function subPages(entry: OutlineEntry): OutlineEntry[] {
  return (entry.children ?? []).filter((c) => c.slug !== entry.slug);
}

/** Every page in report order; a group's overview page comes before its sub-pages. */
export function flattenOutline(entries: OutlineEntry[]): OutlineEntry[] {
  return entries.flatMap((e) => [e, ...flattenOutline(subPages(e))]);
}

type SidebarLink = { label: string; slug: string; translations: Record<string, string> };
type SidebarGroup = {
  label: string;
  translations: Record<string, string>;
  collapsed: boolean;
  items: (SidebarLink | SidebarGroup)[];
};

const link = (e: OutlineEntry): SidebarLink => ({
  label: e.title,
  slug: e.slug,
  translations: { en: e.titleEn },
});

/**
 * Starlight sidebar config. Groups start collapsed; Starlight opens the one
 * holding the current page.
 */
export function outlineToSidebar(entries: OutlineEntry[]): (SidebarLink | SidebarGroup)[] {
  return entries.map((e) =>
    e.children?.length
      ? {
          label: e.title,
          translations: { en: e.titleEn },
          collapsed: true,
          items: [link(e), ...outlineToSidebar(subPages(e))],
        }
      : link(e),
  );
}
