import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { renderDataFiles } from '../../scripts/convert/emit/json/dataFiles.ts';
import { repoRoot, seedConversion, seedLines } from './support.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

test('the committed MDX pages are exactly what `npm run convert` writes', () => {
  const docs = join(repoRoot, 'content', 'docs');
  const { pages } = seedConversion();
  const committed = filesUnder(docs).map((f) => relative(docs, f)).sort();
  assert.deepEqual(committed, [...pages.keys()].sort(), 'page files differ: run `npm run convert` and commit content/');
  for (const [path, text] of pages) {
    assert.equal(readFileSync(join(docs, path), 'utf8'), text, `content/docs/${path} is stale: run \`npm run convert\` and commit it`);
  }
});

test('the committed outline and coverage report are exactly what `npm run convert` writes', () => {
  for (const [path, text] of renderDataFiles(seedConversion(), seedLines)) {
    assert.equal(readFileSync(join(repoRoot, 'content', 'data', path), 'utf8'), text, `content/data/${path} is stale: run \`npm run convert\``);
  }
});
