// Shared by the axe run and the results summary.
import { join } from 'node:path';

/** WCAG 2.0 A/AA is JIS X 8341-3:2016 AA; the 2.1 tags add checks that also serve it (reflow at 360 px). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: '360px', width: 360, height: 740 },
] as const;

export interface RuleOutcome {
  outcome: 'violation' | 'incomplete' | 'pass' | 'inapplicable';
  /** axe's wcag* tags of the rule, e.g. `wcag2aa`, `wcag143`. */
  tags: string[];
}

export interface PageOutcome {
  path: string;
  viewport: string;
  axeVersion: string;
  rules: Record<string, RuleOutcome>;
}

/** Where the axe project leaves one outcome file per page and viewport for the results project. */
export const rawResultsDir = (outputDir: string) => join(outputDir, 'a11y-raw');

export const rawResultFile = (outputDir: string, viewport: string, path: string) =>
  join(rawResultsDir(outputDir), `${viewport}--${encodeURIComponent(path || 'index')}.json`);

export type CriterionOutcome = RuleOutcome['outcome'] | 'untested';

/** What src/data/accessibility-results.json holds; the accessibility page renders it. */
export interface A11yResults {
  /** Date of the run that wrote the file (Japan time); the only field not compared between runs. */
  testedOn: string;
  tool: string;
  tags: string[];
  viewports: { name: string; width: number; height: number }[];
  pages: string[];
  violations: number;
  criteria: { sc: string; outcome: CriterionOutcome; rules: string[] }[];
}

/** axe tags a success criterion as `wcag` + its digits: wcag143 is 1.4.3, wcag1410 is 1.4.10. */
export function tagToCriterion(tag: string): string | undefined {
  const m = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : undefined;
}

/**
 * One outcome per criterion over every page and viewport: a violation anywhere wins, then a pass anywhere;
 * `incomplete` means axe needed a person to decide; `untested` means no axe rule covers the criterion.
 */
export function summarise(outcomes: readonly PageOutcome[], criteria: readonly string[]): Omit<A11yResults, 'testedOn'> {
  const rank: CriterionOutcome[] = ['violation', 'pass', 'incomplete', 'inapplicable', 'untested'];
  const rows = new Map(criteria.map((sc) => [sc, { sc, outcome: 'untested' as CriterionOutcome, rules: new Set<string>() }]));
  let violations = 0;
  for (const page of outcomes) {
    for (const [rule, { outcome, tags }] of Object.entries(page.rules)) {
      if (outcome === 'violation') violations++;
      for (const sc of tags.map(tagToCriterion)) {
        const row = sc ? rows.get(sc) : undefined;
        if (!row) continue;
        row.rules.add(rule);
        if (rank.indexOf(outcome) < rank.indexOf(row.outcome)) row.outcome = outcome;
      }
    }
  }
  return {
    tool: `axe-core ${[...new Set(outcomes.map((o) => o.axeVersion))].join(', ')}`,
    tags: [...AXE_TAGS],
    viewports: VIEWPORTS.map((v) => ({ ...v })),
    pages: [...new Set(outcomes.map((o) => o.path))].sort(),
    violations,
    criteria: [...rows.values()].map((r) => ({ sc: r.sc, outcome: r.outcome, rules: [...r.rules].sort() })),
  };
}
