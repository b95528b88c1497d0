import type { Measure } from '../../../../src/schemas/measure.ts';
import type { Ministry } from '../../../../src/schemas/ministry.ts';
import type { Lang, Translate } from '../../strings.ts';
import type { BlockNode } from '../../types.ts';

/** What a block handler knows about the page it writes. */
export interface PageContext {
  lang: Lang;
  /** The converter's UI words in the page's language (the `convert.` keys of src/content/i18n/{ja,en}.json). */
  t: Translate;
  /** The page's slug without its locale prefix, `annex-1/section-1`. */
  slug: string;
  /** Every measure row by id, with its counterpart in the other year. */
  measures: ReadonlyMap<string, Measure>;
  /** Ministry name as printed → its ASCII id and official English name. */
  ministries: ReadonlyMap<string, Ministry>;
  /** English titles by heading id (scripts/convert/data/en.json). */
  headingsEn: ReadonlyMap<string, string>;
  /** On English pages: an English caption for each rebuilt table, by table id. */
  tableCaptionsEn?: ReadonlyMap<string, string>;
}

/** Writes nested blocks (a column's, a box's) with the same handlers as the page's own. */
export type Emit = (children: readonly BlockNode[]) => string[];

/** A link to a file served once for all languages (`data/measures.json`). */
export function assetHref(page: PageContext, path: string): string {
  const depth = page.slug.split('/').length + (page.lang === 'en' ? 1 : 0);
  return `${'../'.repeat(depth)}${path}`;
}
