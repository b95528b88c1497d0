import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inlineText } from '../../../scripts/convert/stages/inlines.ts';
import { mapProse, type ProsePlace } from '../../../scripts/convert/stages/proseRuns.ts';
import { seedConversion } from '../support.ts';

const { root } = seedConversion();
const places: { place: ProsePlace; text: string }[] = [];
const mapped = mapProse(root, (run, place) => {
  places.push({ place, text: inlineText(run) });
  return [...run];
});

test('mapProse reaches prose in every holder and in every block that holds paragraphs', () => {
  const holders = new Set(places.map((p) => p.place.holder));
  assert.deepEqual([...holders].sort(), ['definition', 'figureText', 'footnote', 'paragraph', 'tableCell', 'tableNote']);
  const within = new Set(places.filter((p) => p.place.holder === 'paragraph').map((p) => p.place.within));
  for (const block of ['unit', 'column', 'figure', 'strategyBox', 'measureTable'] as const) assert.ok(within.has(block), `no paragraph found within ${block}`);
});

test('mapProse reaches every measure row’s plan and result', () => {
  const rows = root.children.flatMap((u) => u.children.flatMap((b) => (b.type === 'measureTable' ? b.rows : [])));
  const reached = places.filter((p) => p.place.within === 'measureTable').length;
  const paragraphs = rows.flatMap((r) => r.parts.flatMap((part) => [...part.plan, ...part.result])).length;
  assert.equal(reached, paragraphs);
});

test('an identity map gives back an equal tree', () => {
  assert.deepEqual(mapped, root);
});
