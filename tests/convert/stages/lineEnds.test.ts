import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { columns } from '../../../src/lib/chars.ts';
import { decideLineEnd, type LineEndInput, measures } from '../../../scripts/convert/stages/lineEnds.ts';

/** A line of `width` columns of kanji that ends with `end` and a trailing space. */
const filling = (width: number, end: string): string => '対'.repeat((width - columns(end)) / 2) + end + ' ';
const decide = (input: Partial<LineEndInput> & { text: string; next: string }) =>
  decideLineEnd({ measure: 80, paragraph: input.text, ...input });

describe('line ends: what joins', () => {
  const joins: { name: string; input: Partial<LineEndInput> & { text: string; next: string }; reason: RegExp; space?: boolean }[] = [
    { name: 'the next line starts with a small kana', input: { text: '情報セキ ', next: 'ュリティ対策 ', measure: undefined }, reason: /cannot begin/ },
    { name: 'the next line starts with a closing bracket', input: { text: '「サイバー ', next: '」を参照。 ', measure: undefined }, reason: /cannot begin/ },
    { name: 'a full-width word runs on', input: { text: 'ＮＩＳＣが実施するＣＳＩＲ ', next: 'Ｔ訓練 ', measure: undefined }, reason: /full-width word/ },
    { name: 'an ASCII word wraps, keeping its space', input: { text: '流通（Data Free ', next: 'Flow with Trust）', measure: undefined }, reason: /ASCII word/, space: true },
    { name: 'the list goes on after 「、」', input: { text: 'NISC 職員、 ', next: '外部講師 ', measure: undefined }, reason: /list goes on/ },
    { name: 'the list goes on after 「・」', input: { text: '体制の強化・ ', next: '意識の向上 ', measure: undefined }, reason: /list goes on/ },
    { name: 'a filled line before the rest of a word in hiragana', input: { text: filling(80, 'ことによ'), next: 'るサイバー' }, reason: /rest of a word/ },
    { name: 'a filled line before the rest of a katakana word', input: { text: filling(80, 'セキュリ'), next: 'ティポリシー' }, reason: /katakana/ },
    { name: 'a filled line before a short tail', input: { text: filling(80, '対策の強'), next: '化 ' }, reason: /short rest/ },
    { name: 'a filled line in a running sentence', input: { text: filling(78, '。また、重要インフラ'), next: '所管省庁内の' }, reason: /sentence has not ended/ },
    { name: 'a filled numbered paragraph with two commas', input: { text: `(2) ${filling(76, 'このような中、農林水産省においては、省内18')}`, next: 'システムのうち' }, reason: /sentence has not ended/, space: true },
    { name: 'a filled line inside an open bracket', input: { text: filling(80, '（セプターカウンシル'), next: '相互理解 WG）との間で' }, reason: /bracket the paragraph opened closes/ },
    { name: 'a short line that ends with 」 inside a bracket the next line closes', input: { text: '（３）「計画」（以下「育成計画」 ', next: 'という。）に基づく取組 ', measure: undefined }, reason: /bracket the paragraph opened closes/ },
    { name: 'the next line starts with & in a Latin name', input: { text: 'DMARC(Domain-based Message Authentication, Reporting ', next: '& Conformance)や', measure: undefined }, reason: /rest of a Latin name/, space: true },
    { name: 'the next line starts with a half-width closing bracket', input: { text: '方式(Sender Policy Framework ', next: ') を用いる', measure: undefined }, reason: /rest of a Latin name/, space: true },
    { name: 'an ASCII word beside Japanese keeps a space for the spacing step', input: { text: filling(80, '、対象に Active Directory'), next: 'ログ分析' }, reason: /sentence has not ended/, space: true },
  ];
  for (const c of joins)
    test(c.name, () => {
      const end = decide(c.input);
      assert.equal(end.decision, 'joined');
      assert.match(end.reason, c.reason);
      assert.equal(end.space, c.space ?? false);
      assert.equal(end.review, true);
    });
});

describe('line ends: what stays a paragraph end', () => {
  const keeps: { name: string; input: Partial<LineEndInput> & { text: string; next: string }; review: boolean; reason: RegExp }[] = [
    { name: 'a sentence that ends with 。, even when the line is full', input: { text: filling(80, 'を実施した。'), next: 'るもの' }, review: false, reason: /ends with 「。」/ },
    { name: 'a line before a new bullet item', input: { text: filling(80, 'において、'), next: '・これまでの' }, review: false, reason: /new item/ },
    { name: 'a filled running line before a new bracketed item', input: { text: filling(80, '、対策の推進'), next: '(2) 次の項目' }, review: false, reason: /new item/ },
    { name: 'a short title', input: { text: 'サイバーセキュリティ事案 ', next: 'サイバー攻撃による' }, review: false, reason: /short line/ },
    { name: 'a filled line before a sentence opener', input: { text: filling(80, '取組の概要'), next: 'さらに、2016年度には' }, review: true, reason: /reads as a title/ },
    { name: 'a filled numbered heading with a comma', input: { text: `3.1 ${filling(72, '自由、公正かつ安全なサイバー空間の堅持')}`, next: '戦略（2018 年７月' }, review: false, reason: /numbered heading/ },
    { name: 'a row whose last cell is short', input: { text: filling(80, 'ついて 外部講師'), next: '延べ 184 名 ' }, review: false, reason: /table cell/ },
    { name: 'a closed bracket is not held open by the next line', input: { text: '計画（2015 年）を策定した。 ', next: '次期計画）は別途' }, review: false, reason: /ends with 「。」/ },
    { name: 'an open bracket the next line opens another before closing', input: { text: '検討会（仮称 ', next: '（案）を参照）' , measure: undefined }, review: false, reason: /short line/ },
    { name: 'a short line, though its sentence goes on, is listed for review', input: { text: '実施した。特に、改正 ', next: 'した総務省' }, review: true, reason: /line is short/ },
  ];
  for (const c of keeps)
    test(c.name, () => {
      const end = decide(c.input);
      assert.equal(end.decision, 'kept');
      assert.match(end.reason, c.reason);
      assert.equal(end.review, c.review);
    });

  test('a unit with no measure to fill (numbers of a count table) joins nothing by width', () => {
    const end = decide({ text: filling(20, '、計'), next: '重要インフラ', measure: measures(['1 2', '3 4', '5 6', '7 8'])[0] });
    assert.equal(end.decision, 'kept');
  });
});

describe('the measure', () => {
  test('is the median width of the wrapped lines around a line, not of the lines that end in a space', () => {
    const wrapped = 'あ'.repeat(40);
    const texts = [`(ア) 内閣官房 ${wrapped}`, wrapped, wrapped, 'あ'.repeat(10) + ' ', wrapped];
    assert.deepEqual(measures(texts), [80, 80, 80, 80, 80]);
  });
});
