import { REPORT_UNITS } from '../../reportUnits.ts';
import type { VFile } from 'vfile';
import type { Measure } from '../../../../src/schemas/measure.ts';
import type { Ministry } from '../../../../src/schemas/ministry.ts';
import type { PolicyCycleSection } from '../../../../src/schemas/policyCycle.ts';
import { collect } from '../../messages.ts';
import { type Lang, languages, type Translate } from '../../strings.ts';
import type { Root } from '../../types.ts';
import { checkFootnoteCitations, checkUniqueIds } from './checks.ts';
import { ministryPages } from './ministryPages.ts';
import { type ChildLink, unitToMdx } from './page.ts';
import { policyCyclePages } from './policyCyclePages.ts';

export interface SiteInput {
  measures: readonly Measure[];
  ministries: readonly Ministry[];
  policyCycle: readonly PolicyCycleSection[];
  headingsEn: ReadonlyMap<string, string>;
  t: Record<Lang, Translate>;
}

/**
 * Every page of the site in every language (the English ones under `en/`), by path under content/docs:
 * one per unit, then the ministry pages and the policy-cycle pages. Each unit's page is checked as written (footnotes cited, ids
 * unique); a failed check is kept on `file` and the next page is written.
 */
export function sitePages(root: Root, input: SiteInput, file: VFile): Map<string, string> {
  const measuresById = new Map(input.measures.map((m) => [m.id, m]));
  const ministryNames = new Map(input.ministries.map((m) => [m.ja, m]));
  const annex3Ids = new Set(root.children.filter((u) => u.id === REPORT_UNITS.ministryEvaluations).flatMap((u) => u.children.flatMap((b) => (b.type === 'heading' ? [b.id] : []))));
  const pages = new Map<string, string>();
  for (const lang of languages) {
    const prefix = lang === 'ja' ? '' : `${lang}/`;
    const context = { lang, t: input.t[lang], ministries: ministryNames, measures: measuresById, headingsEn: input.headingsEn };
    for (const unit of root.children) {
      const children: ChildLink[] = root.children.filter((u) => u.parent === unit.id).map((u) => ({ slug: u.slug, title: u.title, titleEn: u.titleEn }));
      const path = `${prefix}${children.length > 0 ? `${unit.slug}/index.mdx` : `${unit.slug}.mdx`}`;
      const mdx = unitToMdx(unit, children, context);
      collect(file, () => checkFootnoteCitations(unit, mdx, path));
      collect(file, () => checkUniqueIds(unit, mdx, path));
      pages.set(path, mdx);
    }
    const ministryInput = { root, measures: input.measures, ministries: input.ministries, policyCycle: input.policyCycle, order: root.children.length, annex3Ids, headingsEn: input.headingsEn, t: input.t };
    for (const [path, text] of ministryPages(ministryInput, lang)) pages.set(`${prefix}${path}`, text);
    const cycleInput = { root, sections: input.policyCycle, measures: input.measures, ministries: input.ministries, headingsEn: input.headingsEn, order: root.children.length, t: input.t };
    for (const [path, text] of policyCyclePages(cycleInput, lang)) pages.set(`${prefix}${path}`, text);
  }
  return pages;
}
