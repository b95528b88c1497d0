// The re-cut of Pagefind's word index (scripts/search/chunks.ts): CBOR as RFC 8949 encodes it, and chunks cut
// and bounded as Pagefind's own tests expect (pagefind/src/index/mod.rs, build_index_chunks and build_chunk_meta).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bounds, cut, decodeCbor, encodeCbor, shortNames, type Cbor, type Word } from '../../scripts/search/chunks.ts';

test('CBOR: the examples of RFC 8949 appendix A encode and decode both ways', () => {
  const examples: [Cbor, string][] = [
    [0, '00'],
    [23, '17'],
    [24, '1818'],
    [100, '1864'],
    [1000, '1903e8'],
    [1000000, '1a000f4240'],
    [-1, '20'],
    [-100, '3863'],
    [-1000, '3903e7'],
    ['', '60'],
    ['IETF', '6449455446'],
    ['水', '63e6b0b4'],
    [[], '80'],
    [[1, [2, 3], [4, 5]], '8301820203820405'],
    [Array.from({ length: 25 }, (_, i) => i + 1), '98190102030405060708090a0b0c0d0e0f101112131415161718181819'],
    [new Uint8Array([1, 2, 3, 4]), '4401020304'],
  ];
  for (const [value, hex] of examples) {
    assert.equal(encodeCbor(value).toString('hex'), hex, JSON.stringify(value));
    assert.deepEqual(decodeCbor(Buffer.from(hex, 'hex')), value, hex);
  }
});

test('chunks are cut and bounded as Pagefind cuts them', () => {
  const word = (text: string, pages: [number, number[]][]): Word => [text, pages.map(([page, locs]) => [page, locs, []]), []];
  const words = [
    word('apple', [
      [1, [20, 40, 60]],
      [5, [3, 6, 9]],
    ]),
    word('apricot', [[5, [45, 3432, 6003]]]),
    word('banana', [[5, [100, 500, 900, 566]]]),
    word('peach', [[5, [383, 2, 678]]]),
  ];
  const chunks = cut(words, 8);
  assert.deepEqual(
    chunks.map((c) => c.map((w) => w[0])),
    [['apple'], ['apricot', 'banana'], ['peach']],
  );
  assert.deepEqual(bounds(chunks), [
    { from: 'apple', to: 'app' },
    { from: 'apr', to: 'b' },
    { from: 'p', to: 'peach' },
  ]);
});

test('short names are unique, share one prefix, and change when any fragment does', () => {
  const hashes = Array.from({ length: 1500 }, (_, i) => `ja_${(i * 7919).toString(16).padStart(7, '0')}`);
  const names = shortNames('ja', hashes);
  assert.equal(new Set(names).size, hashes.length);
  assert.ok(names.every((n) => n.startsWith(names[0]!.slice(0, 11)) && /^ja_[0-9a-f]{8}[0-9a-z]+$/.test(n)));
  const changed = shortNames('ja', [...hashes.slice(0, -1), 'ja_fffffff']);
  assert.ok(names.every((n, i) => n !== changed[i]));
});

test('with keep, words that start alike stay in one chunk past the size', () => {
  const word = (text: string, positions: number): Word => [text, [[0, Array.from({ length: positions }, (_, i) => i), []]], []];
  const words = [word('テレ', 9), word('テレビ', 1), word('テレワーク', 5), word('データ', 5), word('デジタル', 9), word('電子', 1)];
  assert.deepEqual(
    cut(words, 8).map((c) => c.map((w) => w[0])),
    [['テレ'], ['テレビ', 'テレワーク'], ['データ', 'デジタル'], ['電子']],
  );
  assert.deepEqual(
    cut(words, 8, 2).map((c) => c.map((w) => w[0])),
    [['テレ', 'テレビ', 'テレワーク'], ['データ', 'デジタル'], ['電子']],
  );
});
