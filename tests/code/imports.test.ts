/**
 * No module of the converter, the tools or the site imports itself through others: a cycle makes the
 * order of module evaluation matter and ties stages together that should stand alone. dpdm reads the
 * TypeScript files (type-only imports included); it cannot parse .astro files, so a cycle that runs
 * through a component is not seen here.
 */
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree } from 'dpdm';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('scripts/ and src/ have no import cycles', async () => {
  const tree = await parseDependencyTree(['scripts/**/*.ts', 'src/**/*.ts'], {
    context: repoRoot,
    cwd: repoRoot,
    tsconfig: join(repoRoot, 'tsconfig.json'),
    transform: false,
  });
  assert.ok(Object.keys(tree).filter((f) => f.startsWith('scripts/convert/')).length > 50, 'dpdm read the converter');
  const cycles = parseCircular(tree).map((cycle) => cycle.join(' → '));
  assert.deepEqual(cycles, []);
});
