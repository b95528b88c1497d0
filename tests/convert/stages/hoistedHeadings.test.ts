import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { UnitDeclaration } from '../../../scripts/convert/data/schema.ts';
import { hoistedHeadings } from '../../../scripts/convert/stages/hoistedHeadings.ts';
import { pageFurniture } from '../../../scripts/convert/stages/pageFurniture.ts';
import { units } from '../../../scripts/convert/stages/units.ts';
import { toyLines } from '../support.ts';

const BOX = '戦略（2018 年７月 27 日閣議決定。2018 年～2021 年の諸施策の目標と実施方針）より␠';
const declarations: UnitDeclaration[] = [
  { id: 'a1', slug: 'annex-1', kind: 'annex', heading: '別添１計画', titleEn: 'A1' },
  { id: 'a1-s1', slug: 'annex-1/section-1', kind: 'annexSection', parent: 'a1', heading: '1経済', titleEn: 'S1' },
  { id: 'a2', slug: 'annex-2', kind: 'annex', runningHead: '別添２実績', noLines: true, titleEn: 'A2' },
  { id: 'a2-s1', slug: 'annex-2/section-1', kind: 'annexSection', parent: 'a2', heading: '1経済', titleEn: 'S1' },
  { id: 'a3', slug: 'annex-3', kind: 'annex', heading: '別添３評価', titleEn: 'A3' },
];

describe('hoistedHeadings', () => {
  test("moves each 別添1 heading down to the box of its key, after the previous table's rows", () => {
    // 別添1's page: headings (1) and (2) hoisted above a row of the previous table; 別添2 prints them inline.
    const lines = toyLines(
      '別添１ 計画␠', '1 経済␠', '(1)意識␠', '(2)投資␠', '(オ) 総務省 前の表の行。␠', BOX, '・一つ目␠', '(ア) 総務省 行。␠', BOX, '・二つ目␠',
      '1 経済␠', '(1) 意識␠', BOX, '・一つ目␠', '(2) 投資␠', BOX, '・二つ目␠',
      '別添３ 評価␠',
    );
    const { roles } = pageFurniture(lines);
    const order = hoistedHeadings(lines, roles, units(lines, roles, declarations));
    const texts = order.slice(0, 10).map((i) => lines[i]!.text.trim());
    assert.deepEqual(texts, ['別添１ 計画', '(オ) 総務省 前の表の行。', '1 経済', '(1)意識', BOX.replace('␠', '').trim(), '・一つ目', '(ア) 総務省 行。', '(2)投資', BOX.replace('␠', '').trim(), '・二つ目']);
    assert.deepEqual([...order].sort((a, b) => a - b), lines.map((_, i) => i), 'a permutation: no line lost or doubled');
  });
});
