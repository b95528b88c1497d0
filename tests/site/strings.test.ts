// One placeholder syntax ({{name}}, as Starlight's t() fills it) for every string store of the site and the converter.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadStrings } from '../../scripts/convert/strings.ts';
import { interpolate } from '../../src/lib/strings.ts';

const root = join(import.meta.dirname, '..', '..');

test('interpolate fills {{name}} and names the string whose value is missing', () => {
  assert.equal(interpolate('別添{{n}}（{{n}}）', { n: 2 }, 'x'), '別添2（2）');
  assert.equal(interpolate('{n} stays', { n: 2 }, 'x'), '{n} stays');
  assert.throws(() => interpolate('脚注{{n}}', {}, 'src/content/i18n/ja.json'), /^Error: src\/content\/i18n\/ja\.json: no value for \{\{n\}\}$/);
});

test('the converter reads its words from the site stores, prefixed, and fills them the same way', () => {
  const t = loadStrings({ ja: { 'convert.count': '{{n}}件', 'pagefind.clear_search': 'クリア' }, en: { 'convert.count': '{{n}} items' } });
  assert.equal(t.ja('count', { n: 3 }), '3件');
  assert.equal(t.en('count', { n: 3 }), '3 items');
  assert.throws(() => t.en('none'), /src\/content\/i18n\/en\.json: no string `convert\.none`/);
  assert.throws(() => t.ja('count'), /src\/content\/i18n\/ja\.json convert\.count: no value for \{\{n\}\}/);
  assert.throws(() => loadStrings({ ja: { 'convert.count': '' }, en: { 'convert.count': 'x' } }), /too_small|at least 1|>=1/);
});

test('no string store uses another placeholder syntax ({n} or %s)', () => {
  const stores = [...readdirSync(join(root, 'src/content/i18n')).map((f) => `src/content/i18n/${f}`), ...readdirSync(join(root, 'src/data')).filter((f) => f.endsWith('.json')).map((f) => `src/data/${f}`)];
  assert.ok(stores.length >= 10);
  for (const path of stores) {
    const text = readFileSync(join(root, path), 'utf8');
    assert.doesNotMatch(text, /(?<!\{)\{[a-zA-Z]\w*\}(?!\})|%s/, path);
  }
});
