// English-page search reads an English query as Japanese terms through the site's bilingual data
// (src/lib/search/dictionary.ts, english.ts); here with the dictionary built from the real data files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { englishDictionary } from '../../src/lib/search/dictionary.ts';
import { japaneseTerms } from '../../src/lib/search/english.ts';

const dictionary = englishDictionary();
const headings = (JSON.parse(readFileSync('content/data/headings.json', 'utf8')) as { headings: { id: string; ja: string; en: string }[] }).headings;
const heading = (id: string) => headings.find((h) => h.id === id)!;

test('an English heading title is read as the kanji and katakana words of its Japanese title', () => {
  // 1新型コロナウイルス感染症への対応 | 1 Response to the novel coronavirus disease (COVID-19)
  const { ja, en } = heading('p1-c1-s1');
  const words = ['新型コロナウイルス感染症', '対応'];
  for (const word of words) assert.ok(ja.includes(word), word);
  assert.deepEqual(japaneseTerms(en, dictionary), words);
  // As a reader types it: without the number, the parenthesis, the capitals.
  assert.deepEqual(japaneseTerms('response to the novel coronavirus disease', dictionary), words);
  // 1.1業務・機能・サービス障害: the commas of the English title are not part of its words.
  assert.deepEqual(japaneseTerms(heading('p1-c2-s1-1').en.replace(/^1\.1 /, ''), dictionary), ['業務', '機能', 'サービス障害']);
});

test('a heading title does not take over common words, nor the glossary, ministries and reviewed synonyms', () => {
  // Single words keep their reviewed synonym or stay as typed, though headings are titled with them.
  assert.ok(headings.some((h) => /\bsecurity measures\b/i.test(h.en)));
  assert.deepEqual(japaneseTerms('security', dictionary), ['セキュリティ']);
  assert.deepEqual(japaneseTerms('measures', dictionary), ['measures']);
  const synonyms = (JSON.parse(readFileSync('src/data/search-synonyms.json', 'utf8')) as { terms: Record<string, string> }).terms;
  for (const [english, term] of Object.entries(synonyms)) assert.deepEqual(japaneseTerms(english, dictionary), [term], english);
  // A ministry's section heading is its name.
  assert.deepEqual(japaneseTerms('Ministry of Justice', dictionary), ['法務省']);
});

test('a title that heads sections of different Japanese titles maps to none of them', () => {
  // "Te (kana)", "Ra (kana)": the glossary's index letters.
  assert.ok(headings.filter((h) => /\(kana\)$/.test(h.en)).length > 1);
  assert.deepEqual(japaneseTerms('Te (kana)', dictionary), ['Te', '(kana)']);
});
