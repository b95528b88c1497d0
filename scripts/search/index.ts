/**
 * `npm run build` runs this after `astro build`: it replaces the index Starlight's Pagefind pass wrote
 * (default options, one record per page, no width folding) with one built from records per section
 * (scripts/search/records.ts). Only pages with `<html lang="ja">` outside /en/ are indexed: the English
 * pages show the same Japanese text, and their search uses this index (src/lib/search/urls.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { rechunk } from './chunks.ts';
import { pageRecords, type RecordContext, type SearchRecord } from './records.ts';

export const DIST = 'dist';
export const LANGUAGE = 'ja';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

export function readContext(): RecordContext {
  const ministriesById = new Map<string, string[]>();
  const measuresFile = 'content/data/measures.json';
  if (existsSync(measuresFile)) {
    const { measures } = JSON.parse(readFileSync(measuresFile, 'utf8')) as { measures: { id: string; ministries: string[] }[] };
    for (const m of measures) ministriesById.set(m.id, m.ministries);
  }
  return { ministriesById };
}

/** Slug of a built file: "annex-1/section-1" for dist/annex-1/section-1/index.html, "" for the home page. */
export const slugOf = (file: string) =>
  relative(DIST, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');

/** All records of the built site, in file order. */
export function siteRecords(): SearchRecord[] {
  const ctx = readContext();
  return htmlFiles(DIST)
    .sort()
    .flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      const lang = /<html[^>]*\blang="([^"]*)"/.exec(html)?.[1];
      const slug = slugOf(file);
      if (lang !== LANGUAGE || /^en(\/|$)/.test(slug)) return [];
      return pageRecords(html, slug, slug ? `/${slug}/` : '/', ctx);
    });
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A record as a small HTML document rather than a custom record: Pagefind then weights the title as
 * the <h1> it is (custom records weigh every word the same, so a long section that repeats a word
 * outranked the section titled with it). Filters and the page title travel as attributes.
 */
export function recordHtml(record: SearchRecord): string {
  const attr = (kind: 'filter' | 'meta', name: string, value: string) =>
    `<span data-pagefind-${kind}="${escape(name)}[data-value]" data-value="${escape(value)}"></span>`;
  const filters = Object.entries(record.filters).flatMap(([name, values]) => values.map((v) => attr('filter', name, v)));
  const paragraphs = record.content.split('\n').map((line) => `<p>${escape(line)}</p>`);
  const title = record.titleRanks ? `<h1>${escape(record.meta.title)}</h1>` : attr('meta', 'title', record.meta.title);
  return `<html lang="${LANGUAGE}"><body><main data-pagefind-body>${title}${attr('meta', 'page', record.meta.page)}${filters.join('')}${paragraphs.join('')}</main></body></html>`;
}

function check<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
  return response;
}

if (import.meta.main) {
  const started = performance.now();
  const records = siteRecords();
  if (!records.length) throw new Error(`No Japanese pages with data-pagefind-body in ${DIST}/: build the site first.`);
  const { index } = check(await pagefind.createIndex({}));
  for (const response of await Promise.all(records.map((r) => index!.addHTMLFile({ url: r.url, content: recordHtml(r) })))) check(response);
  const output = join(DIST, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  check(await index!.writeFiles({ outputPath: output }));
  await pagefind.close();
  // Smaller word-index chunks, so that each word of a query costs less (chunks.ts).
  const chunks = rechunk(output).map((c) => `${c.before} → ${c.after}`);
  const pages = new Set(records.map((r) => r.url.split('#')[0])).size;
  console.log(`search index: ${records.length} records from ${pages} pages, word-index chunks ${chunks.join(', ')}, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
