import type { LinkNode, Root, UnitNode } from '../types.ts';

/** One external address the report gives, and the pages that give it, in report order. */
export interface ExternalLink {
  url: string;
  pages: { slug: string; title: string }[];
}

/** Every link node under a node, found by walking all its fields, so block types added later are covered. */
function linksIn(node: unknown): LinkNode[] {
  if (Array.isArray(node)) return node.flatMap(linksIn);
  if (typeof node !== 'object' || node === null) return [];
  if ((node as { type?: unknown }).type === 'link') return [node as LinkNode];
  return Object.entries(node).flatMap(([key, value]) => (key === 'position' ? [] : linksIn(value)));
}

/** The report's external links for the 外部リンク一覧 page: each URL once, with every page that cites it. */
export function externalLinks(root: Root): ExternalLink[] {
  const byUrl = new Map<string, ExternalLink>();
  const units: UnitNode[] = [...root.children].sort((a, b) => a.order - b.order);
  for (const unit of units) {
    // Links the site adds between its own pages (担当府省庁一覧 → 別添1/別添2) carry a generated label.
    for (const { url } of linksIn([unit.children, unit.footnotes]).filter((link) => link.label === undefined)) {
      const entry = byUrl.get(url) ?? { url, pages: [] };
      if (!entry.pages.some((p) => p.slug === unit.slug)) entry.pages.push({ slug: unit.slug, title: unit.title });
      byUrl.set(url, entry);
    }
  }
  return [...byUrl.values()];
}
