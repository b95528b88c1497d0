import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { scrollRegion } from '../../../scripts/convert/emit/mdx/scrollRegion.ts';
import { repoRoot } from '../support.ts';

/** The attribute names of an opening tag, in order. */
const attributeNames = (tag: string): string[] => [...tag.matchAll(/ ([a-z-]+)=/g)].map((m) => m[1]!);

describe('the scroll region of a wide table', () => {
  test('named by its caption, it wraps the table in a focusable region', () => {
    assert.deepEqual(scrollRegion({ labelledBy: 'a4-10-budget-caption' }, ['<table>', '</table>']), [
      '<div class="table-scroll" role="region" aria-labelledby="a4-10-budget-caption" tabindex="0">',
      '<table>',
      '</table>',
      '</div>',
    ]);
  });

  test('a table without a caption names its region itself, the name written as a JSX string; a class can be added', () => {
    assert.deepEqual(scrollRegion({ label: '表 "1"' }, [], 'measures'), ['<div class="table-scroll measures" role="region" aria-label={"表 \\"1\\""} tabindex="0">', '</div>']);
  });

  test('every region in the generated pages is written as README "Wide tables" says', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const example = readme.match(/<div class="table-scroll"[^>]*>/)![0];
    const expected = attributeNames(example).map((name) => name.replace(/^aria-label$/, 'aria-label(ledby)?'));
    const pattern = new RegExp(`^${expected.join(' ')}$`);
    const files = readdirSync(join(repoRoot, 'content', 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
    const regions = files.flatMap((f) => readFileSync(join(repoRoot, 'content', 'docs', f), 'utf8').match(/<div class="table-scroll[^\n]*/g) ?? []);
    assert.ok(regions.length > 100, `${regions.length} regions`);
    for (const region of regions) assert.match(attributeNames(region).join(' '), pattern, region);
  });
});
