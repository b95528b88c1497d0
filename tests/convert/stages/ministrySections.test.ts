import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BlockContext } from '../../../scripts/convert/stages/blockContext.ts';
import type { UnitDeclaration } from '../../../scripts/convert/data/schema.ts';
import { ministrySections } from '../../../scripts/convert/stages/annexes/ministrySections.ts';
import type { BlockNode } from '../../../scripts/convert/types.ts';
import { toyLines } from '../support.ts';

const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const annex3: UnitDeclaration = { id: 'a3', slug: 'annex-3', kind: 'annex', heading: 'x', titleEn: 'x' };
const paragraph = (value: string, line: number): BlockNode => ({ type: 'paragraph', role: 'plain', children: [{ type: 'text', value }], lines: [line], position });
const run = (...rows: string[]): string[] => {
  const context = { lines: toyLines(...rows), markersByLine: new Map(), footnoteLines: new Set() } as unknown as BlockContext;
  const blocks: BlockNode[] = [
    { type: 'heading', depth: 2, id: 'a3-mic', label: '', children: [{ type: 'text', value: rows[0]! }], lines: [1], position },
    ...rows.slice(1).map((r, k) => paragraph(r, k + 2)),
  ];
  return ministrySections(blocks, context, annex3).map((b) => (b.type === 'heading' ? `h${b.depth}#${b.id}` : b.type));
};

describe('別添3: numbered headings', () => {
  test('a numbered line that heads prose is a heading with an ASCII id from its number (総務省 (1), （2）)', () => {
    assert.deepEqual(run('総務省', '(1)体制の一層の強化', '2020年度においては、強化を図る。', '（２）継続実施', '引き続き実施する。'), [
      'h2#a3-mic',
      'h3#a3-mic-1',
      'paragraph',
      'h3#a3-mic-2',
      'paragraph',
    ]);
  });

  test('consecutive numbered lines are list items, and a numbered sentence is prose (経済産業省, 農林水産省)', () => {
    assert.deepEqual(run('総務省', '（１）取組の継続', '（２）対策の強化', '(3)このような中、統合した。', '本文。'), ['h2#a3-mic', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  test('a 。 inside brackets does not make a numbered title a sentence', () => {
    assert.deepEqual(run('総務省', '（３）「計画」（以下「育成計画」という。）に基づく取組', '本文。'), ['h2#a3-mic', 'h3#a3-mic-3', 'paragraph']);
  });
});
