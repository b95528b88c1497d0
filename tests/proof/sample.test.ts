import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lineEnds } from '../../scripts/proof/align.ts';
import { proofBlocks, proofKinds, type ProofBlock } from '../../scripts/proof/blocks.ts';
import { sample, samplePool, sampleText } from '../../scripts/proof/sample.ts';
import { seedConversion, seedLines } from '../convert/support.ts';
import { toyFates, toyRoot, toySource } from './toy.ts';

const toyBlocks = (): ProofBlock[] => proofBlocks(toyRoot(), toyFates, (l) => toySource[l - 1]!);
const ids = (blocks: readonly ProofBlock[]): string[] => blocks.map((b) => b.id);

describe('proof sample', () => {
  const pool = samplePool(toyBlocks());

  test('the pool holds every block and each table row', () => {
    assert.deepEqual(ids(pool).sort(), ['fn-main-1', 't1', 't1/r1', 't1/r2', 'u1', 'u1/p1', 'u1/p3', 'u2', 'u2/p2']);
  });

  test('the same seed gives the same sample, another seed another', () => {
    assert.deepEqual(ids(sample(pool, 4, 7)), ids(sample(pool, 4, 7)));
    const draws = new Set([1, 2, 3, 4, 5].map((seed) => ids(sample(pool, 4, seed)).join(' ')));
    assert.ok(draws.size > 1, `five seeds drew only ${[...draws].join(' | ')}`);
    assert.notDeepEqual(ids(sample(pool, 4, 1)), ids(sample(pool, 4, 2)));
  });

  test('the draw is spread over the pages: every page gives one block before any gives a second', () => {
    for (const seed of [1, 2, 3]) assert.deepEqual(sample(pool, 2, seed).map((b) => b.page).sort(), ['one', 'two']);
  });

  test('a sampled block prints its source lines with their ends, furniture marked, and its rendered text', () => {
    const blocks = toyBlocks();
    const context = { source: toySource, fates: toyFates, ends: lineEnds(toyFates, new Map(blocks.map((b) => [b.id, b]))), decisions: new Map() };
    const text = sampleText(blocks.find((b) => b.id === 'u1/p1')!, 1, 1, context);
    assert.equal(
      text,
      [
        '━━ 1/1 ━━ u1/p1 · paragraph · /one/ · L3–6',
        'source:',
        '      3 │ 一文目は1、  ↩',
        '      5 │ [furniture: runningHead] 本編',
        '      6 │ 続く。␠  ¶ split',
        'rendered:',
        '  ¶            一文目は[^1]、続く。',
      ].join('\n'),
    );
  });

  test("a paragraph rule's decision replaces the line end mark, with its reason", () => {
    const blocks = toyBlocks();
    const decisions = new Map([[6, { line: 6, decision: 'kept' as const, reason: 'a sentence ends with 。' }]]);
    const context = { source: toySource, fates: toyFates, ends: lineEnds(toyFates, new Map(blocks.map((b) => [b.id, b]))), decisions };
    assert.match(sampleText(blocks.find((b) => b.id === 'u1/p1')!, 1, 1, context), /\n {6}6 │ 続く。␠  ‼ kept: a sentence ends with 。\n/);
  });
});

describe('proof blocks of the real report', () => {
  const result = seedConversion();
  const blocks = proofBlocks(result.root, result.fates, (l) => seedLines[l - 1]!);
  const byId = new Map(blocks.map((b) => [b.id, b]));

  test('every kept line belongs to a block with the id the coverage report gives it, and ids are unique', () => {
    assert.equal(byId.size, blocks.length);
    const orphans = result.fates.filter((f) => (f.role === 'text' || f.role === 'heading' || f.role === 'footnote') && !byId.has(f.target));
    assert.deepEqual(orphans.slice(0, 3), []);
    const foreign = blocks.filter((b) => b.lines.some((l) => result.fates[l - 1]!.target !== b.id));
    assert.deepEqual(ids(foreign.slice(0, 3)), []);
  });

  test('every table row is found among its table’s lines by its cells’ text', () => {
    const lost = blocks.flatMap((b) => (b.rows ?? []).filter((r) => r.lines.length === 0 || r.lines.some((l) => !b.lines.includes(l))));
    assert.deepEqual(ids(lost.slice(0, 3)), []);
  });

  test('every block kind can be sampled', () => {
    const pool = samplePool(blocks);
    assert.deepEqual([...new Set(pool.map((b) => b.kind))].sort(), [...proofKinds].sort());
    assert.deepEqual([...new Set(sample(pool, pool.length, 1).map((b) => b.kind))].sort(), [...proofKinds].sort());
  });

  test('a sample of 60 reaches 本編 and every annex', () => {
    const pages = new Set(sample(samplePool(blocks), 60, 1).map((b) => b.page.split('/')[0]));
    for (const top of ['part-1', 'part-2', 'annex-1', 'annex-2', 'annex-3', 'annex-4', 'annex-5', 'annex-6', 'annex-7', 'annex-8']) assert.ok(pages.has(top), `no block of /${top}/`);
  });
});
