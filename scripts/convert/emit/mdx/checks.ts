import { fail } from '../../messages.ts';
import type { UnitNode } from '../../types.ts';

/** `id="…"` attributes and `{#…}` heading ids of a generated page. */
const ID_PATTERN = /\bid="([^"]+)"|\{#([^}\s]+)\}/g;

/**
 * Every footnote of a page is cited, and every reference its markers found is on the page: a stage that
 * rebuilds text without its footnote references (a table cell, a heading's name) would lose them.
 */
export function checkFootnoteCitations(unit: UnitNode, mdx: string, path: string): void {
  for (const fn of unit.footnotes) {
    const cited = mdx.split(`href="#${fn.id}"`).length - 1;
    const missing = fn.refIds.filter((id) => !mdx.includes(`id="${id}"`));
    if (cited === 0 || missing.length > 0) {
      fail({
        line: fn.lines[0]!,
        column: 1,
        reason: cited === 0 ? `footnote ${fn.label} (${fn.series}) is cited nowhere on ${path}` : `${missing.length} of the references to footnote ${fn.label} (${fn.series}) are missing from ${path}`,
        rule: cited === 0 ? 'footnotes/never-cited' : 'footnotes/reference-lost',
        expected: `${fn.refIds.length} reference(s) linking to #${fn.id}: ${fn.refIds.join(', ')}`,
        found: `${cited} link(s) to #${fn.id}${missing.length > 0 ? `; missing ${missing.join(', ')}` : ''}`,
        fix: 'a stage rebuilt the text that holds the marker without its footnote reference (build it with lineInlines/cellInlines, scripts/convert/stages/annexes/lines.ts), or the marker is on another page than its note, which goes to the page of its first marker',
      });
    }
  }
}

/** No id is emitted twice on a page: a link to it would go to whichever comes first. */
export function checkUniqueIds(unit: UnitNode, mdx: string, path: string): void {
  const seen = new Set<string>();
  for (const match of mdx.matchAll(ID_PATTERN)) {
    const id = (match[1] ?? match[2])!;
    if (!seen.has(id)) {
      seen.add(id);
      continue;
    }
    const line = unit.footnotes.find((fn) => fn.refIds.includes(id) || fn.id === id)?.lines[0] ?? unit.position?.start.line ?? 1;
    fail({
      line,
      column: 1,
      reason: `the id \`${id}\` is emitted twice on ${path}`,
      rule: 'emit/duplicate-id',
      expected: 'each id once per page',
      found: `a second \`${id}\` at offset ${match.index} of the page`,
      fix: 'ids must be unique per page: number repeated references (fnref-<series>-<label>-<n>) and rows',
    });
  }
}
