import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadData } from '../../scripts/convert/index.ts';
import { convert } from '../../scripts/convert/pipeline.ts';
import { englishForm } from '../../scripts/convert/stages/annexes/englishForm.ts';
import { loadStrings, STRINGS_PREFIX } from '../../scripts/convert/strings.ts';
import { seedConversion, seedText } from './support.ts';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;
const { pages, root } = seedConversion();

describe('English navigation data', () => {
  test('every page exists in both languages, with the same path under /en/', () => {
    const ja = [...pages.keys()].filter((p) => !p.startsWith('en/')).sort();
    const en = [...pages.keys()].filter((p) => p.startsWith('en/')).map((p) => p.slice(3)).sort();
    assert.deepEqual(en, ja);
    assert.ok(ja.length >= 60);
  });

  test('English pages have English titles and descriptions, and mark the report text as Japanese', () => {
    for (const [path, text] of pages) {
      if (!path.startsWith('en/')) continue;
      const title = text.match(/^title: (.*)$/m)![1]!;
      const description = text.match(/^description: (.*)$/m)![1]!;
      assert.doesNotMatch(title, JAPANESE, `${path} title`);
      assert.doesNotMatch(description, JAPANESE, `${path} description`);
      if (/^#{2,6} .*[\u3040-\u9fff]/m.test(text)) assert.match(text, /<div lang="ja" class="report-text">/, `${path} wraps its Japanese text`);
    }
  });

  test('a heading without an English title stops the conversion, naming the id and the file at the `headings` object', () => {
    const data = loadData();
    const en = data.en as { headings: Record<string, string> };
    const { 'p2-c2-s1-1': _dropped, ...rest } = en.headings;
    assert.throws(
      () => convert(seedText, { ...data, en: { headings: rest } }),
      /^ConversionError: scripts\/convert\/data\/en\.json:3:1: error: heading `p2-c2-s1-1` has no English title \[english\/heading-missing\]\n {2}expected: a key `p2-c2-s1-1` in `headings`/,
    );
    assert.ok(root.children.length > 0);
  });

  test('English titles contain no Japanese characters', () => {
    const en = loadData().en as { headings: Record<string, string> };
    for (const [id, title] of Object.entries(en.headings)) assert.doesNotMatch(title, JAPANESE, id);
    assert.throws(() => convert(seedText, { ...loadData(), en: { headings: { ...en.headings, 'p1-c1-s1': '1 新型コロナ' } } }), /must not contain Japanese characters/);
  });

  test('the converter’s words exist in both languages; a key missing in one is an error that names it', () => {
    const strings = loadData().strings as { ja: Record<string, string>; en: Record<string, string> };
    const own = (store: Record<string, string>) => Object.keys(store).filter((k) => k.startsWith(STRINGS_PREFIX));
    assert.ok(own(strings.ja).length > 50);
    assert.deepEqual(own(strings.ja).sort(), own(strings.en).sort());
    const { 'convert.footnotesHeading': _gone, ...enWithout } = strings.en;
    assert.throws(() => loadStrings({ ja: strings.ja, en: enWithout }), /key `convert\.footnotesHeading` exists in ja but not in en/);
    for (const key of own(strings.en)) assert.doesNotMatch(strings.en[key]!, JAPANESE, key);
  });
});

describe('englishForm', () => {
  const cases: [string, string, string | undefined][] = [
    ['CSIRT', 'Computer Security Incident Response Teamの略（シーサート）。', 'CSIRT'],
    ['可用性', '情報に関して正当な権限を持った者が、必要時に中断することなく、情報にアクセスできること（Availability）。', 'Availability'],
    ['セプター', 'CEPTOAR （Capability for Engineering of Protection）を参照。', 'CEPTOAR'],
    ['内閣サイバーセキュリティセンター', 'NISCを参照。', 'NISC'],
    ['インシデント', '危機になり得る状況のこと（ISO22300）。IT分野においては…', undefined],
    ['標的型攻撃', '攻撃。一種としてAPT（Advanced Persistent Threat）攻撃がある。', undefined],
  ];
  for (const [term, definition, english] of cases) test(`${term} → ${english ?? 'none'}`, () => assert.equal(englishForm(term, definition), english));
});
