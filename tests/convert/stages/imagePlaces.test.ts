import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chartTitles } from '../../../scripts/convert/stages/annexes/chartTitles.ts';
import { imagePlaces } from '../../../scripts/convert/stages/imagePlaces.ts';
import { inlineText } from '../../../scripts/convert/stages/inlines.ts';
import type { BlockNode, HeadingNode, ParagraphNode } from '../../../scripts/convert/types.ts';
import { seedConversion } from '../support.ts';

const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const heading = (id: string, depth: HeadingNode['depth']): HeadingNode => ({ type: 'heading', depth, id, label: '', children: [{ type: 'text', value: id }], lines: [1], position });
const para = (value: string, role: ParagraphNode['role'] = 'plain', lines = [1]): ParagraphNode => ({ type: 'paragraph', role, children: [{ type: 'text', value }], lines, position });
const summary = (blocks: readonly BlockNode[]) =>
  blocks.map((b) => (b.type === 'heading' ? `${b.id}${b.imageOnly ? ' (image)' : ''}` : b.type === 'figure' ? `figure ${b.label}|${inlineText(b.caption.children)}` : b.type));

describe('image places: what the PDF held only as an image says so', () => {
  test('a heading followed by one of its own level, a higher one, or the end of the page titles an image', () => {
    const blocks = [heading('d2', 2), para('本文。'), heading('d2-1', 3), heading('d2-2', 3), heading('d3', 2), heading('d3-1', 3)];
    assert.deepEqual(summary(imagePlaces(blocks)), ['d2', 'paragraph', 'd2-1 (image)', 'd2-2 (image)', 'd3', 'd3-1 (image)']);
  });

  test('a heading followed by a deeper one, a paragraph, a table or a figure is not empty', () => {
    const blocks = [heading('d1', 2), heading('d1-1', 3), para('本文。'), heading('d1-2', 3), para('図表１ 構成', 'caption')];
    assert.deepEqual(summary(imagePlaces(blocks)), ['d1', 'd1-1', 'paragraph', 'd1-2', 'figure 図表１|構成']);
  });

  test('a caption left standing becomes a figure, so it says its image is not here; other paragraphs stay', () => {
    const blocks = [para('図表２ 統一基準群の関係', 'caption'), para('図表２に示す。')];
    assert.deepEqual(summary(imagePlaces(blocks)), ['figure 図表２|統一基準群の関係', 'paragraph']);
  });
});

describe('別添6: a line that closes no sentence titles a chart printed as an image', () => {
  const blocks: BlockNode[] = [
    para('（データ中の表記については、平成 30年を「前期」、令和元年を「今期」という。）', 'plain', [1]), // prose, closed inside brackets
    para('ロシアからのアクセス件数の推移', 'plain', [2]),
    para('跳ね返りパケット送信元ポート別比率         跳ね返りパケット送信元国・地域別比率', 'plain', [3]), // two titles side by side
    para('同制度への登録事業者数について、推移と累計を掲載。', 'plain', [4]),
    para('宛先ポート別グラフトップ 1-5', 'plain', [5, 6]), // two lines: prose or a table's text, not a title
    para('・ 項目', 'bullet', [7]),
    heading('d2-6', 3),
  ];

  test('each title line becomes a figure, side-by-side titles one; sentences, longer paragraphs, list items and headings stay', () => {
    assert.deepEqual(summary(chartTitles(blocks)), [
      'paragraph',
      'figure |ロシアからのアクセス件数の推移',
      'figure |跳ね返りパケット送信元ポート別比率         跳ね返りパケット送信元国・地域別比率',
      'paragraph',
      'paragraph',
      'paragraph',
      'd2-6',
    ]);
  });

  test('a title keeps the source line it came from, as a caption', () => {
    const figures = chartTitles(blocks).filter((b) => b.type === 'figure');
    assert.deepEqual(
      figures.map((f) => [f.caption.role, f.caption.lines]),
      [
        ['caption', [2]],
        ['caption', [3]],
      ],
    );
  });
});

describe('image places in the real report', () => {
  const { root, pages } = seedConversion();
  const blocksOf = (id: string) => root.children.find((u) => u.id === id)!.children;

  test('別添6: the three データ2 headings whose charts the extraction dropped, and 25 chart titles, say their image is not here', () => {
    const headings = blocksOf('a6').flatMap((b) => (b.type === 'heading' && b.imageOnly ? [b.label] : []));
    assert.deepEqual(headings, ['データ 2.1', 'データ 2.2', 'データ 2.3']);
    const figures = blocksOf('a6').filter((b) => b.type === 'figure');
    assert.equal(figures.length, 25);
    assert.ok(figures.some((f) => f.type === 'figure' && inlineText(f.caption.children).includes('ロシアからのアクセス件数の推移')));
    const notices = pages.get('annex-6.mdx')!.match(/class="image-notice"/g) ?? [];
    assert.equal(notices.length, 28);
    assert.equal((pages.get('en/annex-6.mdx')!.match(/This figure is an image in the original PDF/g) ?? []).length, 28);
  });

  test('別添4: the captions no figure text or table took are figures, eight of them', () => {
    const captions = ['a4-1', 'a4-4', 'a4-5', 'a4-7'].flatMap((id) => blocksOf(id).filter((b) => b.type === 'paragraph' && b.role === 'caption'));
    assert.deepEqual(captions, []);
    const figures = ['a4-1', 'a4-4', 'a4-5', 'a4-7'].flatMap((id) => blocksOf(id).flatMap((b) => (b.type === 'figure' && !b.content ? [`${id} ${b.label}`] : [])));
    assert.deepEqual(figures, ['a4-1 図表１', 'a4-1 図表２', 'a4-1 図表３', 'a4-4 図表１', 'a4-5 図表１', 'a4-5 図表２', 'a4-5 図表３', 'a4-7 図表１']);
  });

  test('no page keeps a caption without its figure and notice', () => {
    const bare = root.children.flatMap((u) => u.children.flatMap((b) => (b.type === 'paragraph' && b.role === 'caption' ? [`${u.id}: ${inlineText(b.children)}`] : [])));
    assert.deepEqual(bare, []);
  });
});
