/**
 * Pagefind writes its index files and its WebAssembly as gzip streams, which a host sends as they are and
 * Pagefind's script inflates. Zopfli finds a smaller gzip stream of the same bytes (about 5 % smaller for
 * the wasm, 16 % for the metadata, 12 % for the filters: 4.5 kB of a first query), so `recompress` rewrites
 * with it the files that every first query loads: the wasm, the metadata and the filters. The word-index
 * chunks and result fragments (1,650 files) are left as written: zopfli takes 20 s over the chunks and
 * minutes over the fragments, for 4–5 % of the few that a query loads.
 * It reads Pagefind's files only as the format version chunks.ts knows, and stops the build on any other.
 */
import { gzipAsync } from '@gfx/zopfli';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pagefindEntry, SIGNATURE } from './chunks.ts';

/** The files rewritten, as paths under the bundle directory. */
export function recompressedFiles(dir: string): string[] {
  const under = (sub: string, ext: string) => readdirSync(join(dir, sub)).filter((f) => f.endsWith(ext)).map((f) => join(sub, f));
  return [...under('.', '.pagefind'), ...under('.', '.pf_meta'), ...under('filter', '.pf_filter')];
}

/** Rewrites `recompressedFiles(dir)` with zopfli where that is smaller; returns the bytes before and after. */
export async function recompress(dir: string): Promise<{ files: number; before: number; after: number }> {
  pagefindEntry(dir, 'scripts/search/recompress.ts');
  let before = 0;
  let after = 0;
  const files = recompressedFiles(dir);
  for (const name of files) {
    const file = join(dir, name);
    const stored = readFileSync(file);
    const data = gunzipSync(stored);
    // Pagefind's script inflates a file unless it starts with the signature (a host that decompressed it).
    if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${file}: no Pagefind signature after gunzip`);
    const smaller = Buffer.from(await gzipAsync(data, { numiterations: 15 }));
    if (!gunzipSync(smaller).equals(data)) throw new Error(`${file}: zopfli's stream does not inflate to the same bytes`);
    if (smaller.length < stored.length) writeFileSync(file, smaller);
    before += stored.length;
    after += Math.min(smaller.length, stored.length);
  }
  return { files: files.length, before, after };
}
