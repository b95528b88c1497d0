/**
 * Every error rule of the annex stages fires on toy input, at the line that causes it, and says what to
 * change. The last test reads the stages' sources, so a new rule without a case here fails it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { BlockContext } from '../../../scripts/convert/stages/blockContext.ts';
import type { UnitDeclaration } from '../../../scripts/convert/data/schema.ts';
import { ConversionError } from '../../../scripts/convert/messages.ts';
import { actionPlanItems } from '../../../scripts/convert/stages/annexes/actionPlanItems.ts';
import { budget } from '../../../scripts/convert/stages/annexes/budget.ts';
import { countTables } from '../../../scripts/convert/stages/annexes/countTables.ts';
import { darknet, examResults, registrations } from '../../../scripts/convert/stages/annexes/dataSets.ts';
import { errata } from '../../../scripts/convert/stages/annexes/errata.ts';
import { glossary } from '../../../scripts/convert/stages/annexes/glossary.ts';
import { incidents } from '../../../scripts/convert/stages/annexes/incidents.ts';
import { inspectionItems } from '../../../scripts/convert/stages/annexes/inspectionItems.ts';
import { linesPosition } from '../../../scripts/convert/stages/annexes/lines.ts';
import { ministrySections } from '../../../scripts/convert/stages/annexes/ministrySections.ts';
import { progressTables } from '../../../scripts/convert/stages/annexes/progressTables.ts';
import { rankings } from '../../../scripts/convert/stages/annexes/rankings.ts';
import { responsibilities } from '../../../scripts/convert/stages/annexes/responsibilities.ts';
import { slides } from '../../../scripts/convert/stages/annexes/slides.ts';
import { spfSettings } from '../../../scripts/convert/stages/annexes/spfSettings.ts';
import { surveyCharts } from '../../../scripts/convert/stages/annexes/surveyCharts.ts';
import { trainingTables } from '../../../scripts/convert/stages/annexes/trainingTables.ts';
import type { BlockNode, ParagraphNode } from '../../../scripts/convert/types.ts';
import { repoRoot, toyLines } from '../support.ts';

/**
 * A unit of toy text: a string is a paragraph of one line, an array a paragraph of several, `''` a blank
 * line; `heading` a heading (depth 3 unless given), `caption` a caption paragraph, `figure` a figure captioned by its line.
 */
type Item = string | string[] | { heading: string; text?: string; depth?: 2 | 3; label?: string } | { caption: string } | { figure: string };

function toy(...items: Item[]): { blocks: BlockNode[]; context: BlockContext } {
  const rows = items.flatMap((item): string[] => (typeof item === 'string' ? [item] : Array.isArray(item) ? item : ['heading' in item ? (item.text ?? item.heading) : 'caption' in item ? item.caption : item.figure]));
  const lines = toyLines(...rows);
  const context = {
    lines,
    markersByLine: new Map(),
    footnoteLines: new Set(),
    joinedLines: new Set(),
    verticalLabels: [],
    // 別添7 links each strategy node to the section pages of 別添1 and 別添2.
    units: [1, 2].flatMap((annex) => [1, 2, 3, 4, 5].map((n) => ({ id: `a${annex}-s${n}`, slug: `annex-${annex}/section-${n}` }))),
    glossaryRules: { multiWordTerms: [], indexRomaji: {} },
  } as unknown as BlockContext;
  const paragraph = (own: number[], role: ParagraphNode['role'] = 'plain'): ParagraphNode => ({
    type: 'paragraph',
    role,
    children: [{ type: 'text', value: own.map((l) => lines[l - 1]!.text.trim()).join('') }],
    lines: own,
    position: linesPosition(context, own),
  });
  let next = 1;
  const blocks = items.flatMap((item): BlockNode[] => {
    const count = Array.isArray(item) ? item.length : 1;
    const own = Array.from({ length: count }, (_, k) => next + k);
    next += count;
    if (typeof item === 'string') return item.trim() === '' ? [] : [paragraph(own)];
    if (Array.isArray(item)) return [paragraph(own)];
    if ('caption' in item) return [paragraph(own, 'caption')];
    if ('figure' in item) return [{ type: 'figure', label: '', caption: paragraph(own, 'caption'), position: linesPosition(context, own) }];
    return [{ type: 'heading', depth: item.depth ?? 3, id: item.heading, label: item.label ?? '', children: [{ type: 'text', value: item.text ?? item.heading }], lines: own, position: linesPosition(context, own) }];
  });
  return { blocks, context };
}

type Stage = (blocks: readonly BlockNode[], context: BlockContext) => BlockNode[];
const unit = (id: string): UnitDeclaration => ({ id, slug: `annex-x/${id}`, kind: 'subAnnex', heading: id, titleEn: id });

/** One case per rule: the stage, the toy text, and the line the message must blame. */
const cases: Record<string, { stage: Stage; items: Item[]; line: number }> = {
  'actionPlanItems/header-missing': { stage: actionPlanItems, items: ['施策の一覧'], line: 1 },
  'actionPlanItems/unreadable': { stage: actionPlanItems, items: ['第４次行動計画 IV 章記載事項 取組内容', '見出しのない行'], line: 2 },
  'actionPlanItems/paragraph-overlap': {
    stage: actionPlanItems,
    items: [['前の文。', '第４次行動計画 IV 章記載事項 取組内容'], '1. 内閣官房の施策', '(1) 「安全基準等の整備」に関する施策', '①本行動計画で定める。', '・取り組んだ。'],
    line: 1,
  },
  'budget/header-missing': { stage: budget, items: ['予算額の推移'], line: 1 },
  'budget/row-width': { stage: budget, items: [' 2018 年度 2019 年度 ', '当初予算額 621.1 億円'], line: 2 },
  'budget/paragraph-overlap': { stage: budget, items: [['前の文。', ' 2018 年度 2019 年度 '], '当初予算額 1 億円 2 億円'], line: 1 },
  'countTables/subs': { stage: countTables, items: ['件数', 'FY2016 FY2017', '年度ごとの件数'], line: 3 },
  'countTables/years': { stage: countTables, items: ['件数', 'FY2016 FY2017', '計 計 計'], line: 3 },
  'countTables/paragraph-overlap': { stage: countTables, items: [['前の文。', '件数'], 'FY2016 FY2017', '計 計', '情報連絡 1 2'], line: 1 },
  'dataSets/darknet': { stage: darknet, items: [{ heading: 'a6-d1-1' }, { heading: 'a6-d1-2' }, '1', '2'], line: 3 },
  'dataSets/darknet-values': { stage: darknet, items: [{ heading: 'a6-d1-1' }, { heading: 'a6-d1-2' }, '1', '2014 2015', 'パケット数（億）'], line: 3 },
  'dataSets/darknet-share': { stage: darknet, items: [{ heading: 'a6-d1-1' }, { heading: 'a6-d1-2' }, '5', '6', '0', '1000', '2014 2015', 'パケット数（億）', '割合のない項目'], line: 9 },
  'dataSets/subheads-missing': { stage: (b, c) => registrations(b, c, 'a6-d4', 't', '一つ星'), items: ['登録事業者数'], line: 1 },
  'dataSets/counts': { stage: (b, c) => registrations(b, c, 'a6-d4', 't', '一つ星'), items: ['平成 29 年度 平成 30 年度', '一つ星 20 二つ星 21 一つ星 22', '件数なし'], line: 3 },
  'dataSets/groups': { stage: (b, c) => registrations(b, c, 'a6-d4', 't', '一つ星'), items: ['平成 29 年度 平成 30 年度', '一つ星 20 一つ星 21 一つ星 22', '1 2 3'], line: 1 },
  'dataSets/columns': { stage: (b, c) => registrations(b, c, 'a6-d4', 't', '一つ星'), items: ['平成 29 年度 平成 30 年度', '一つ星 20 二つ星 21 一つ星 22', '1 2'], line: 3 },
  'dataSets/paragraph-overlap': {
    stage: (b, c) => registrations(b, c, 'a6-d4', 't', '一つ星'),
    items: [{ heading: 'a6-d4' }, ['前の文。', '平成 29 年度 平成 30 年度'], '一つ星 20 二つ星 21 一つ星 22', '1 2 3'],
    line: 2,
  },
  'dataSets/exam-header': { stage: examResults, items: [{ heading: 'a6-d6' }, '平成 29 年度 応募者数 1 2 3'], line: 2 },
  'dataSets/exam-rows': {
    stage: examResults,
    items: [{ heading: 'a6-d6' }, '試験区分', '年度', '情報セキュリティ', 'マネジメント23', '情報処理安全確保', '支援士24', '年度合計', '平成 29 年度 応募者数 1 2 3', '受験者数 1 2 3'],
    line: 9,
  },
  'dataSets/exam-cells': {
    stage: examResults,
    items: [{ heading: 'a6-d6' }, '試験区分', '年度', '情報セキュリティ', 'マネジメント23', '情報処理安全確保', '支援士24', '年度合計', '平成 29 年度 応募者数 1 2', '受験者数 1 2 3', '合格者数 1 2 3'],
    line: 9,
  },
  'errata/header-missing': { stage: errata, items: ['訂正します。'], line: 1 },
  'errata/row-start': { stage: errata, items: ['頁 訂正箇所 誤 正', '頁のない行'], line: 2 },
  'errata/row-shape': { stage: errata, items: ['頁 訂正箇所 誤 正', '224 別添 研修の時期 2019 年', '20209 年', '以 上'], line: 2 },
  'errata/paragraph-overlap': { stage: errata, items: [['前の文。', '頁 訂正箇所 誤 正'], '310 別添 6 前期比', '-332.6% +332.6%', '以 上'], line: 1 },
  'glossary/header-missing': { stage: (b, c) => glossary(b, c, c.glossaryRules), items: ['用語集'], line: 1 },
  'glossary/orphan-text': { stage: (b, c) => glossary(b, c, c.glossaryRules), items: [' 用  語 解  説 ', '索引文字のない説明文がここに長く続きます。'], line: 2 },
  'glossary/term-unended': { stage: (b, c) => glossary(b, c, c.glossaryRules), items: [' 用  語 解  説 ', 'A ABC'], line: 2 },
  'glossary/duplicate-id': { stage: (b, c) => glossary(b, c, c.glossaryRules), items: [' 用  語 解  説 ', 'A ABC 説明文がここに長く続きます。␠', ' ABC 説明文がここに長く続きます。␠'], line: 3 },
  'glossary/index-romaji': { stage: (b, c) => glossary(b, c, c.glossaryRules), items: [' 用  語 解  説 ', 'あ あいう 説明文がここに長く続きます。␠'], line: 2 },
  'incidents/header-missing': { stage: incidents, items: ['インシデント'], line: 1 },
  'incidents/orphan-text': { stage: incidents, items: ['年月(※1) 情報セキュリティインシデントの概要・対応等(※2) 種別', '概要のない行'], line: 2 },
  'incidents/category-missing': { stage: incidents, items: ['年月(※1) 情報セキュリティインシデントの概要・対応等(※2) 種別', '４月 【概要】事案があった。'], line: 2 },
  'incidents/paragraph-overlap': { stage: incidents, items: [['前の文。', '年月(※1) 情報セキュリティインシデントの概要・対応等(※2) 種別'], '４月 【概要】事案があった。', 'その他'], line: 1 },
  'inspectionItems/header-missing': { stage: inspectionItems, items: ['検査の概要'], line: 1 },
  'inspectionItems/no-end': { stage: inspectionItems, items: ['検査項目 検査項目とした理由'], line: 1 },
  'inspectionItems/orphan-item': { stage: inspectionItems, items: ['検査項目 検査項目とした理由', '見出しにない項目␠', { heading: 'h1', text: '周知状況' }], line: 2 },
  'inspectionItems/reason-count': { stage: inspectionItems, items: ['検査項目 検査項目とした理由', '周知状況␠', { heading: 'h1', text: '周知状況' }], line: 1 },
  'inspectionItems/paragraph-overlap': { stage: inspectionItems, items: [['前の文。', '検査項目 検査項目とした理由'], '周知状況␠', '周知が要るため。␠', { heading: 'h1', text: '周知状況' }], line: 1 },
  'ministrySections/holder-missing': { stage: (b, c) => ministrySections(b, c, unit('a3')), items: [{ heading: 'a3-mic', depth: 2 }, '最高情報セキュリティ責任者', { heading: 'a3-mofa', depth: 2 }], line: 2 },
  'progressTables/years': { stage: progressTables, items: ['表１：情報共有件数', '件数の推移'], line: 2 },
  'progressTables/label-missing': { stage: progressTables, items: ['表１：情報共有件数', '年度 2015 2016', '1 2'], line: 3 },
  'progressTables/no-rows': { stage: progressTables, items: ['表１：情報共有件数', '年度 2015 2016', '一', '二', '三'], line: 2 },
  'progressTables/paragraph-overlap': { stage: progressTables, items: [['前の文。', '表１：情報共有件数'], '年度 2015 2016', '件数 1 2'], line: 1 },
  'rankings/header-missing': { stage: rankings, items: ['表題', '1 位 23/TCP 10 件 ＋1%'], line: 2 },
  'rankings/rank-heads': { stage: rankings, items: ['表題', '今期', 'ポート 今期件数 前期比', '1 位 23/TCP 10 件 ＋1%'], line: 2 },
  'rankings/row-width': { stage: rankings, items: ['表題', 'ポート 今期件数 前期比', '1 位 23/TCP 10 件 ＋1%', '2 位 80/TCP 9 件'], line: 4 },
  'rankings/data-width': { stage: rankings, items: ['表題', 'ポート 今期件数 前期比', '1 位 10 件'], line: 3 },
  'rankings/paragraph-overlap': { stage: rankings, items: [['前の文。', '表題'], 'ポート 今期件数 前期比', '1 位 23/TCP 10 件 ＋1%'], line: 1 },
  'responsibilities/header-missing': { stage: (b, c) => responsibilities(b, c, unit('a7')), items: ['担当府省庁一覧'], line: 1 },
  'responsibilities/orphan': { stage: (b, c) => responsibilities(b, c, unit('a7')), items: ['項目', '担当府省庁', '（◎：主担当、○：関係府省庁）', '番号のない行'], line: 4 },
  'responsibilities/paragraph-overlap': { stage: (b, c) => responsibilities(b, c, unit('a7')), items: [['前の文。', '項目'], '担当府省庁', '（◎：主担当、○：関係府省庁）', '1. 経済社会の活力'], line: 1 },
  'slides/no-title': { stage: (b, c) => slides(b, c, unit('a9-1')), items: ['題のない文'], line: 1 },
  'slides/vertical-labels': {
    stage: (b, c) => slides(b, { ...c, verticalLabels: [{ unit: 'a9-1', reads: ['重要'], why: '縦書き' }] }, unit('a9-1')),
    items: ['スライドの題␠', '横書きの文です'],
    line: 1,
  },
  'spfSettings/rows': { stage: spfSettings, items: [{ caption: '図表２ SPF の設定' }, 'ドメイン名リスト取得日 -all ~all', '割合のない行'], line: 2 },
  'spfSettings/row-width': { stage: spfSettings, items: [{ caption: '図表２ SPF の設定' }, 'ドメイン名リスト取得日 -all ~all', '2019 年１月末 69.7% 13.6%', '2019 年２月末 70.1%'], line: 4 },
  'spfSettings/paragraph-overlap': { stage: spfSettings, items: [{ caption: '図表２ SPF の設定' }, 'ドメイン名リスト取得日 -all ~all', ['2019 年１月末 69.7% 13.6%', '表の後の文']], line: 4 },
  'surveyCharts/not-a-paragraph': { stage: surveyCharts, items: [{ figure: '0% 20%' }, '款ごとの遵守率の法人割合', '・文。'], line: 1 },
  'surveyCharts/prose-inside': { stage: surveyCharts, items: [['前の文', '0% 20%'], '款ごとの遵守率の法人割合', '・文。'], line: 1 },
  'surveyCharts/title': { stage: surveyCharts, items: ['0% 20%', '題のない図', '・文。'], line: 1 },
  'surveyCharts/item-end': { stage: surveyCharts, items: ['0% 20%', '終わらない項目', '行っている 行っていない 中途段階'], line: 2 },
  'surveyCharts/heading': { stage: surveyCharts, items: ['0% 20%', '項目です。', '行っている 行っていない 中途段階'], line: 1 },
  'surveyCharts/result-item': {
    stage: surveyCharts,
    items: [{ heading: 'h1', label: '（１）' }, '0% 20%', '項目です。', '行っている 行っていない 中途段階', '・全く違う話をしている法人は 3 法人（10％）である。'],
    line: 5,
  },
  'trainingTables/no-rows': { stage: trainingTables, items: ['No. 時期 テーマ 講師 参加人数', '行のない表'], line: 1 },
  'trainingTables/paragraph-overlap': { stage: trainingTables, items: [['前の文。', 'No. 時期 テーマ 講師 参加人数'], '１ 2019 年', 'テーマ'], line: 1 },
};

describe('every error rule of the annex stages', () => {
  for (const [rule, { stage, items, line }] of Object.entries(cases)) {
    test(`${rule} stops the run at line ${line} and says what to change`, () => {
      const { blocks, context } = toy(...items);
      assert.throws(
        () => stage(blocks, context),
        (e: unknown) => {
          assert.ok(e instanceof ConversionError, String(e));
          const [message] = e.messages;
          assert.equal(message!.ruleId, rule, e.message);
          assert.equal(message!.line, line, e.message);
          assert.match(message!.note ?? '', /\S/, `${rule} gives no fix`);
          return true;
        },
      );
    });
  }

  test('has a case here, each rule named in the stages’ sources', () => {
    const dir = join(repoRoot, 'scripts', 'convert', 'stages', 'annexes');
    const rules = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/'([a-zA-Z]+\/[a-z-]+)'/g)].map((m) => m[1]!));
    assert.deepEqual([...new Set(rules)].sort(), Object.keys(cases).sort());
  });
});
