import assert from 'node:assert/strict';
import { test } from 'node:test';
import { externalLinks } from '../../../scripts/convert/emit/links.ts';
import type { BlockNode, FootnoteNode, InlineNode, Root, UnitNode } from '../../../scripts/convert/types.ts';

const at = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const link = (url: string): InlineNode => ({ type: 'link', url });
const para = (...children: InlineNode[]): BlockNode => ({ type: 'paragraph', role: 'plain', children, lines: [1], position: at });
const unit = (slug: string, order: number, children: BlockNode[], footnotes: FootnoteNode[] = []): UnitNode => ({
  type: 'unit', id: slug, slug, kind: 'chapter', title: `title of ${slug}`, titleEn: slug, order, imageOnly: false, children, footnotes,
});

test('externalLinks lists each URL once, in report order, with every page that cites it, wherever the link sits', () => {
  const root: Root = {
    type: 'root',
    children: [
      // Declared out of order: the list follows `order`, the report's reading order.
      unit('b', 2, [para(link('https://b.example/'))]),
      unit('a', 1, [
        para({ type: 'text', value: '（' }, link('https://a.example/'), link('https://a.example/')),
        { type: 'column', id: 'c', position: at, children: [para(link('https://b.example/'))] },
      ], [{ type: 'footnote', id: 'fn-main-1', series: 'main', label: '1', refIds: ['fnref-main-1'], children: [link('https://fn.example/')], lines: [2], position: at }]),
    ],
  };
  assert.deepEqual(externalLinks(root), [
    { url: 'https://a.example/', pages: [{ slug: 'a', title: 'title of a' }] },
    { url: 'https://b.example/', pages: [{ slug: 'a', title: 'title of a' }, { slug: 'b', title: 'title of b' }] },
    { url: 'https://fn.example/', pages: [{ slug: 'a', title: 'title of a' }] },
  ]);
});
