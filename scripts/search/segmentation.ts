/**
 * `npm run search:segmentation`: how Pagefind splits this report's vocabulary when indexing (charabia,
 * read back from a throw-away index) and how a query is split in the browser (Intl.Segmenter, here
 * Node's ICU), and whether every query word can find the indexed term. Prints a table for the README;
 * asserts nothing.
 */
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { normalizeQuery } from '../../src/lib/search/text.ts';

// Terms of the report (kanji and katakana compounds, acronyms, numbers) plus width and dakuten variants.
const VOCABULARY = [
  '内閣サイバーセキュリティセンター', '重要インフラ事業者', 'サイバーセキュリティ戦略本部', '新型コロナウイルス感染症',
  '情報共有', '多要素認証', '標的型攻撃', '人材育成', '政府機関等', '東京2020大会', '2020年度', 'IoT機器',
  'サプライチェーン', 'ランサムウェア', 'テレワーク', 'クラウドサービス', 'サイバーセキュリティ経営ガイドライン',
  'ガイドライン', 'セプター', 'フィッシング', '脆弱性', '制御システム', '普及啓発', '産業サイバーセキュリティ研究会',
  '情報セキュリティインシデント', 'サイバー犯罪', 'GSOC', 'NISC', 'CSIRT', '5G',
];

/** Minimal CBOR reader (RFC 8949 definite lengths), enough for Pagefind's index chunks. */
function readCbor(buf: Uint8Array): unknown {
  let i = 0;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 2 ** (info - 24);
    const v = size === 1 ? view.getUint8(i) : size === 2 ? view.getUint16(i) : size === 4 ? view.getUint32(i) : Number(view.getBigUint64(i));
    i += size;
    return v;
  };
  const item = (): unknown => {
    const head = buf[i++]!;
    const [major, info] = [head >> 5, head & 31];
    if (major === 7 && info >= 25) {
      const size = 2 ** (info - 24);
      const v = size === 2 ? view.getFloat16(i) : size === 4 ? view.getFloat32(i) : view.getFloat64(i);
      i += size;
      return v;
    }
    const n = major === 7 ? info : length(info);
    switch (major) {
      case 0: return n;
      case 1: return -1 - n;
      case 2: return buf.slice(i, (i += n));
      case 3: return new TextDecoder().decode(buf.slice(i, (i += n)));
      case 4: return Array.from({ length: n }, item);
      case 5: return Object.fromEntries(Array.from({ length: n }, () => [item(), item()]));
      case 6: return item();
      default: return { 20: false, 21: true, 22: null }[n];
    }
  };
  return item();
}

/** Indexed words per term: whole words (as the fragment shows them) and all entries, incl. infixes. */
async function indexSplit(terms: string[]): Promise<{ words: string[][]; entries: string[][] }> {
  const { index } = await pagefind.createIndex({});
  for (const [n, content] of terms.entries()) await index!.addCustomRecord({ url: `/${n}/`, content, language: 'ja', meta: { title: '-' } });
  const { files } = await index!.getFiles();
  await pagefind.close();
  const unpack = (bytes: Uint8Array) => gunzipSync(bytes).subarray('pagefind_dcd'.length);
  const entries = terms.map((): string[] => []);
  const words = terms.map((): string[] => []);
  // The meta file lists the pages in index order by fragment hash; a fragment holds its URL (/<term number>/).
  const metaFile = files.find((f) => f.path.endsWith('.pf_meta'))!;
  const [, pages] = readCbor(unpack(metaFile.content)) as [string, [string, ...unknown[]][]];
  const termOfPage = pages.map(([hash]) => {
    const fragment = files.find((f) => f.path === `fragment/${hash}.pf_fragment`)!;
    const { url, content } = JSON.parse(new TextDecoder().decode(unpack(fragment.content))) as { url: string; content: string };
    const n = Number(url.slice(1, -1));
    words[n] = content.split('\u200b');
    return n;
  });
  for (const f of files.filter((f) => f.path.startsWith('index/'))) {
    const [chunk] = readCbor(unpack(f.content)) as [[string, [number, unknown[]][]][]];
    for (const [word, hits] of chunk) {
      // Page numbers are delta-encoded along a word's hits.
      let page = 0;
      for (const [delta] of hits) entries[termOfPage[(page += delta)]!]!.push(word);
    }
  }
  return { words, entries };
}

const icu = new Intl.Segmenter('ja', { granularity: 'word' });
const querySplit = (q: string) => [...icu.segment(normalizeQuery(q).toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);

const { words, entries } = await indexSplit(VOCABULARY);
console.log('| term | index time (charabia) | query time (Intl.Segmenter) | every query word found |');
console.log('| --- | --- | --- | --- |');
let misses = 0;
for (const [n, term] of VOCABULARY.entries()) {
  const query = querySplit(term);
  const found = query.every((q) => entries[n]!.some((e) => e.startsWith(q)));
  if (!found) misses++;
  console.log(`| ${term} | ${words[n]!.join(' / ')} | ${query.join(' / ')} | ${found ? 'yes' : '**no**'} |`);
}
console.log(`\n${VOCABULARY.length - misses}/${VOCABULARY.length} terms found by their own query.`);
