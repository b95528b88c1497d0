/**
 * Filter names and values as the search index holds them: the report's own words, from the Japanese
 * UI strings. Pages in another language show that language's words for them (filterLabels.ts).
 */
import ja from '../../content/i18n/ja.json' with { type: 'json' };

export const FILTER = { part: ja['searchFilter.part'], kind: ja['searchFilter.kind'], ministry: ja['searchFilter.ministry'] } as const;
export const KIND = {
  body: ja['searchKind.body'],
  plan: ja['searchKind.plan'],
  result: ja['searchKind.result'],
  term: ja['searchKind.term'],
  data: ja['searchKind.data'],
  /** The policy-cycle pages (/policy-cycle/): a section's plan, result and evaluation together. */
  cycle: ja['searchKind.cycle'],
} as const;
export const MAIN_PART = ja['searchPart.main'];

/** The part filter's value for 別添N. */
export const annexPart = (n: number | string) => ja['searchPart.annex'].replace('{{n}}', String(n));
