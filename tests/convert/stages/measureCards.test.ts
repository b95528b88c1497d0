// Measure rows become labelled cards on narrow screens; the labels travel as CSS properties of the table.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { columnLabels } from '../../../scripts/convert/emit/mdx/handlers/measureTable.ts';

test('columnLabels: one quoted CSS string per column, in column order', () => {
  assert.equal(columnLabels(['項番', '担当府省庁', '2020年度 年次計画']), "--label-key:'項番';--label-ministries:'担当府省庁';--label-plan:'2020年度 年次計画'");
  assert.match(columnLabels(['No.', 'Ministries', 'FY2019 plan', 'Results and progress']), /;--label-result:'Results and progress'$/);
});

test('columnLabels: a label that would end the CSS string or the attribute stops the conversion', () => {
  for (const bad of ["it's", 'say "x"', 'a\\b']) assert.throws(() => columnLabels(['項番', bad, '計画']), /cannot be a CSS string/);
});

test('every label property a card draws is one the emitter sets', () => {
  const css = readFileSync(join(import.meta.dirname, '../../../src/styles/custom.css'), 'utf8');
  const drawn = new Set([...css.matchAll(/content: var\((--label-[a-z]+)\)/g)].map((m) => m[1]));
  const set = new Set([...columnLabels(['a', 'b', 'c', 'd']).matchAll(/(--label-[a-z]+):/g)].map((m) => m[1]));
  assert.deepEqual([...drawn].sort(), [...set].sort());
});
