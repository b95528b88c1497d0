import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sentenceSpaces, withoutSentenceSpaces } from '../../../scripts/convert/stages/justificationSpaces.ts';
import type { InlineNode } from '../../../scripts/convert/types.ts';

const dropped = (text: string): string => {
  const drop = new Set(sentenceSpaces(text));
  return text.split('').filter((_, i) => !drop.has(i)).join('');
};

describe('spaces inside a sentence', () => {
  const cases: { name: string; printed: string; reads: string }[] = [
    { name: 'a gap in a justified line is dropped', printed: '課題を整理し、民間企業における サイバーセキュリティ対策の推進を図った。', reads: '課題を整理し、民間企業におけるサイバーセキュリティ対策の推進を図った。' },
    { name: 'a gap inside a word is dropped', printed: '車内ネットワークにつながることによ るリスクに対応する。', reads: '車内ネットワークにつながることによるリスクに対応する。' },
    { name: 'gaps around a number inside a sentence are dropped', printed: '「窓口だより」を ５ 件公表した。', reads: '「窓口だより」を５件公表した。' },
    { name: 'a space inside brackets stays: a title may print one', printed: '「Wi-Fi利用者向け 簡易マニュアル」を公表した。', reads: '「Wi-Fi利用者向け 簡易マニュアル」を公表した。' },
    { name: 'a space after an item number at the start of a sentence stays', printed: '１ 経緯を述べる。', reads: '１ 経緯を述べる。' },
    { name: 'a space after an item number that follows a bracket or a mark stays', printed: '（決定）２ 政府機関における移行。※１ 設定された以外のもの。', reads: '（決定）２ 政府機関における移行。※１ 設定された以外のもの。' },
    { name: 'text with no sentence end is not prose: names and heads stay', printed: '大臣官房長 柳 孝', reads: '大臣官房長 柳 孝' },
    { name: 'a space after the last sentence end stays', printed: '公表した。 行っている 行っていない', reads: '公表した。 行っている 行っていない' },
    { name: 'a space next to a half-width or a symbol is not this rule’s', printed: '・ 情報の取扱い。① 整備 IoT 機器。', reads: '・ 情報の取扱い。① 整備 IoT 機器。' },
  ];
  for (const c of cases) test(c.name, () => assert.equal(dropped(c.printed), c.reads));

  test('a footnote reference between the words is not a word: the space next to it stays', () => {
    const nodes: InlineNode[] = [
      { type: 'text', value: '対策の強化' },
      { type: 'footnoteReference', footnoteId: 'fn-1', label: '1', refId: 'fnref-1', position: { start: { line: 1, column: 6, offset: 5 }, end: { line: 1, column: 7, offset: 6 } } },
      { type: 'text', value: ' を図り、サービス を提供した。' },
    ];
    const { nodes: out, dropped: where } = withoutSentenceSpaces(nodes);
    assert.deepEqual(out.map((n) => (n.type === 'text' ? n.value : n.type === 'footnoteReference' ? `[${n.label}]` : '')).join(''), '対策の強化[1] を図り、サービスを提供した。');
    assert.deepEqual(where, ['を図り、サービス␠を提供した。']);
  });
});
