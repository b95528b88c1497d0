// README "Project layout": one table with a header row, no path listed twice, every path it names exists.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.split(/^## Project layout$/m)[1]!.split(/^## /m)[0]!;
const rows = section.split('\n').filter((l) => l.startsWith('|'));

test('the project layout is one table with a header row', () => {
  assert.deepEqual(rows.slice(0, 2), ['| path | what |', '| --- | --- |']);
  const lines = section.split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  assert.deepEqual(lines.slice(first, first + rows.length), rows, 'the rows are one block, no second table');
});

test('no path is listed twice, and every path in the first column exists', () => {
  const paths = rows.slice(2).flatMap((r) => [...r.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
  assert.ok(paths.length > 30);
  assert.deepEqual(paths.filter((p, i) => paths.indexOf(p) !== i), []);
  for (const path of paths) assert.ok(existsSync(join(root, path)), `${path} exists`);
});
