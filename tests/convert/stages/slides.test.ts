import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BlockContext } from '../../../scripts/convert/stages/blockContext.ts';
import type { UnitDeclaration, VerticalLabel } from '../../../scripts/convert/data/schema.ts';
import { ConversionError } from '../../../scripts/convert/messages.ts';
import { slides } from '../../../scripts/convert/stages/annexes/slides.ts';
import { inlineText } from '../../../scripts/convert/stages/inlines.ts';
import type { BlockNode } from '../../../scripts/convert/types.ts';
import { toyLines } from '../support.ts';

const declaration: UnitDeclaration = { id: 'a9-1', slug: 'x', kind: 'subAnnex', heading: '別添９－１x', titleEn: 'x', slides: true };
const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
/** The unit's lines as one paragraph each (what the slides stage reads is the lines, not the paragraphs). */
const run = (...rows: string[]): BlockNode[] => runAs(declaration, ...rows);
const runAs = (unit: UnitDeclaration, ...rows: string[]): BlockNode[] => runWith([], unit, ...rows);
const runWith = (verticalLabels: VerticalLabel[], unit: UnitDeclaration, ...rows: string[]): BlockNode[] => {
  const lines = toyLines(...rows);
  const context = { lines, markersByLine: new Map(), footnoteLines: new Set(), verticalLabels } as unknown as BlockContext;
  const own = lines.filter((l) => l.text.trim() !== '' && !l.text.startsWith('別添'));
  return slides(own.map((l) => ({ type: 'paragraph', role: 'plain', children: [{ type: 'text', value: l.text }], lines: [l.line], position })), context, unit);
};
const summary = (blocks: readonly BlockNode[]): string[][] =>
  blocks.map((b) => (b.type === 'column' ? b.children.map((c) => `${c.type === 'heading' ? `h${c.depth}#${c.id}` : c.type === 'paragraph' ? c.role : c.type}:${c.type === 'heading' || c.type === 'paragraph' ? inlineText(c.children).trim() : ''}`) : [b.type]));

describe('slides (別添5-1)', () => {
  test('one block per slide, headed by its title; the text of a page goes to its first slide, even when printed after the second title', () => {
    const blocks = run(
      '別添９－１ 概要␠', // 1: the unit's title (not a line of the stage)
      '',
      '基本的考え方␠', // 3: first slide of the page
      '',
      '施策①：安全基準␠', // 5: second slide of the page, image only
      '',
      '各関係主体の在り方', // 7: text inside the first slide
      '• 自らの状況を正しく認識し、活動目標を主体的に策定するとともに、各々必要な取組の中で定期的に自らの',
      'する。',
      '',
      '「基本的な考え方」',
      ' 施策④：リスク␠', // 12: a new page, glued to the slide text above
      '',
      '第',
      '４',
      '次',
    );
    assert.deepEqual(summary(blocks), [
      ['h2#a9-1-slide1:基本的考え方', 'plain:各関係主体の在り方', 'bullet:• 自らの状況を正しく認識し、活動目標を主体的に策定するとともに、各々必要な取組の中で定期的に自らのする。', 'plain:「基本的な考え方」'],
      ['h2#a9-1-slide2:施策①：安全基準'],
      ['h2#a9-1-slide3:施策④：リスク', 'plain:第４次'],
    ]);
  });

  test('in an image-only unit a slide with no text of its own says so; in a slides unit only the slides of a page without any text do', () => {
    // 各分野の結果 is text of its page, which belongs to the page's first slide (調査概要); each 事例 line starts a page.
    const rows = ['別添９－１ 概要␠', '', '調査概要␠', '', '調査結果␠', '各分野の結果', ' 事例１ 改元␠', ' 事例２ 停止␠'];
    const flags = (blocks: readonly BlockNode[]) => blocks.map((b) => (b.type === 'column' ? b.imageOnly === true : b.type));
    assert.deepEqual(flags(runAs({ ...declaration, slides: undefined, imageOnly: true }, ...rows)), [false, true, true, true]);
    // 調査結果 shares its page with 調査概要, whose text may be either slide's; the 事例 pages print no text.
    assert.deepEqual(flags(run(...rows)), [false, false, true, true]);
  });

  test('a box of the diagram is one item: a wrapped second line, a note in brackets or a slash; a label keeps its longer content apart', () => {
    const blocks = run(
      '別添９－１ 概要␠',
      '',
      'ＰＤＣＡ␠',
      '',
      '重要インフラサービス障害対応', // a box wrapped over two lines: the second is no longer
      '状況の対外説明',
      '',
      'リスクアセスメント', // a note in brackets under its label, longer than it
      '（特定・分析・評価）',
      '',
      'Ｐｌａｎ（準備）',
      '／予防・抑止',
      '',
      '防護基盤の強化', // a label and the longer content of its box
      '防護範囲の見直し／広報広聴活動／国際連携／人材育成等の推進',
      '',
      '機会の提供 監査観点の整理', // two boxes side by side on one line
      '事業継続計画及び',
      '',
      '（２）リスクマネジメントの推進', // an item number starts an item of its own
      '（１）基本的な考え方',
    );
    assert.deepEqual(summary(blocks), [
      [
        'h2#a9-1-slide1:ＰＤＣＡ',
        'plain:重要インフラサービス障害対応状況の対外説明',
        'plain:リスクアセスメント（特定・分析・評価）',
        'plain:Ｐｌａｎ（準備）／予防・抑止',
        'plain:防護基盤の強化',
        'plain:防護範囲の見直し／広報広聴活動／国際連携／人材育成等の推進',
        'plain:機会の提供 監査観点の整理',
        'plain:事業継続計画及び',
        'plain:（２）リスクマネジメントの推進',
        'plain:（１）基本的な考え方',
      ],
    ]);
  });

  test('vertical text printed a letter a line reads whole across the blanks between letters, not across a blank between two columns of letters', () => {
    const blocks = run('別添９－１ 概要␠', '', '対策例␠', '', '要', '', 'イ', 'ン', 'フ', '', 'ラ', 'ＩＴに係る環境変化の調査・分析', '', '平', '', '時', '情報セキュリティ対策の運用', '', 'リ', 'ス', 'ク', '', '及', 'び');
    assert.deepEqual(summary(blocks), [['h2#a9-1-slide1:対策例', 'plain:要インフラ', 'plain:ＩＴに係る環境変化の調査・分析', 'plain:平時', 'plain:情報セキュリティ対策の運用', 'plain:リスク', 'plain:及び']]);
  });

  describe('vertical labels read by a person (data/vertical-labels.json)', () => {
    // Four row labels letter-spaced alike, then one label printed in two columns of letters.
    const rows = ['別添９－１ 概要␠', '', 'ＰＤＣＡ␠', '', '体', '', '制', '', '規', '', '定', '', '方', '', '針', '長い箱の文字', '', 'リ', 'ス', 'ク', '', '及', 'び'];
    const entry = (reads: string[]): VerticalLabel => ({ unit: 'a9-1', reads, why: 'what the page shows' });

    test('a run of vertical text is split and joined into the labels an entry reads', () => {
      const blocks = runWith([entry(['体制', '規定', '方針']), entry(['リスク及び'])], declaration, ...rows);
      assert.deepEqual(summary(blocks), [['h2#a9-1-slide1:ＰＤＣＡ', 'plain:体制', 'plain:規定', 'plain:方針', 'plain:長い箱の文字', 'plain:リスク及び']]);
    });

    test('an entry no run reads stops the conversion, naming the labels', () => {
      assert.throws(
        () => runWith([entry(['体制規定', '計画'])], declaration, ...rows),
        (e: unknown) => e instanceof ConversionError && /error: no run of vertical text reads 「体制規定」 「計画」 \[slides\/vertical-labels\]/.test(e.message),
      );
    });

    test('a label that ends inside a line stops the conversion', () => {
      assert.throws(
        () => runWith([entry(['要イ', 'ンフ'])], declaration, '別添９－１ 概要␠', '', 'ＰＤＣＡ␠', '', '要', '', 'インフ'),
        (e: unknown) => e instanceof ConversionError && /the vertical label 「要イ」 does not end at the end of a line/.test(e.message),
      );
    });
  });

  test('slide text on a page with no slide title stops the conversion at its line', () => {
    assert.throws(() => run('別添９－１ 概要␠', 'ただの文字'), (e: unknown) => e instanceof ConversionError && /:2:1: error: slide text on a page that prints no slide title/.test(e.message));
  });
});
