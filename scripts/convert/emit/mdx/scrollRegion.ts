import { jsxAttribute } from '../escape.ts';

/** How a region is named: by the id of its table's caption, or by a label of its own when the table has none. */
export type RegionName = { labelledBy: string } | { label: string };

/**
 * A wide table's scroll region, as README "Wide tables" says to emit it: focusable, so that keyboard users
 * can scroll it, and named, so that they know which table they are in. `className` adds a class
 * (`measures` for tables that turn into cards on a phone).
 */
export function scrollRegion(name: RegionName, content: readonly string[], className?: string): string[] {
  const aria = 'labelledBy' in name ? `aria-labelledby="${name.labelledBy}"` : jsxAttribute('aria-label', name.label);
  return [`<div class="table-scroll${className ? ` ${className}` : ''}" role="region" ${aria} tabindex="0">`, ...content, '</div>'];
}
