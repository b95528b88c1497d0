// Zopfli's smaller gzip streams of Pagefind's files (scripts/search/recompress.ts): the same bytes inflate
// from them, and a bundle of another Pagefind version stops the build.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FORMAT, SIGNATURE } from '../../scripts/search/chunks.ts';
import { recompress, recompressedFiles } from '../../scripts/search/recompress.ts';

/** A bundle of Pagefind's layout: entry, wasm, metadata, a filter and a word-index chunk, gzip level 9. */
function bundle(version: string): { dir: string; contents: Map<string, Buffer> } {
  const dir = mkdtempSync(join(tmpdir(), 'recompress-'));
  mkdirSync(join(dir, 'filter'));
  mkdirSync(join(dir, 'index'));
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version, languages: {} }));
  const contents = new Map<string, Buffer>();
  // Repetitive text with numbers, as the metadata's page list is, so that there is something to find.
  const text = (n: number) => Buffer.from(SIGNATURE + Array.from({ length: n }, (_, i) => `ja_0f${i.toString(36)}:${(i * 7919) % 2000};`).join(''));
  for (const [name, data] of [
    ['wasm.unknown.pagefind', text(3000)],
    ['pagefind.ja_1.pf_meta', text(1500)],
    [join('filter', 'ja_2.pf_filter'), text(500)],
    [join('index', 'ja_3.pf_index'), text(500)],
  ] as const) {
    contents.set(name, data);
    writeFileSync(join(dir, name), gzipSync(data, { level: 9 }));
  }
  return { dir, contents };
}

test('the wasm, metadata and filters get smaller gzip streams of the same bytes; word-index chunks are left', async () => {
  const { dir, contents } = bundle(FORMAT);
  assert.deepEqual(recompressedFiles(dir).sort(), ['filter/ja_2.pf_filter', 'pagefind.ja_1.pf_meta', 'wasm.unknown.pagefind']);
  const sizes = new Map([...contents.keys()].map((name) => [name, readFileSync(join(dir, name)).length]));
  const { files, before, after } = await recompress(dir);
  assert.equal(files, 3);
  assert.ok(after < before, `${after} < ${before}`);
  for (const [name, data] of contents) {
    const stored = readFileSync(join(dir, name));
    assert.deepEqual(gunzipSync(stored), data, name);
    if (name.startsWith('index')) assert.equal(stored.length, sizes.get(name), `${name} is left as written`);
    else assert.ok(stored.length < sizes.get(name)!, `${name}: ${stored.length} < ${sizes.get(name)}`);
  }
});

test('a bundle of another Pagefind version stops the build', async () => {
  await assert.rejects(recompress(bundle('1.7.0').dir), /Pagefind 1\.7\.0 wrote the index/);
});
