import type { Measure } from '../../../../src/schemas/measure.ts';

/** What a block handler knows about the page it writes. */
export interface PageContext {
  /** Every measure row by id, with its counterpart in the other year. */
  measures: ReadonlyMap<string, Measure>;
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
