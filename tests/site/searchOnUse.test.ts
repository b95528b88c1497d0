// The two edits that make Starlight's search component load Pagefind's UI on first use
// (src/integrations/searchOnUse.ts): on toy sources, and on the installed Starlight's own component.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { searchOnUseSource } from '../../src/integrations/searchOnUse.ts';

const toy = (script: string, style: string) => `<script>\n\tonIdle(async () => { const { PagefindUI } = await ${script}; });\n</script>\n<style is:global>\n\t${style}\n\t#starlight__search { color: red; }\n</style>\n`;

test('the script imports the dialog module instead of Pagefind’s UI, and the style no longer imports its stylesheet', () => {
  const out = searchOnUseSource(toy(`import("@pagefind/default-ui")`, `@import url('@pagefind/default-ui/css/ui.css') layer(starlight.core);`), 'Search.astro');
  assert.match(out, /await import\("[^"]*\/src\/lib\/search\/dialog\.ts"\)/);
  assert.doesNotMatch(out, /@pagefind\/default-ui/);
  assert.match(out, /#starlight__search \{ color: red; \}/);
});

test('a component without either import stops the build, naming the file and what is missing', () => {
  assert.throws(
    () => searchOnUseSource(toy(`import('./elsewhere.js')`, `@import url('@pagefind/default-ui/css/ui.css');`), 'Search.astro'),
    /^Error: Search\.astro: no import\('@pagefind\/default-ui'\) in its script\. Starlight changed how its search loads Pagefind: update src\/integrations\/searchOnUse\.ts to match\.$/,
  );
  assert.throws(
    () => searchOnUseSource(toy(`import('@pagefind/default-ui')`, `@import url('./other.css');`), 'Search.astro'),
    /^Error: Search\.astro: no @import url\('@pagefind\/default-ui\/css\/ui\.css'\) in its style\./,
  );
});

test('the installed Starlight’s search component has both imports', () => {
  const file = createRequire(import.meta.url).resolve('@astrojs/starlight/components/Search.astro');
  const out = searchOnUseSource(readFileSync(file, 'utf8'), file);
  assert.doesNotMatch(out, /import\(\s*['"]@pagefind|@import url\(\s*['"]@pagefind/);
  assert.match(out, /import\("[^"]*\/src\/lib\/search\/dialog\.ts"\)/);
});
