// Transfer weight of a built page: its HTML and the scripts and stylesheets it loads, gzipped, as a static
// host would send them. Module scripts count with everything they import statically.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { BuiltPage } from './built-pages.ts';

export interface PageWeight {
  path: string;
  /** Gzipped bytes. */
  html: number;
  js: number;
  css: number;
  /** Files of dist/ the page loads, relative to dist/. */
  scripts: string[];
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Static `import … from "./x.js"` and `import "./x.js"` in a bundled module. */
const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;

export function weighPage(dist: string, base: string, page: BuiltPage): PageWeight {
  const html = readFileSync(page.file, 'utf8');
  const dom = parse(html);
  const local = (url: string) => (url.startsWith(base) ? url.slice(base.length) : undefined);
  const scripts = new Set<string>();
  const visit = (file: string) => {
    if (scripts.has(file)) return;
    scripts.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
      if (spec!.startsWith('.')) visit(new URL(spec!, `http://x/${file}`).pathname.slice(1));
    }
  };
  for (const s of dom.querySelectorAll('script[src]')) {
    const file = local(s.getAttribute('src')!);
    if (file) visit(file);
  }
  const inlineJs = dom.querySelectorAll('script:not([src])').filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => s.rawText).join('\n');
  const css = dom
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => local(l.getAttribute('href')!))
    .filter((f): f is string => !!f)
    .reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0);
  return {
    path: page.path,
    html: gz(html),
    js: gz(inlineJs) + [...scripts].reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0),
    css,
    scripts: [...scripts].sort(),
  };
}
