import type { UnitDeclaration } from '../data/schema.ts';
import { fail } from '../messages.ts';
import { compact } from '../source.ts';
import type { LineRole, SourceLine } from '../types.ts';

/** Where a unit's printed heading is, or where its text starts when it has none. */
export interface LocatedUnit {
  declaration: UnitDeclaration;
  /** Lines of the printed heading (a wrapped heading takes 2–3), plus a truncated copy printed just above it. */
  headingLines: number[];
  /** First line of the unit; undefined for an overview page with no lines of its own. */
  startLine?: number;
}

const MAX_HEADING_LINES = 3;

/**
 * Finds each unit's printed heading, in declaration order, each after the previous one. A heading is
 * one to three consecutive text lines whose joined text, spaces removed, equals the declared title
 * (wrapped headings: L856–858, L17775–17777). A line just above it whose text is a proper prefix of the
 * title is a truncated copy (the 別添３ cover, L16308) and belongs to the heading.
 * A line stage (stage.ts): it runs before the tree exists and decides what source lines are.
 */
export function units(lines: readonly SourceLine[], roles: readonly LineRole[], declarations: readonly UnitDeclaration[]): LocatedUnit[] {
  const contentIndexes = lines.map((_, i) => i).filter((i) => roles[i]?.kind === 'content');
  let cursor = 0; // index into contentIndexes
  const located: LocatedUnit[] = [];

  for (const declaration of declarations) {
    if (declaration.noLines) {
      located.push({ declaration, headingLines: [] });
      continue;
    }
    const target = declaration.heading ?? declaration.anchor!;
    const found = findHeading(lines, contentIndexes, cursor, target, declaration.heading !== undefined);
    if (!found) {
      const after = contentIndexes[cursor] !== undefined ? lines[contentIndexes[cursor]!]!.line : lines.length;
      fail({
        line: after,
        column: 1,
        reason: `the heading of unit \`${declaration.id}\` was not found after this line`,
        rule: 'units/heading-missing',
        expected: `a line (or 2–3 wrapped lines) reading \`${target}\` once spaces are removed`,
        found: 'no such line before the end of the file',
        fix: 'check the title in scripts/convert/data/units.json against the source, or whether the source lost the heading',
      });
    }
    const { at, count } = found;
    const headingLines = declaration.heading
      ? contentIndexes.slice(at, at + count).map((i) => lines[i]!.line)
      : [];
    const previous = contentIndexes[at - 1];
    if (declaration.heading && previous !== undefined && at - 1 >= cursor) {
      const above = compact(lines[previous]!.text);
      if (above.length >= 4 && above.length < target.length && target.startsWith(above)) headingLines.unshift(lines[previous]!.line);
    }
    located.push({ declaration, headingLines, startLine: headingLines[0] ?? lines[contentIndexes[at]!]!.line });
    cursor = at + (declaration.heading ? count : 0);
  }
  return located;
}

function findHeading(
  lines: readonly SourceLine[],
  contentIndexes: readonly number[],
  from: number,
  target: string,
  allowWrap: boolean,
): { at: number; count: number } | undefined {
  for (let k = from; k < contentIndexes.length; k++) {
    let joined = '';
    for (let count = 1; count <= (allowWrap ? MAX_HEADING_LINES : 1); count++) {
      const index = contentIndexes[k + count - 1];
      if (index === undefined) break;
      joined += compact(lines[index]!.text);
      if (joined === target) return { at: k, count };
      if (!target.startsWith(joined)) break;
    }
  }
  return undefined;
}
