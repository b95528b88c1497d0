/**
 * `npm run build` runs this after `astro build`: it writes the search index, built from records per section
 * (Starlight's own Pagefind pass, one record per page without width folding, is off).
 * The records of the report's pages come from the converter, run here in memory as `npm run convert`
 * runs it (scripts/convert/emit/search/records.ts); only the site's own pages, which are not in the
 * tree, are read from the build. Only Japanese pages are indexed: the English pages show the same
 * Japanese text, and their search uses this index (src/lib/search/client.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { build } from 'esbuild';
import { convertSeed } from '../convert/index.ts';
import type { SearchRecord } from '../convert/emit/search/records.ts';
import { foldWidth, markWordBoundaries } from '../../src/lib/search/text.ts';
import { rechunk } from './chunks.ts';
import { recompress } from './recompress.ts';

export const DIST = 'dist';
export const LANGUAGE = 'ja';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

/** URL of a built file: "/annex-1/section-1/" for dist/annex-1/section-1/index.html, "/" for the home page. */
const urlOf = (file: string, dist: string) => `/${relative(dist, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}/`.replace(/^\/\/$/, '/');

/**
 * The site's own pages (home, about, accessibility, open data, external links): written in
 * src/pages/*.astro from src/data and the string stores, not from the report, so the tree has no
 * record of them. Each is one record of its built text, found as a page: what a reader looks for
 * there (the site's terms, its accessibility policy) is the page itself, and none of their sections is
 * report text worth a result of its own. Pages without data-pagefind-body (404, search) are left out.
 */
function sitePageRecords(treeUrls: ReadonlySet<string>, dist = DIST): SearchRecord[] {
  return htmlFiles(dist)
    .sort()
    .flatMap((file) => {
      const url = urlOf(file, dist);
      if (treeUrls.has(url) || /^\/en\//.test(url)) return [];
      // Scripts and styles are dropped, <pre> is read as markup (the code samples of open-data).
      const doc = parse(readFileSync(file, 'utf8'), { comment: false, blockTextElements: { script: false, noscript: false, style: false } });
      const main = doc.querySelector('[data-pagefind-body]');
      if (doc.querySelector('html')?.getAttribute('lang') !== LANGUAGE || !main) return [];
      main.querySelectorAll('[data-pagefind-ignore], svg, template, button').forEach((el) => el.remove());
      const title = (main.querySelector('h1') ?? doc.querySelector('title'))!.text.replace(/\s+/g, ' ').trim();
      const body = main.querySelector('.sl-markdown-content') ?? main;
      const content = body.structuredText.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
      return [{ url, content: foldWidth(content || title), meta: { title: foldWidth(title), page: title }, filters: {}, titleRanks: true }];
    });
}

/** All records of the site: the report's pages from the tree, then the site's own pages from the build. */
export function siteRecords(dist = DIST): SearchRecord[] {
  const converted = convertSeed();
  if (!converted) throw new Error('the conversion failed (messages above): the search index is built from its tree');
  const tree = converted.result.search;
  return [...tree, ...sitePageRecords(new Set(tree.map((r) => r.url.split('#')[0]!)), dist)];
}

/** The weight of a record's text when it weighs less than its title (SearchRecord.lightText). */
const LIGHT_TEXT_WEIGHT = 0.5;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A record as a small HTML document rather than a custom record: Pagefind then weights the title as
 * the <h1> it is (custom records weigh every word the same, so a long section that repeats a word
 * outranked the section titled with it). Filters and the page title travel as attributes. The indexed
 * text is cut into words as the query is (markWordBoundaries); the title shown stays as written.
 */

export function recordHtml(record: SearchRecord): string {
  const attr = (kind: 'filter' | 'meta', name: string, value: string) =>
    `<span data-pagefind-${kind}="${escape(name)}[data-value]" data-value="${escape(value)}"></span>`;
  const filters = Object.entries(record.filters).flatMap(([name, values]) => values.map((v) => attr('filter', name, v)));
  const weight = record.lightText ? ` data-pagefind-weight="${LIGHT_TEXT_WEIGHT}"` : '';
  const paragraphs = record.content.split('\n').map((line) => `<p${weight}>${escape(markWordBoundaries(line))}</p>`);
  const title = `${record.titleRanks ? `<h1>${escape(markWordBoundaries(record.meta.title))}</h1>` : ''}${attr('meta', 'title', record.meta.title)}`;
  return `<html lang="${LANGUAGE}"><body><main data-pagefind-body>${title}${attr('meta', 'page', record.meta.page)}${filters.join('')}${paragraphs.join('')}</main></body></html>`;
}

function check<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
  return response;
}

if (import.meta.main) {
  const started = performance.now();
  if (!existsSync(DIST)) throw new Error(`No ${DIST}/: build the site first.`);
  const records = siteRecords();
  const { index } = check(await pagefind.createIndex({}));
  for (const response of await Promise.all(records.map((r) => index!.addHTMLFile({ url: r.url, content: recordHtml(r) })))) check(response);
  const output = join(DIST, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  check(await index!.writeFiles({ outputPath: output }));
  await pagefind.close();
  // Smaller word-index chunks, so that each word of a query costs less (chunks.ts).
  const chunks = rechunk(output).map((c) => `${c.before} → ${c.after}`);
  // The files each query loads, in smaller gzip streams (recompress.ts).
  const packed = await recompress(output);
  // The site's entry to Pagefind (public/search-bundle) is copied as written, comments and all, and imports
  // Pagefind's script, which keeps its names: bundled into one minified file, the first query makes one
  // request less and loads less. Pagefind's own script stays as written, for the tests' direct use.
  const entry = join(DIST, 'search-bundle', 'pagefind.js');
  await build({ entryPoints: [entry], outfile: entry, allowOverwrite: true, bundle: true, minify: true, format: 'esm', logLevel: 'error' });
  const pages = new Set(records.map((r) => r.url.split('#')[0])).size;
  console.log(`search index: ${records.length} records from ${pages} pages, word-index chunks ${chunks.join(', ')}, ${packed.files} files recompressed ${packed.before} → ${packed.after} bytes, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
