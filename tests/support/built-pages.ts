// Every HTML page of the built site, found by walking dist/ rather than listed by hand, so pages added
// later (other languages, tables, glossary) are checked without touching the tests.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');
/** DIST_DIR lets a second build (for example a sub-path one) be checked beside the default one. */
export const distDir = process.env.DIST_DIR ?? join(repoRoot, 'dist');

/** Folders of dist/ that hold assets, not pages. */
const ASSET_DIRS = new Set(['_astro', 'pagefind']);

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** URL path relative to the site's base, as served: `part-1/chapter-1/`, `''` for the home page, `404.html`. */
  path: string;
}

/** The URL path (relative to the base) that serves a file of dist/. */
export function fileToPath(relFile: string): string {
  const posix = relFile.split(sep).join('/');
  if (posix === 'index.html') return '';
  return posix.endsWith('/index.html') ? posix.slice(0, -'index.html'.length) : posix;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return ASSET_DIRS.has(e.name) ? [] : htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

/** The built pages, sorted by URL path; fails loudly when there is no build to check. */
export function builtPages(dist = distDir): BuiltPage[] {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} has no index.html: run \`npm run build\` first`);
  }
  return htmlFiles(dist)
    .map((file) => ({ file, path: fileToPath(relative(dist, file)) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
