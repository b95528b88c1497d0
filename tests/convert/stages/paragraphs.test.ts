import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { paragraphs, paragraphText } from '../../../scripts/convert/stages/paragraphs.ts';
import type { LineRole } from '../../../scripts/convert/types.ts';
import { toyLines } from '../support.ts';

function run(rows: string[], roles?: LineRole['kind'][]): string[] {
  const lines = toyLines(...rows);
  const lineRoles: LineRole[] = lines.map((l, i) =>
    roles?.[i] === 'furniture' ? { kind: 'furniture', class: 'runningHead' } : l.text.trim() === '' ? { kind: 'blank' } : { kind: 'content' },
  );
  return paragraphs(lines, lineRoles, lines.map((_, i) => i)).paragraphs.map(paragraphText);
}

describe('paragraphs', () => {
  const cases: { name: string; in: string[]; out: string[] }[] = [
    { name: 'a trailing space closes a paragraph', in: ['一文目。␠', '', '二文目。␠'], out: ['一文目。', '二文目。'] },
    { name: 'wrapped lines join with no separator', in: ['サイバーセキュリティ戦略本部は、戦略を', '', '実施する。␠'], out: ['サイバーセキュリティ戦略本部は、戦略を実施する。'] },
    { name: 'a line ending in 。 without a space does not close', in: ['促している。', '', 'また、続く。␠'], out: ['促している。また、続く。'] },
    { name: "a page's leading space is not text", in: ['下請事業', ' 者の従業員が␠'], out: ['下請事業者の従業員が'] },
    { name: 'a word wrap between ASCII words keeps its space', in: ['データ流通（Data Free␠', '', 'Flow with Trust）␠'], out: ['データ流通（Data Free Flow with Trust）'] },
    { name: 'a word wrap before a number keeps its space', in: ['活動である ISO/IEC JTC␠', '1/SC 27 が主催する␠'], out: ['活動である ISO/IEC JTC 1/SC 27 が主催する'] },
    { name: 'an ASCII word before a numbered heading still ends its paragraph', in: ['(2) 情報共有 ◎：NISC␠', '2.7 大規模サイバー攻撃␠'], out: ['(2) 情報共有 ◎：NISC', '2.7 大規模サイバー攻撃'] },
    { name: 'words split across lines join', in: ['「東京 2', '020 大会」␠'], out: ['「東京 2020 大会」'] },
    { name: 'a full-width word split at a trailing space joins', in: ['（５）ＮＩＳＣが実施するＣＳＩＲ␠', '', 'Ｔ訓練や各種研修等への参加␠'], out: ['（５）ＮＩＳＣが実施するＣＳＩＲＴ訓練や各種研修等への参加'] },
    { name: 'a list that ends in 「・」 goes on', in: ['（４）体制の強化・␠', '', '意識の向上␠'], out: ['（４）体制の強化・意識の向上'] },
  ];
  for (const c of cases) test(c.name, () => assert.deepEqual(run(c.in), c.out));

  const filled = 'サイバーセキュリティ対策を推進するため、関係機関と連携して取組を進め'; // 70 columns, wraps
  test('a line that fills the measure in mid-sentence joins the next, with no space between two wide characters', () => {
    const rows = [filled, filled, filled, '経済産業省において、自動運転車両外部からの通信が車内ネットワークによ␠', 'るリスクへの対応を進める。␠'];
    const text = run(rows);
    assert.equal(text.length, 1);
    assert.ok(text[0]!.includes('ネットワークによるリスク'));
  });

  test('the short rest of a word placed under its line joins without the indent the PDF gave it', () => {
    const rows = [filled, filled, filled, '（２）各部局で所管する業務システム等におけるセキュリティ対策の実施状況の確認と対策の強␠␠␠', '', '␠␠␠化␠'];
    const text = run(rows);
    assert.equal(text.length, 1);
    assert.ok(text[0]!.endsWith('確認と対策の強化'), text[0]);
  });

  test('the joins and the doubtful ends are listed with their reasons', () => {
    const lines = toyLines(filled, filled, filled, '経済産業省において、車内ネットワークにつながることによるサイバーセキ␠', 'ュリティリスクへの対応を進める。␠', '一文目。␠');
    const roles: LineRole[] = lines.map(() => ({ kind: 'content' }));
    const { lineEnds } = paragraphs(lines, roles, lines.map((_, i) => i));
    assert.deepEqual(lineEnds.map((e) => [e.line, e.decision]), [[4, 'joined']]);
    assert.match(lineEnds[0]!.reason, /「ュ」, which cannot begin/);
  });

  test('a paragraph continues across page furniture', () => {
    assert.deepEqual(run(['事務局等に', '本編␠', '連絡要員を派遣した。␠'], ['content', 'furniture', 'content']), ['事務局等に連絡要員を派遣した。']);
  });
});
