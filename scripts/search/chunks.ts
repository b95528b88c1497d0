/**
 * Smaller word-index chunks than Pagefind writes. Pagefind cuts a language's word index into chunks of
 * about 20,000 word positions (a constant in its source, `chunk_index(word_map, 20000)`, not an option):
 * here 20–25 kB gzipped each, and a query loads about one chunk per word it is cut into (ランサムウェア is
 * ラン / サム / ウェア in the browser, three chunks). `rechunk` re-cuts the index Pagefind wrote into chunks
 * of `POSITIONS_PER_CHUNK` positions the same way Pagefind does, gives the result fragments and chunks shorter
 * names (shortNames), and rewrites the metadata that lists both.
 * It reads Pagefind's files only as the format version it knows, and stops the build on any other.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * An eighth of Pagefind's: a word costs 3–5 kB instead of 20–25 kB; the chunk list in the metadata, loaded
 * once with the first query, grows by 1 kB over a quarter's. Cut this fine, a plain cut ranked golden queries
 * lower (75/83 against 77/83, tests/e2e/search.spec.ts): Pagefind loads only the chunk whose bounds hold a
 * query word, so the longer words it extends to (テレ → テレワーク) were missed when they lay in the next
 * chunk. Words that begin with the same `KEEP_TOGETHER` characters stay in one chunk, which keeps 77/83;
 * 1,500 positions saved under 1 kB more and lost a golden query.
 */
export const POSITIONS_PER_CHUNK = 2500;
export const KEEP_TOGETHER = 2;
/** The index format this was written against (`version` in pagefind-entry.json). */
export const FORMAT = '1.6.0';
export const SIGNATURE = 'pagefind_dcd';

// A CBOR value as Pagefind's files hold it (minicbor, definite lengths): integers, text, byte strings, arrays.
export type Cbor = number | string | Uint8Array | Cbor[];

export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 1 << (info - 24);
    const n = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return n;
  };
  const item = (): Cbor => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const n = length(head & 31);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
        return new Uint8Array(bytes.subarray(at, (at += n)));
      case 3:
        return new TextDecoder().decode(bytes.subarray(at, (at += n)));
      case 4:
        return Array.from({ length: n }, item);
      default:
        throw new Error(`Pagefind index: CBOR major type ${major} at byte ${at - 1} is not one this reads`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`Pagefind index: ${bytes.length - at} bytes after the CBOR value`);
  return value;
}

export function encodeCbor(value: Cbor): Buffer {
  const out: Buffer[] = [];
  const head = (major: number, n: number) => {
    const m = major << 5;
    if (n < 24) out.push(Buffer.from([m | n]));
    else if (n < 0x100) out.push(Buffer.from([m | 24, n]));
    else if (n < 0x10000) out.push(Buffer.from([m | 25, n >> 8, n & 255]));
    else if (n < 0x100000000) {
      const b = Buffer.alloc(5);
      b[0] = m | 26;
      b.writeUInt32BE(n, 1);
      out.push(b);
    } else throw new Error(`Pagefind index: ${n} is too large`);
  };
  const item = (v: Cbor) => {
    if (typeof v === 'number') head(v < 0 ? 1 : 0, v < 0 ? -1 - v : v);
    else if (typeof v === 'string') {
      const text = Buffer.from(v, 'utf8');
      head(3, text.length);
      out.push(text);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      out.push(Buffer.from(v));
    } else {
      head(4, v.length);
      v.forEach(item);
    }
  };
  item(value);
  return Buffer.concat(out);
}

const unpack = (file: string): Cbor => {
  const data = gunzipSync(readFileSync(file));
  if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${file}: no Pagefind signature`);
  return decodeCbor(data.subarray(SIGNATURE.length));
};
const pack = (value: Cbor) => gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encodeCbor(value)]), { level: 9 });
const hashOf = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A word of the index: [word, pages, …], each page [page number, positions, further entries]. */
export type Word = [string, [number, number[], Cbor[]][], ...Cbor[]];

/**
 * Pagefind's cut: words in byte order, a new chunk once a count reaches `size`: each page of a word counts
 * its positions and further entries, plus one (at 20,000 this gives exactly the chunks Pagefind 1.6 wrote).
 * With `keep`, a chunk runs on past `size` while the next word starts with the same `keep` characters
 * as the last.
 */
export function cut(words: Word[], size: number, keep = 0): Word[][] {
  const chunks: Word[][] = [];
  let chunk: Word[] = [];
  let positions = 0;
  const start = (w: Word) => [...w[0]].slice(0, keep).join('');
  for (const [i, word] of words.entries()) {
    positions += word[1].reduce((sum, page) => sum + page[1].length + page[2].length + 1, 0);
    chunk.push(word);
    const next = words[i + 1];
    if (positions >= size && !(keep && next && [...word[0]].length >= keep && start(next) === start(word))) {
      chunks.push(chunk);
      chunk = [];
      positions = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/**
 * Pagefind's chunk bounds: the first and last word of each chunk, shortened at each boundary to one
 * character past what the neighbours share, so that the search finds the chunks a word prefix may lie in.
 */
export function bounds(chunks: Word[][]): { from: string; to: string }[] {
  const named = chunks.map((c) => ({ from: c[0]![0], to: c.at(-1)![0] }));
  for (let i = 0; i + 1 < named.length; i++) {
    const a = [...named[i]!.to];
    const b = [...named[i + 1]!.from];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    named[i]!.to = a.slice(0, common + 1).join('');
    named[i + 1]!.from = b.slice(0, common + 1).join('');
  }
  return named;
}

/**
 * Short names for the result fragments and word-index chunks. Pagefind names each by its own content hash,
 * and the metadata that the first query loads lists them all: 1,400 fragments and 240 chunks, random hashes
 * that gzip cannot shrink (5 kB of its 12). Here they are one hash of all of them, the same in every name
 * (so a changed file still changes every URL), and the file's number.
 */
export function shortNames(language: string, hashes: readonly string[]): string[] {
  const all = createHash('sha256').update(hashes.join('\n')).digest('hex').slice(0, 8);
  return hashes.map((_, i) => `${language}_${all}${i.toString(36)}`);
}

const byteOrder = (a: Word, b: Word) => Buffer.compare(Buffer.from(a[0]), Buffer.from(b[0]));

/**
 * The entry file of the Pagefind bundle at `dir`, once its version is the format `reader` (a module of
 * scripts/search that reads Pagefind's files) was written against; any other stops the build.
 */
export function pagefindEntry(dir: string, reader: string): { version: string; languages: Record<string, { hash: string }> } {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { version: string; languages: Record<string, { hash: string }> };
  if (entry.version !== FORMAT) {
    throw new Error(`Pagefind ${entry.version} wrote the index; ${reader} reads ${FORMAT}'s format: check it against the new version.`);
  }
  return entry;
}

/** Re-cuts the word index of every language in the Pagefind bundle at `dir` and renames its fragments; returns the chunk counts. */
export function rechunk(dir: string, size = POSITIONS_PER_CHUNK): { language: string; before: number; after: number }[] {
  const entryFile = join(dir, 'pagefind-entry.json');
  const entry = pagefindEntry(dir, 'scripts/search/chunks.ts');
  const counts = Object.entries(entry.languages).map(([language, info]) => {
    const metaFile = join(dir, `pagefind.${info.hash}.pf_meta`);
    const meta = unpack(metaFile);
    // [version, pages, chunks [[from, to, hash]], filters, …]
    const listed = Array.isArray(meta) ? meta[2] : undefined;
    const pagesOk = Array.isArray(meta) && Array.isArray(meta[1]) && meta[1].every((p) => Array.isArray(p) && typeof p[0] === 'string');
    if (!Array.isArray(meta) || meta[0] !== FORMAT || !pagesOk || !Array.isArray(listed) || !listed.every((c) => Array.isArray(c) && c.length === 3 && typeof c[2] === 'string')) {
      throw new Error(`${metaFile}: not the metadata layout of Pagefind ${FORMAT}`);
    }
    const words: Word[] = [];
    for (const [, , hash] of listed as [string, string, string][]) {
      const file = join(dir, 'index', `${hash}.pf_index`);
      const index = unpack(file);
      if (!Array.isArray(index) || !Array.isArray(index[0])) throw new Error(`${file}: not a Pagefind ${FORMAT} word index`);
      words.push(...(index[0] as Word[]));
      rmSync(file);
    }
    const chunks = cut(words.sort(byteOrder), size, KEEP_TOGETHER);
    const data = chunks.map((chunk) => pack([chunk]));
    const names = shortNames(language, data.map(hashOf));
    meta[2] = bounds(chunks).map(({ from, to }, i) => {
      writeFileSync(join(dir, 'index', `${names[i]}.pf_index`), data[i]!);
      return [from, to, names[i]!];
    });
    // [[hash, word count, …], …]
    const pages = meta[1] as [string, ...Cbor[]][];
    shortNames(language, pages.map((p) => p[0])).forEach((name, i) => {
      renameSync(join(dir, 'fragment', `${pages[i]![0]}.pf_fragment`), join(dir, 'fragment', `${name}.pf_fragment`));
      pages[i]![0] = name;
    });
    const metaData = pack(meta);
    info.hash = `${language}_${hashOf(metaData).slice(0, 10)}`;
    rmSync(metaFile);
    writeFileSync(join(dir, `pagefind.${info.hash}.pf_meta`), metaData);
    return { language, before: listed.length, after: chunks.length };
  });
  writeFileSync(entryFile, JSON.stringify(entry));
  return counts;
}
