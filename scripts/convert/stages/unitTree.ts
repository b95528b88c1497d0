import type { VFile } from 'vfile';
import { unitBlocks } from '../blocks.ts';
import type { GlossaryRules, UnitDeclaration, VerticalLabel } from '../data/schema.ts';
import { displayTitle } from '../emit/titles.ts';
import { collect, fail, lineOf } from '../messages.ts';
import { compact, linePosition, segmentsPosition, spanPosition } from '../source.ts';
import type { FootnoteMarker, LineRole, ParagraphNode, Root, SourceLine, UnitNode } from '../types.ts';
import type { InlineParagraph } from './headings.ts';
import { inlines } from './inlines.ts';
import { paragraphs } from './paragraphs.ts';
import type { UnitLines } from './runningHeads.ts';

/** What the line stages found, and the data the block stages read. */
export interface UnitTreeInput {
  lines: readonly SourceLine[];
  roles: readonly LineRole[];
  unitLines: readonly UnitLines[];
  markersByLine: ReadonlyMap<number, FootnoteMarker[]>;
  footnoteLines: ReadonlySet<number>;
  declarations: readonly UnitDeclaration[];
  ministries: ReadonlyMap<string, string>;
  glossaryRules: GlossaryRules;
  verticalLabels: readonly VerticalLabel[];
  /** The text of units.json, so that a message names the declaration at fault. */
  unitsText?: string;
}

/**
 * Builds the tree from the content lines, one unit at a time: paragraphs (with the line ends to review
 * in `file.data.lineEnds`), their inline nodes, the unit's title, then its block stages (blocks.ts). A
 * division (本編, 別添) is no page: its printed name opens the next unit (divisionLabels). An error in
 * one unit is kept on `file` and the next unit is built, so that a run reports every unit it cannot build.
 */
export function unitTree(input: UnitTreeInput, file: VFile): Root {
  const { lines, roles } = input;
  const children: UnitNode[] = [];
  const lineEnds = (file.data.lineEnds ??= []);
  let pendingDivision: ParagraphNode[] = [];
  input.unitLines.forEach(({ unit, indexes }, order) => {
    const declaration = unit.declaration;
    if (declaration.kind === 'division') {
      pendingDivision = divisionLabels(lines, unit.headingLines);
      return;
    }
    const built = collect(file, () => {
      const rebuilt = paragraphs(lines, roles, indexes);
      lineEnds.push(...rebuilt.lineEnds);
      const joinedLines = new Set(rebuilt.lineEnds.filter((e) => e.decision === 'joined').map((e) => e.line));
      const paras: InlineParagraph[] = rebuilt.paragraphs.map((p) => ({
        children: inlines(p, input.markersByLine),
        lines: p.segments.map((s) => s.line),
        position: segmentsPosition(lines, p.segments),
      }));
      const title = unitTitle(declaration, unit.headingLines, input);
      const context = { lines, ministries: input.ministries, title, markersByLine: input.markersByLine, footnoteLines: input.footnoteLines, glossaryRules: input.glossaryRules, joinedLines, units: input.declarations, verticalLabels: input.verticalLabels };
      return { title, blocks: unitBlocks(declaration, paras, context) };
    });
    const unitIndexes = indexes.filter((i) => roles[i]?.kind !== 'blank');
    const first = Math.min(...unitIndexes);
    const last = Math.max(...unitIndexes);
    children.push({
      type: 'unit',
      id: declaration.id,
      slug: declaration.slug,
      kind: declaration.kind,
      ...(declaration.parent ? { parent: declaration.parent } : {}),
      title: built?.title ?? '',
      titleEn: declaration.titleEn,
      ...(declaration.titleNote ? { titleNote: declaration.titleNote } : {}),
      order,
      imageOnly: declaration.imageOnly === true,
      ...(declaration.slides ? { slides: true as const } : {}),
      children: [...pendingDivision, ...(built?.blocks ?? [])],
      footnotes: [],
      ...(unitIndexes.length > 0 ? { position: spanPosition(lines, first + 1, last + 1) } : {}),
    });
    pendingDivision = [];
  });
  return { type: 'root', children };
}

/** The printed name of a division (本編, 別添), one label per line, to open the division's first page. */
export function divisionLabels(lines: readonly SourceLine[], headingLines: readonly number[]): ParagraphNode[] {
  return headingLines.map((line) => ({
    type: 'paragraph',
    role: 'divisionLabel',
    children: [{ type: 'text', value: lines[line - 1]!.text.trim() }],
    lines: [line],
    position: linePosition(lines[line - 1]!),
  }));
}

/** The page for each source line: the unit that holds it (a division has no page: its lines show on its first child's). */
export function pageOfLine(unitLines: readonly UnitLines[], root: Root): Map<number, UnitNode> {
  const pages = new Map<number, UnitNode>();
  for (const { unit, indexes } of unitLines) {
    const node = root.children.find((u) => u.id === unit.declaration.id) ?? root.children.find((u) => u.parent === unit.declaration.id)!;
    for (const i of indexes) pages.set(i + 1, node);
  }
  return pages;
}

function unitTitle(declaration: UnitDeclaration, headingLines: readonly number[], { lines, roles, unitsText }: UnitTreeInput): string {
  if (declaration.heading) {
    const printed = (from: number): string => headingLines.slice(from).map((line) => lines[line - 1]!.text.trim()).join('');
    // A truncated copy printed just above the heading (the 別添３ cover, L16308) is not part of the title.
    return displayTitle(compact(printed(0)) === declaration.heading ? printed(0) : printed(1));
  }
  const target = declaration.runningHead!;
  const index = roles.findIndex((r, i) => r.kind === 'furniture' && r.class === 'runningHead' && compact(lines[i]!.text) === target);
  if (index === -1) {
    fail({
      file: 'scripts/convert/data/units.json',
      line: lineOf(unitsText, `"id": "${declaration.id}"`),
      column: 1,
      reason: `the title of unit \`${declaration.id}\` is printed nowhere, not even as a page header`,
      rule: 'units/title-missing',
      expected: `a page header reading \`${target}\``,
      found: 'none',
      fix: 'check `runningHead` in scripts/convert/data/units.json against the source',
    });
  }
  return displayTitle(lines[index]!.text);
}
