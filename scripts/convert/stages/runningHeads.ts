import type { UnitDeclaration } from '../data/schema.ts';
import { compact } from '../source.ts';
import type { LineRole, SourceLine } from '../types.ts';
import type { LocatedUnit } from './units.ts';

export interface UnitLines {
  unit: LocatedUnit;
  /** 0-based line indexes in document order, every role included. */
  indexes: number[];
}

export interface RunningHeadResult {
  roles: LineRole[];
  unitLines: UnitLines[];
}

const MAX_RUNNING_HEAD_LINES = 3;

/**
 * Splits the document order into units and drops running heads: the page headers that repeat the title
 * of a unit that is open at that point, the unit itself or one of its ancestors (seed-structure.md §2.3:
 * L1337–1341 repeat 本編, 1部 and 2章; L16322 repeats 別添３; L20465 repeats 別添４－９ over two lines).
 * Deciding by the open units, not by the text alone, is what keeps the real headings: `4 横断的施策`
 * opens 2部2章 §4 (L3509) and 別添1 §4 (L7183), and only L7807 inside 別添1 §4 is a page header.
 * A line stage (stage.ts): it runs before the tree exists and decides what source lines are.
 */
export function runningHeads(
  lines: readonly SourceLine[],
  inputRoles: readonly LineRole[],
  located: readonly LocatedUnit[],
  order: readonly number[],
): RunningHeadResult {
  const roles = [...inputRoles];
  const byId = new Map(located.map((u) => [u.declaration.id, u]));
  for (const unit of located) for (const line of unit.headingLines) roles[line - 1] = { kind: 'unitHeading', unitId: unit.declaration.id };

  const positionInOrder = new Map(order.map((index, position) => [index, position]));
  const starts = located
    .filter((u) => u.startLine !== undefined)
    .map((u) => ({ unit: u, position: positionInOrder.get(u.startLine! - 1)! }))
    .sort((a, b) => a.position - b.position);

  const unitLines: UnitLines[] = located.map((unit) => ({ unit, indexes: [] }));
  const linesOf = new Map(unitLines.map((u) => [u.unit.declaration.id, u]));
  let current = -1;
  for (let position = 0; position < order.length; position++) {
    while (current + 1 < starts.length && starts[current + 1]!.position <= position) current += 1;
    const index = order[position]!;
    const owner = starts[current]?.unit;
    if (!owner) continue;
    linesOf.get(owner.declaration.id)!.indexes.push(index);
  }

  for (const { unit, indexes } of unitLines) {
    const titles = openTitles(unit.declaration, byId);
    const content = indexes.filter((i) => roles[i]?.kind === 'content');
    for (let k = 0; k < content.length; k++) {
      let joined = '';
      for (let count = 1; count <= MAX_RUNNING_HEAD_LINES && k + count - 1 < content.length; count++) {
        joined += compact(lines[content[k + count - 1]!]!.text);
        if (titles.has(joined)) {
          for (const i of content.slice(k, k + count)) roles[i] = { kind: 'furniture', class: 'runningHead' };
          k += count - 1;
          break;
        }
        if (![...titles].some((t) => t.startsWith(joined))) break;
      }
    }
  }
  return { roles, unitLines };
}

function openTitles(declaration: UnitDeclaration, byId: ReadonlyMap<string, LocatedUnit>): Set<string> {
  const titles = new Set<string>();
  let at: UnitDeclaration | undefined = declaration;
  while (at) {
    if (at.heading) titles.add(at.heading);
    if (at.runningHead) titles.add(at.runningHead);
    at = at.parent ? byId.get(at.parent)?.declaration : undefined;
  }
  return titles;
}
