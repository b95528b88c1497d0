import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compact } from '../../scripts/convert/source.ts';
import { inlineText } from '../../scripts/convert/stages/inlines.ts';
import type { MeasureRow, MeasureTableNode, ParagraphNode, StrategyBoxNode } from '../../scripts/convert/types.ts';
import { seedConversion, seedLines } from './support.ts';

const { root, fates } = seedConversion();
const blocks = root.children.flatMap((u) => u.children);
const tables = (year: number) => blocks.filter((b): b is MeasureTableNode => b.type === 'measureTable' && b.year === year);
const rows = (year: number) => tables(year).flatMap((t) => t.rows);
const boxes = (year: number) => blocks.filter((b): b is StrategyBoxNode => b.type === 'strategyBox' && b.id.startsWith(`box${year}`));
const text = (ps: readonly ParagraphNode[]) => ps.map((p) => inlineText(p.children).trim()).join('\n');
const row = (year: number, key: string): MeasureRow => {
  const found = rows(year).find((r) => r.key === key);
  assert.ok(found, `${year} ${key}`);
  return found;
};

const MINISTRY = '(内閣官房|内閣府|警察庁|金融庁|総務省|法務省|外務省|財務省|文部科学省|厚生労働省|農林水産省|経済産業省|国土交通省|環境省|防衛省|消費者庁)';
const ROW_LINE = new RegExp(`^\\s?[(（][ア-ン][)）] ${MINISTRY}`);
const annex2Start = root.children.find((u) => u.id === 'a2-s1')!.position!.start.line;
const annex3Start = root.children.find((u) => u.id === 'a3')!.position!.start.line;
const printedRows = (from: number, to: number) => seedLines.slice(from - 1, to - 1).filter((l) => ROW_LINE.test(l)).length;

describe('measure rows of 別添1 (2020) and 別添2 (2019)', () => {
  test('every printed 項番 row is a row: 309 in 2020, 303 in 2019', () => {
    const annex1Start = root.children.find((u) => u.id === 'a1')!.position!.start.line;
    assert.equal(rows(2020).length, printedRows(annex1Start, annex2Start));
    assert.equal(rows(2019).length, printedRows(annex2Start, annex3Start));
    assert.deepEqual([rows(2020).length, rows(2019).length], [309, 303]);
  });

  test('keys are unique per year; 46 table nodes and 66 strategy boxes per annex, in the same order', () => {
    for (const year of [2020, 2019]) {
      const keys = rows(year).map((r) => r.key);
      assert.equal(new Set(keys).size, keys.length, `${year} keys unique`);
      assert.equal(new Set(tables(year).map((t) => t.nodeKey)).size, 46);
      assert.equal(boxes(year).length, 66);
      for (const key of keys) assert.match(key, /^\d(\.\d)?(\(\d\))?\([ア-ン]\)$/);
    }
    const boxText = (b: StrategyBoxNode) => compact(text(b.children)).replace(/。$/, '');
    assert.deepEqual(boxes(2020).map((b) => b.nodeKey), boxes(2019).map((b) => b.nodeKey));
    assert.deepEqual(boxes(2020).map(boxText), boxes(2019).map(boxText));
  });

  test('every character of a row is in exactly one field: label, ministries, plan or result', () => {
    for (const year of [2020, 2019]) {
      for (const r of rows(year)) {
        const printed = compact(r.lines.map((l) => seedLines[l - 1]!).join(''));
        const fields = compact(r.label + r.parts.map((p) => p.ministries.join('') + text(p.plan) + text(p.result)).join(''));
        assert.equal(fields, printed, `${r.key} (${year})`);
      }
    }
  });

  test('every line of the two annexes is a heading, a box, a table header or a row', () => {
    const allowed = /^(heading|text)$/;
    for (const f of fates.filter((x) => x.line >= annex2Start && x.line < annex3Start && x.role !== 'blank' && x.role !== 'furniture')) {
      assert.match(f.role, allowed);
      assert.match(f.target, /^(a2-s\d(-[\w-]+)?|t2019-[\w-]+\/header|m2019-[\w-]+|a2-s\d\/p\d+)$/, `line ${f.line}: ${f.target}`);
    }
  });

  test('only 2019 2.3(5)(エ) has unlabelled sub-rows: four parts, each with its ministry, plan and result', () => {
    assert.deepEqual(rows(2019).filter((r) => r.parts.length > 1).map((r) => r.key), ['2.3(5)(エ)']);
    assert.equal(rows(2020).filter((r) => r.parts.length > 1).length, 0);
    const parts = row(2019, '2.3(5)(エ)').parts;
    assert.deepEqual(parts.map((p) => p.ministries), [['内閣官房'], ['内閣官房'], ['内閣官房'], ['総務省']]);
    assert.ok(parts.every((p) => p.plan.length > 0 && p.result.length > 0));
    assert.match(text(parts[2]!.plan), /^内閣官房において、政府機関等のサイバー攻撃対処/);
    assert.match(text(parts[2]!.result), /^・政府関係機関のサイバー攻撃対処能力の向上を/, 'a sub-row that starts a new PDF page');
  });

  test('2019 plans and results are told apart: results start with ・, [ or 【 and plans never end in the past tense', () => {
    for (const r of rows(2019)) {
      for (const p of r.parts) {
        assert.match(text(p.result), /^[・[【]/, `${r.key} result`);
        assert.doesNotMatch(text(p.plan), /た。$/, `${r.key} plan`);
      }
    }
    assert.ok(rows(2020).every((r) => r.parts.every((p) => p.result.length === 0 && p.plan.length > 0)));
  });

  test('（再掲） rows are marked', () => {
    const marked = (year: number) => rows(year).filter((r) => r.reprint).length;
    assert.ok(marked(2020) >= 30 && marked(2019) >= 29, `${marked(2020)} / ${marked(2019)}`);
    assert.ok(row(2020, '4.2(1)(ミ)').reprint);
  });
});

describe('rows pinned by content', () => {
  const pins: { year: 2019 | 2020; key: string; ministries: string[]; plan: RegExp; result?: RegExp; why: string }[] = [
    { year: 2020, key: '1.1(1)(ア)', ministries: ['内閣官房'], plan: /^内閣官房において、経営層の意識改革や戦略マネジメント層/, why: 'first row' },
    { year: 2020, key: '1.1(2)(オ)', ministries: ['経済産業省'], plan: /^経済産業省において、2019 年度事業で明らかになった中小企業/, why: 'a row printed under hoisted headings (L5179)' },
    { year: 2020, key: '1.1(2)(エ)', ministries: ['総務省', '経済産業省'], plan: /^経済産業省及び総務省において/, why: 'multi-ministry row, cell order kept' },
    { year: 2020, key: '2.2(1)(ス)', ministries: ['内閣官房', '金融庁', '総務省', '厚生労働省', '経済産業省', '国土交通省'], plan: /^重要インフラ所管省庁及び/, why: 'six ministries with blank lines between' },
    { year: 2020, key: '2.1(1)(ツ)', ministries: ['内閣府', '経済産業省', '総務省'], plan: /^内閣府 SIP（戦略的イノベーション/, why: 'plan text that starts with a ministry name' },
    { year: 2020, key: '1.2(1)(ア)', ministries: ['経済産業省'], plan: /^経済産業省において、産業サイバーセキュリティ研究会の下で開催した WG1/, why: 'first row of a node whose heading was hoisted (L5257)' },
    { year: 2020, key: '2.6(ア)', ministries: ['内閣官房'], plan: /./, why: 'preface table of 2.6' },
    { year: 2020, key: '5(ア)', ministries: ['内閣官房'], plan: /./, why: 'section-level node 5' },
    { year: 2020, key: '4.2(1)(ミ)', ministries: ['経済産業省'], plan: /ISO\/IEC JTC 1\/SC 27 が主催する国際会合[\s\S]*（再掲）$/, why: 'a word wrap kept as a space, and a （再掲） split over two lines (L7822, L7829)' },
    { year: 2020, key: '3.3(3)(イ)', ministries: ['経済産業省'], plan: /^経済産業省及び IPA 産業サイバーセキュリティセンター/, why: 'last row before the hoisted 4 横断的施策 (L7177–7185)' },
    { year: 2019, key: '1.1(1)(ア)', ministries: ['内閣官房'], plan: /^内閣官房において、経営層の意識改革や戦略マネジメント層/, result: /^・普及啓発・人材育成専門調査会において、人材育成/, why: 'first row' },
    { year: 2019, key: '1.3(2)(ア)', ministries: ['内閣官房', '警察庁', '総務省', '経済産業省'], plan: /^内閣官房及び関係省庁において/, result: /^\[NISC\]/, why: 'equal column widths: split at the first author tag' },
    { year: 2019, key: '1.3(2)(イ)', ministries: ['総務省', '経済産業省'], plan: /^・総務省及び経済産業省において[\s\S]*\n・総務省において[\s\S]*\n・経済産業省において/, result: /^\[総務省\]/, why: 'equal widths, three plan bullets' },
    { year: 2019, key: '1.3(2)(ウ)', ministries: ['総務省'], plan: /^総務省において、国立研究開発法人情報通信研究機構/, result: /^・総務省において、国立研究開発法人情報通信研究機構/, why: 'equal widths, result is a past-tense bullet' },
    { year: 2019, key: '2.1(1)(シ)', ministries: ['経済産業省'], plan: /^経済産業省において、高水準・高信頼の検証サービス/, result: /^・IoT 機器等の信頼性を高度に検証する/, why: 'plan narrower than result (L9331)' },
    { year: 2019, key: '3.3(3)(ア)', ministries: ['内閣官房', '警察庁', '総務省', '外務省', '経済産業省'], plan: /^・内閣官房、警察庁、総務省、外務省、経済産業省、その他関係府/, result: /^\[NISC\]\n・「サイバーセキュリティ分野における開発途上国に対する能力構/, why: 'plan 32 / result 74 columns (L13926)' },
    { year: 2019, key: '2.1(1)(チ)', ministries: ['内閣府', '経済産業省', '総務省'], plan: /^内閣府 SIP（戦略的イノベーション創造プログラム）を中心に/, result: /^・/, why: 'plan text that starts with a ministry name (L9569)' },
    { year: 2019, key: '2.3(5)(エ)', ministries: ['内閣官房'], plan: /^政府機関におけるサイバー攻撃に係る対処要員/, result: /^・内閣官房において、府省庁における CSIRT 要員/, why: 'labelled part of the row with sub-rows' },
    { year: 2019, key: '2.2(1)(ス)', ministries: ['内閣官房', '金融庁', '総務省', '厚生労働省', '経済産業省', '国土交通省'], plan: /./, result: /^[・[【]/, why: 'six ministries' },
    { year: 2019, key: '5(エ)', ministries: ['内閣官房'], plan: /./, result: /./, why: 'last row of 別添2' },
  ];
  for (const pin of pins) {
    test(`${pin.year} ${pin.key}: ${pin.why}`, () => {
      const r = row(pin.year, pin.key);
      assert.deepEqual(r.parts[0]!.ministries, pin.ministries);
      assert.match(text(r.parts[0]!.plan), pin.plan);
      if (pin.result) assert.match(text(r.parts[0]!.result), pin.result);
    });
  }
});
