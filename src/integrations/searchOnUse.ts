/**
 * Starlight's search component (wrapped by src/components/Search.astro) loads Pagefind's UI once every
 * page is idle and puts Pagefind's stylesheet in every page's CSS; this site loads both only when a reader
 * first uses search (README "Search"). Two edits to Starlight's component as it is read, nothing copied:
 * its script imports src/lib/search/dialog.ts in place of `@pagefind/default-ui`, and its global style no
 * longer imports Pagefind's stylesheet (src/lib/search/ui.css brings it with the UI). The build stops if
 * Starlight's component no longer has either import, so that an upgrade cannot undo this unnoticed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const COMPONENT = '/@astrojs/starlight/dist/components/Search.astro';
const UI_IMPORT = /import\(\s*['"]@pagefind\/default-ui['"]\s*\)/;
const UI_STYLES = /@import url\(\s*['"]@pagefind\/default-ui\/css\/ui\.css['"]\s*\)[^;]*;/;
const DIALOG = fileURLToPath(new URL('../lib/search/dialog.ts', import.meta.url));

/** Starlight's search component with the two edits; `file` names it in the error. */
export function searchOnUseSource(source: string, file: string): string {
  for (const [pattern, what] of [
    [UI_IMPORT, "import('@pagefind/default-ui') in its script"],
    [UI_STYLES, "@import url('@pagefind/default-ui/css/ui.css') in its style"],
  ] as const) {
    if (!pattern.test(source)) {
      throw new Error(`${file}: no ${what}. Starlight changed how its search loads Pagefind: update src/integrations/searchOnUse.ts to match.`);
    }
  }
  return source.replace(UI_IMPORT, `import(${JSON.stringify(DIALOG)})`).replace(UI_STYLES, '');
}

export function searchOnUse(): AstroIntegration {
  return {
    name: 'search-on-use',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'search-on-use',
                enforce: 'pre',
                load(id) {
                  if (id.endsWith(COMPONENT)) return searchOnUseSource(readFileSync(id, 'utf8'), id);
                },
              },
            ],
          },
        });
      },
    },
  };
}
