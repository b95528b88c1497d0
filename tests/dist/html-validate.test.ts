// Valid HTML: html-validate, configured in .htmlvalidate.mjs, over every page of the build.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { type ConfigData, HtmlValidate, StaticConfigLoader } from 'html-validate';
import { builtPages, repoRoot } from '../support/built-pages.ts';

// Loaded explicitly, so a build checked outside the repository (DIST_DIR) gets the same rules.
const config = (await import(pathToFileURL(join(repoRoot, '.htmlvalidate.mjs')).href)).default as ConfigData;

test('every built page passes html-validate', async () => {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const pages = builtPages();
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(page.file);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`/${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector})`);
    }
  }
  assert.ok(pages.length > 0);
  assert.deepEqual(errors, [], `${errors.length} html-validate errors in ${pages.length} pages`);
});
