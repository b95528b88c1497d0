// Measure rows become labelled cards on narrow screens; the labels travel as CSS properties of the table.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { columnLabels } from '../../../scripts/convert/emit/mdx/handlers/measureTable.ts';
import { opening } from '../../../scripts/convert/emit/mdx/ministryPages.ts';

test('columnLabels: one quoted CSS string per column, in column order', () => {
  assert.equal(columnLabels({ key: '項番', ministries: '担当府省庁', plan: '2020年度 年次計画' }), "--label-key:'項番';--label-ministries:'担当府省庁';--label-plan:'2020年度 年次計画'");
  assert.match(columnLabels({ key: 'No.', result: 'Results and progress' }), /;--label-result:'Results and progress'$/);
});

test('opening: the first sentence of the first paragraph, cut with an ellipsis when very long', () => {
  assert.equal(opening('・総務省において調査を行う。また、周知する。\n・次の段落。'), '・総務省において調査を行う。');
  assert.equal(opening('句点のない計画'), '句点のない計画');
  assert.equal(opening(`${'あ'.repeat(130)}。`), `${'あ'.repeat(120)}…`);
});

test('columnLabels: a label that would end the CSS string or the attribute stops the conversion', () => {
  for (const bad of ["it's", 'say "x"', 'a\\b']) assert.throws(() => columnLabels({ key: '項番', plan: bad }), /cannot be a CSS string/);
});

test('every label property a card draws is one the emitter sets', () => {
  const css = ['custom.css', 'policy-cycle.css'].map((f) => readFileSync(join(import.meta.dirname, '../../../src/styles', f), 'utf8')).join('\n');
  const drawn = new Set([...css.matchAll(/content: var\((--label-[a-z]+)\)/g)].map((m) => m[1]));
  // Measure tables, ministry pages (emit/mdx/ministryPages.ts) and policy-cycle pages (policyCyclePages.ts, `next`: the 2020 plan) between them use these columns.
  const columns = { key: 'a', ministries: 'b', plan: 'c', result: 'd', node: 'e', status: 'f', next: 'g' };
  const set = new Set([...columnLabels(columns).matchAll(/(--label-[a-z]+):/g)].map((m) => m[1]));
  assert.deepEqual([...drawn].sort(), [...set].sort());
});
