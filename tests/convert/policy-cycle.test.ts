/** The policy-cycle data and pages as the converter builds them from the real seed (issue 17). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseLinks } from '../../scripts/measures/linksFile.ts';
import { repoRoot, seedConversion } from './support.ts';

const { policyCycle, measures, pages } = seedConversion();
const links = parseLinks(readFileSync(join(repoRoot, 'content', 'measures', 'links.csv'), 'utf8'));

test('17 sections in the order of 2部2章, with stable ASCII ids', () => {
  assert.deepEqual(
    policyCycle.map((s) => s.id),
    ['1-1', '1-2', '1-3', '2-1', '2-2', '2-3', '2-4', '2-5', '2-6', '2-7', '3-1', '3-2', '3-3', '4-1', '4-2', '4-3', '5'],
  );
  assert.equal(policyCycle[0]!.title.ja, '新たな価値創出を支えるサイバーセキュリティの推進');
  assert.equal(policyCycle.at(-1)!.title.ja, '推進体制');
});

test('every row of 別添1 and 別添2 is in exactly one section; new and ended are those of the links file', () => {
  for (const year of [2020, 2019] as const) {
    const listed = policyCycle.flatMap((s) => (year === 2020 ? s.measures2020 : s.measures2019));
    assert.equal(listed.length, year === 2020 ? 309 : 303);
    assert.deepEqual(new Set(listed), new Set(measures.filter((m) => m.year === year).map((m) => m.id)));
  }
  const newIds = links.filter((l) => l.id2020 && !l.id2019).map((l) => l.id2020);
  const endedIds = links.filter((l) => l.id2019 && !l.id2020).map((l) => l.id2019);
  assert.deepEqual(new Set(policyCycle.flatMap((s) => s.new)), new Set(newIds));
  assert.deepEqual(new Set(policyCycle.flatMap((s) => s.ended)), new Set(endedIds));
  // Each linked line of links.csv is a pair of the section(s) its rows are in, with its method.
  for (const l of links.filter((x) => x.id2020 && x.id2019)) {
    const holders = policyCycle.filter((s) => s.pairs.some((p) => p.id2020 === l.id2020 && p.id2019 === l.id2019 && p.method === l.method));
    assert.ok(holders.length >= 1 && holders.length <= 2, `${l.key2020} ⇄ ${l.key2019}`);
  }
});

test('a measure moved between sections shows on both pages (1.2(1)(イ) came from 4.2(1)(カ))', () => {
  const moved = links.find((l) => l.method === 'moved')!;
  for (const id of ['1-2', '4-2']) {
    const page = pages.get(`policy-cycle/${id}.mdx`)!;
    assert.ok(page.includes(`#${moved.id2020}"`) && page.includes(`#${moved.id2019}"`), id);
  }
});

test('each page quotes its 【評価】 and links its three blocks in 2部2章, in both languages', () => {
  for (const prefix of ['', 'en/']) {
    for (const s of policyCycle) {
      const page = pages.get(`${prefix}policy-cycle/${s.id}.mdx`)!;
      const heading = s.evaluationUrl.split('#')[1]!;
      for (const block of ['results', 'evaluation', 'plan']) assert.ok(page.includes(`part-2/chapter-2/#${heading.replace(/evaluation$/, block)}"`), `${prefix}${s.id} ${block}`);
      assert.match(page, /<blockquote class="cycle-evaluation"[^>]*>\n<p>/);
    }
  }
});
