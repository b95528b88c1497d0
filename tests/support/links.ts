// A link checker for a built site, run on dist/ and on a sub-path build. It reads files only: internal
// links are resolved against dist/, external ones are collected and never fetched.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { builtPages } from './built-pages.ts';

export interface SiteOptions {
  dist: string;
  /** Base path the site was built with, e.g. `/` or `/cybersecurity2020/`. */
  base: string;
  /** SITE the build used; absolute links to it count as internal. */
  site: string;
}

export interface LinkReport {
  pages: number;
  internalLinks: number;
  broken: string[];
  /** External URL → `rel` of each occurrence, and the pages it is on. */
  external: Map<string, { rels: string[]; pages: Set<string> }>;
  /** URL path (relative to base) of each page → internal pages it links to. */
  graph: Map<string, Set<string>>;
}

/** Attributes that load or point to another resource. */
const REFERENCES = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['iframe', 'src'],
  ['source', 'src'],
] as const;

/** `BASE_PATH` as the site uses it: leading and trailing slash. */
export function normaliseBase(base: string | undefined): string {
  return `/${(base ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

/** The file of dist/ that serves a URL path (relative to the base), or undefined. */
function fileFor(dist: string, rel: string): string | undefined {
  const direct = join(dist, rel);
  if (rel === '' || rel.endsWith('/')) return existsSync(join(direct, 'index.html')) ? join(direct, 'index.html') : undefined;
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  // `/page` is redirected to `/page/` by static hosts, GitHub Pages included.
  return existsSync(join(direct, 'index.html')) ? join(direct, 'index.html') : undefined;
}

export function checkLinks({ dist, base, site }: SiteOptions): LinkReport {
  const origin = new URL(site).origin;
  const pages = builtPages(dist);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      const dom = parse(readFileSync(file, 'utf8'));
      set = new Set([...dom.querySelectorAll('[id]').map((e) => e.id), ...dom.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!)]);
      ids.set(file, set);
    }
    return set;
  };

  const report: LinkReport = { pages: pages.length, internalLinks: 0, broken: [], external: new Map(), graph: new Map() };
  for (const page of pages) {
    const dom = parse(readFileSync(page.file, 'utf8'));
    const pageUrl = new URL(`${base}${page.path}`, origin);
    const targets = new Set<string>();
    report.graph.set(page.path, targets);
    for (const [tag, attr] of REFERENCES) {
      for (const el of dom.querySelectorAll(`${tag}[${attr}]`)) {
        const raw = el.getAttribute(attr)!;
        const where = `/${page.path}: <${tag} ${attr}="${raw}">`;
        let url: URL;
        try {
          url = new URL(raw, pageUrl);
        } catch {
          report.broken.push(`${where}: not a URL`);
          continue;
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
        if (url.origin !== origin) {
          const entry = report.external.get(url.href) ?? { rels: [], pages: new Set() };
          entry.rels.push(el.getAttribute('rel') ?? '');
          entry.pages.add(page.path);
          report.external.set(url.href, entry);
          continue;
        }
        report.internalLinks++;
        const pathname = decodeURI(url.pathname);
        if (!pathname.startsWith(base)) {
          report.broken.push(`${where}: outside the base path ${base}`);
          continue;
        }
        const rel = pathname.slice(base.length);
        const file = fileFor(dist, rel);
        if (!file) {
          report.broken.push(`${where}: no file in dist/ for ${pathname}`);
          continue;
        }
        if (file.endsWith('.html')) targets.add(rel === '' || rel.endsWith('/') || rel.endsWith('.html') ? rel : `${rel}/`);
        if (url.hash) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!file.endsWith('.html')) report.broken.push(`${where}: fragment on a non-HTML file`);
          else if (!idsOf(file).has(id)) report.broken.push(`${where}: no element with id "${id}" on ${pathname}`);
        } else if (raw.endsWith('#')) {
          report.broken.push(`${where}: empty fragment`);
        }
      }
    }
  }
  return report;
}

/** Pages no chain of links from the home page reaches. */
export function unreachable(report: LinkReport, except: readonly string[]): string[] {
  const seen = new Set<string>(['']);
  const queue = [''];
  while (queue.length) for (const next of report.graph.get(queue.shift()!) ?? []) if (!seen.has(next)) seen.add(next), queue.push(next);
  return [...report.graph.keys()].filter((p) => !seen.has(p) && !except.includes(p));
}
