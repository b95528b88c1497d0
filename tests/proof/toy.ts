import type { LineFate } from '../../scripts/convert/stages/lineFates.ts';
import type { InlineNode, Position, Root, UnitNode } from '../../scripts/convert/types.ts';

/**
 * A toy report of 14 lines and two pages, written out by hand as the converter would leave it: page
 * `one` has a paragraph across a blank and a page header (L3, L6) with footnote reference 1, its note
 * (L7), and a paragraph (L13) printed among page `two`'s lines; page `two` has a table (L9–11) and a
 * paragraph that resumes after page one's L13 (L12, L14).
 */
export const toySource = [
  'はじめに ',
  '',
  '一文目は1、',
  '',
  '本編',
  '続く。 ',
  '1 注の本文。 ',
  '表 ',
  '品目 数 ',
  'りんご 3 ',
  'みかん 5 ',
  '二つ目の',
  '戻った。 ',
  '段落。 ',
];

const at = (line: number, column = 1): Position => ({
  start: { line, column, offset: 0 },
  end: { line, column: column + 1, offset: 0 },
});
const text = (value: string): InlineNode => ({ type: 'text', value });
const cell = (value: string) => ({ paragraphs: [[text(value)]] });

const unit = (id: string, slug: string, title: string, order: number): UnitNode => ({
  type: 'unit',
  id,
  slug,
  kind: 'chapter',
  title,
  titleEn: title,
  order,
  imageOnly: false,
  children: [],
  footnotes: [],
});

export function toyRoot(): Root {
  const one = unit('u1', 'one', 'はじめに', 0);
  one.children = [
    { type: 'paragraph', role: 'plain', children: [text('一文目は'), { type: 'footnoteReference', footnoteId: 'fn-main-1', label: '1', refId: 'fnref-main-1', position: at(3, 5) }, text('、続く。')], lines: [3, 6], position: at(3) },
    { type: 'paragraph', role: 'plain', children: [text('戻った。')], lines: [13], position: at(13) },
  ];
  one.footnotes = [{ type: 'footnote', id: 'fn-main-1', series: 'main', label: '1', refIds: ['fnref-main-1'], children: [text('注の本文。')], lines: [7], position: at(7) }];
  const two = unit('u2', 'two', '表', 1);
  two.children = [
    { type: 'table', id: 't1', caption: [], label: '品目', head: [[cell('品目'), cell('数')]], rows: [[cell('りんご'), cell('3')], [cell('みかん'), cell('5')]], notes: [], lines: [9, 10, 11], position: at(9) },
    { type: 'paragraph', role: 'plain', children: [text('二つ目の段落。')], lines: [12, 14], position: at(12) },
  ];
  return { type: 'root', children: [one, two] };
}

const fate = (line: number, role: LineFate['role'], target: string, page: string): LineFate => ({ line, role, target, page });

export const toyFates: LineFate[] = [
  fate(1, 'heading', 'u1', 'one'),
  fate(2, 'blank', '', ''),
  fate(3, 'text', 'u1/p1', 'one'),
  fate(4, 'blank', '', ''),
  fate(5, 'furniture', 'runningHead', ''),
  fate(6, 'text', 'u1/p1', 'one'),
  fate(7, 'footnote', 'fn-main-1', 'one'),
  fate(8, 'heading', 'u2', 'two'),
  fate(9, 'text', 't1', 'two'),
  fate(10, 'text', 't1', 'two'),
  fate(11, 'text', 't1', 'two'),
  fate(12, 'text', 'u2/p2', 'two'),
  fate(13, 'text', 'u1/p3', 'one'),
  fate(14, 'text', 'u2/p2', 'two'),
];
