// Pagefind's UI keeps the strings of the site's languages only (src/integrations/searchUiLanguages.ts): on a toy
// module, and on the installed Pagefind UI's own module, evaluated to see which languages it can still speak.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { searchUiLanguagesSource } from '../../src/integrations/searchUiLanguages.ts';

const block = (lang: string, word: string) =>
  `// ../translations/${lang}.json\nvar ${lang.replace('-', '_')}_exports = {};\nvar strings_${lang.replace('-', '_')} = { placeholder: "${word}" };\n\n`;
const toy = (langs: [string, string][]) =>
  `var before = 1;\n\n${langs.map(([l, w]) => block(l, w)).join('')}// import-glob:../../translations/*.json\n` +
  `var modules = [${langs.map(([l]) => `${l.replace('-', '_')}_exports`).join(', ')}];\n` +
  `var filenames = [${langs.map(([l]) => `"../../translations/${l}.json"`).join(', ')}];\n// svelte/ui.svelte\nvar after = 2;\n`;

test('only the given languages stay, in both lists, and the code around them is kept', () => {
  const out = searchUiLanguagesSource(toy([['de', 'Suche'], ['en', 'Search'], ['ja', '検索'], ['zh-cn', '搜索']]), ['ja', 'en'], 'ui-core.mjs');
  assert.match(out, /placeholder: "Search"/);
  assert.match(out, /placeholder: "検索"/);
  assert.doesNotMatch(out, /Suche|搜索/);
  assert.match(out, /^var modules = \[en_exports, ja_exports\];$/m);
  assert.match(out, /^var filenames = \["\.\.\/\.\.\/translations\/en\.json","\.\.\/\.\.\/translations\/ja\.json"\];$/m);
  assert.match(out, /^var before = 1;$/m);
  assert.match(out, /^var after = 2;$/m);
});

test('a module without a language asked for, or without the lists, stops the build', () => {
  assert.throws(() => searchUiLanguagesSource(toy([['en', 'Search']]), ['ja', 'en'], 'ui-core.mjs'), /^Error: ui-core\.mjs: no translation list .* \(missing ja\)/);
  assert.throws(() => searchUiLanguagesSource(block('ja', '検索'), ['ja'], 'ui-core.mjs'), /^Error: ui-core\.mjs: no translation list/);
});

test('the installed Pagefind UI, so edited, still knows Japanese and English and no other language', async () => {
  const file = createRequire(import.meta.url).resolve('@pagefind/default-ui').replace(/cjs\/ui-core\.cjs$/, 'mjs/ui-core.mjs');
  const source = readFileSync(file, 'utf8');
  const out = searchUiLanguagesSource(source, ['ja', 'en'], file);
  assert.ok(out.length < source.length * 0.7, `${out.length} of ${source.length} characters`);
  // The lists and the blocks they name, evaluated on their own: the languages the UI builds its strings from.
  const lists = out.slice(out.indexOf('// ../translations/'), out.search(/^var filenames = .*$/m));
  const filenames = JSON.parse(/^var filenames = (.*);$/m.exec(out)![1]!) as string[];
  const modules = new Function('__export', `${lists}; return modules;`)((target: object, all: Record<string, () => unknown>) => {
    for (const [name, get] of Object.entries(all)) Object.defineProperty(target, name, { get, enumerable: true });
  }) as { strings: Record<string, string> }[];
  assert.deepEqual(filenames.map((f) => /([^/]+)\.json$/.exec(f)![1]), ['en', 'ja']);
  assert.equal(modules[0]!.strings.placeholder, 'Search');
  assert.equal(modules[1]!.strings.clear_search, 'クリア');
});
