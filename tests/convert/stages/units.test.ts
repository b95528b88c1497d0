import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { UnitDeclaration } from '../../../scripts/convert/data/schema.ts';
import { pageFurniture } from '../../../scripts/convert/stages/pageFurniture.ts';
import { runningHeads } from '../../../scripts/convert/stages/runningHeads.ts';
import { units } from '../../../scripts/convert/stages/units.ts';
import { toyLines } from '../support.ts';

const declarations: UnitDeclaration[] = [
  { id: 'p1', slug: 'part-1', kind: 'part', heading: '1部動向', titleEn: 'Part 1' },
  { id: 'p1-c1', slug: 'part-1/chapter-1', kind: 'chapter', parent: 'p1', heading: '1章環境', titleEn: 'Chapter 1' },
  { id: 'p1-c2', slug: 'part-1/chapter-2', kind: 'chapter', parent: 'p1', heading: '2章情勢について述べる章', titleEn: 'Chapter 2' },
];

function locate(rows: string[]) {
  const lines = toyLines(...rows);
  const { roles } = pageFurniture(lines);
  const located = units(lines, roles, declarations);
  return { lines, roles, located };
}

describe('units', () => {
  test('finds each printed heading after the previous one, spaces ignored, wrapped or not', () => {
    const { located } = locate(['1 部 動向␠', '1章 環境␠', '本文。␠', ' 2 章 情勢について', '述べる章␠', '本文。␠']);
    assert.deepEqual(located.map((u) => u.headingLines), [[1], [2], [4, 5]]);
  });

  test('a missing heading stops the conversion and names the unit and the data file', () => {
    assert.throws(
      () => locate(['1 部 動向␠', '1章 環境␠', '本文。␠']),
      (error: Error) =>
        error.message.includes('the heading of unit `p1-c2` was not found after this line [units/heading-missing]') &&
        error.message.includes('scripts/convert/data/units.json'),
    );
  });
});

describe('runningHeads', () => {
  test('a line repeating the title of an open unit is a page header; the same title elsewhere is not', () => {
    const { lines, roles, located } = locate(['1 部 動向␠', '1章 環境␠', '本文', '1 部 動向␠', '- 2 -␠', '続き。␠', '2章 情勢について述べる章␠', '1章 環境␠']);
    const result = runningHeads(lines, roles, located, lines.map((_, i) => i));
    const kinds = result.roles.map((r) => (r.kind === 'furniture' ? r.class : r.kind));
    assert.deepEqual(kinds, ['unitHeading', 'unitHeading', 'content', 'runningHead', 'pageNumber', 'content', 'unitHeading', 'content']);
  });
});
