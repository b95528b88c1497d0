/**
 * Pagefind's Default UI bundles its strings in 44 languages, 16 kB of the 27 kB (gzipped) a first search
 * downloads for the UI; the site needs those of its own languages only (Starlight hands the UI its own
 * strings on top). This keeps the languages given, in the UI module as it is read; the build stops if the
 * module no longer lists its translations as this expects, so that an upgrade cannot undo it unnoticed.
 */
import type { Plugin } from 'vite';

const MODULE = '/@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
// The translation files, each a block `// ../translations/<lang>.json` … up to the next, then the two lists.
const BLOCK = /^\/\/ \.\.\/translations\/([\w-]+)\.json\n[\s\S]*?(?=^\/\/ )/gm;
const MODULES = /^var modules = \[[^\]]*\];$/m;
const FILENAMES = /^var filenames = \[[^\]]*\];$/m;

/** The UI module with only the translations of `languages`; `file` names it in the error. */
export function searchUiLanguagesSource(source: string, languages: readonly string[], file: string): string {
  const found = [...source.matchAll(BLOCK)].map((m) => m[1]!);
  const missing = languages.filter((l) => !found.includes(l));
  if (!MODULES.test(source) || !FILENAMES.test(source) || missing.length) {
    throw new Error(`${file}: no translation list as src/integrations/searchUiLanguages.ts expects${missing.length ? ` (missing ${missing.join(', ')})` : ''}: update it to match.`);
  }
  const kept = found.filter((l) => languages.includes(l));
  const name = (l: string) => `${l.replace(/-/g, '_')}_exports`;
  return source
    .replace(BLOCK, (block, language: string) => (languages.includes(language) ? block : ''))
    .replace(MODULES, `var modules = [${kept.map(name).join(', ')}];`)
    .replace(FILENAMES, `var filenames = ${JSON.stringify(kept.map((l) => `../../translations/${l}.json`))};`);
}

/** A Vite plugin (astro.config.mjs) that edits the UI module as it is read. */
export function searchUiLanguages(languages: readonly string[]): Plugin {
  return {
    name: 'search-ui-languages',
    transform(code, id) {
      if (id.endsWith(MODULE)) return searchUiLanguagesSource(code, languages, id);
    },
  };
}
