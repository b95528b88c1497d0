/** What a block handler knows about the page it writes. */
export interface PageContext {
  /** The page's slug, `annex-1/section-1`. */
  slug: string;
  /** Ministry name as printed → ASCII id, for links to the ministry pages. */
  ministries: ReadonlyMap<string, string>;
}

/** A link from one page to another that works under any base path: pages are served at `/<slug>/`. */
export function pageHref(from: string, to: string, hash = ''): string {
  const up = from === '' ? './' : '../'.repeat(from.split('/').length);
  return `${up}${to ? `${to}/` : ''}${hash ? `#${hash}` : ''}`;
}
