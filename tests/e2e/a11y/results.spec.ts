// Runs after every axe test has passed (project `a11y-results` depends on `a11y`): sums their outcomes per
// success criterion and checks that src/data/accessibility-results.json, which the accessibility page
// renders, still says what this run found. `npm run a11y:update` rewrites the file with today's date.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, repoRoot } from '../../support/built-pages.ts';
import { type A11yResults, type PageOutcome, rawResultsDir, summarise, VIEWPORTS } from './support.ts';

const RESULTS_FILE = join(repoRoot, 'src', 'data', 'accessibility-results.json');
const criteria = (JSON.parse(readFileSync(join(repoRoot, 'src', 'data', 'wcag20.ja.json'), 'utf8')) as { criteria: { sc: string }[] }).criteria.map((c) => c.sc);

test('the published test results are those of this run', async ({}, testInfo) => {
  const dir = rawResultsDir(testInfo.project.outputDir);
  const outcomes = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as PageOutcome);
  const expected = builtPages().flatMap(({ path }) => VIEWPORTS.map((v) => `${v.name} /${path}`));
  expect(outcomes.map((o) => `${o.viewport} /${o.path}`).sort(), 'an axe result for every page at every viewport').toEqual(expected.sort());

  const fresh = summarise(outcomes, criteria);
  if (process.env.UPDATE_A11Y_RESULTS) {
    const testedOn = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
    writeFileSync(RESULTS_FILE, JSON.stringify({ testedOn, ...fresh } satisfies A11yResults, null, 2) + '\n');
    return;
  }
  const { testedOn, ...published } = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as A11yResults;
  expect(testedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(published, 'src/data/accessibility-results.json is out of date: run `npm run a11y:update` and commit it').toEqual(fresh);
});
