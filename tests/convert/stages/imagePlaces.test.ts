import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
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

describe('image places in the real report', () => {
  const { root, pages } = seedConversion();
  const blocksOf = (id: string) => root.units.find((u) => u.id === id)!.children;

  test('別添6: the three データ2 headings whose charts the extraction dropped say their image is not here, in both languages', () => {
    const headings = blocksOf('a6').flatMap((b) => (b.type === 'heading' && b.imageOnly ? [b.label] : []));
    assert.deepEqual(headings, ['データ 2.1', 'データ 2.2', 'データ 2.3']);
    assert.equal((pages.get('annex-6.mdx')!.match(/class="image-notice"/g) ?? []).length, 3);
    assert.equal((pages.get('en/annex-6.mdx')!.match(/This figure is an image in the original PDF/g) ?? []).length, 3);
  });

  test('別添4: the captions no figure text or table took are figures, eight of them', () => {
    const captions = ['a4-1', 'a4-4', 'a4-5', 'a4-7'].flatMap((id) => blocksOf(id).filter((b) => b.type === 'paragraph' && b.role === 'caption'));
    assert.deepEqual(captions, []);
    const figures = ['a4-1', 'a4-4', 'a4-5', 'a4-7'].flatMap((id) => blocksOf(id).flatMap((b) => (b.type === 'figure' && !b.content ? [`${id} ${b.label}`] : [])));
    assert.deepEqual(figures, ['a4-1 図表１', 'a4-1 図表２', 'a4-1 図表３', 'a4-4 図表１', 'a4-5 図表１', 'a4-5 図表２', 'a4-5 図表３', 'a4-7 図表１']);
  });

  test('no page keeps a caption without its figure and notice', () => {
    const bare = root.units.flatMap((u) => u.children.flatMap((b) => (b.type === 'paragraph' && b.role === 'caption' ? [`${u.id}: ${inlineText(b.children)}`] : [])));
    assert.deepEqual(bare, []);
  });
});
