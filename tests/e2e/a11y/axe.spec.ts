// JIS X 8341-3:2016 level AA (= WCAG 2.0 AA) as far as a tool can check it: axe on every built page at a
// desktop and a 360 px viewport. Each test records its outcome per rule for results.spec.ts, which turns
// them into the table on the accessibility page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../../support/built-pages.ts';
import { AXE_TAGS, rawResultFile, rawResultsDir, VIEWPORTS, type PageOutcome, type RuleOutcome } from './support.ts';

const pages = builtPages();

for (const viewport of VIEWPORTS) {
  test.describe(`axe at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    for (const { path } of pages) {
      test(`/${path}`, async ({ page }, testInfo) => {
        // axe walks every node: 別添6 (76 footnote references, 10 charts, 30 tables) takes over 30 s on 2 cores.
        test.setTimeout(120_000);
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();

        const rules: Record<string, RuleOutcome> = {};
        const record = (outcome: RuleOutcome['outcome'], list: typeof results.passes) => {
          for (const r of list) rules[r.id] = { outcome, tags: r.tags.filter((t) => t.startsWith('wcag')) };
        };
        // Later calls win, so a rule that failed anywhere on the page is recorded as a violation.
        record('inapplicable', results.inapplicable);
        record('pass', results.passes);
        record('incomplete', results.incomplete);
        record('violation', results.violations);
        const outcome: PageOutcome = { path, viewport: viewport.name, axeVersion: results.testEngine.version, rules };
        mkdirSync(rawResultsDir(testInfo.project.outputDir), { recursive: true });
        writeFileSync(rawResultFile(testInfo.project.outputDir, viewport.name, path), JSON.stringify(outcome));

        // Reflow (WCAG 2.1 1.4.10), which axe does not check: the page itself never scrolls sideways;
        // wide content scrolls inside its own region.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect.soft(overflow, `/${path} is ${overflow} px wider than the ${viewport.name} viewport`).toBeLessThanOrEqual(0);

        const found = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary}`));
        expect(found, `axe violations on /${path} at ${viewport.name}`).toEqual([]);
      });
    }
  });
}
