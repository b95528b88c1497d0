import type { UnitDeclaration } from './data/schema.ts';
import { columns } from './stages/columns.ts';
import { figures } from './stages/figures.ts';
import { headings, type InlineParagraph } from './stages/headings.ts';
import { measureTables } from './stages/measureTables/index.ts';
import type { BlockNode, SourceLine } from './types.ts';

/** What the block stages may read besides the unit's own paragraphs. */
export interface BlockContext {
  lines: readonly SourceLine[];
  /** Ministry name as printed → ASCII id. */
  ministries: ReadonlyMap<string, string>;
  /** The unit's display title. */
  title: string;
}

const MAIN_TEXT_KINDS = new Set<UnitDeclaration['kind']>(['front', 'part', 'chapter']);

/** The block stages each unit goes through, in order; annex-specific stages join here. */
export function unitBlocks(declaration: UnitDeclaration, paragraphs: readonly InlineParagraph[], context: BlockContext): BlockNode[] {
  let blocks = columns(headings(declaration, paragraphs, context.ministries));
  if (MAIN_TEXT_KINDS.has(declaration.kind)) blocks = figures(blocks);
  if (declaration.kind === 'annexSection') blocks = measureTables(blocks, { ...context, section: declaration.heading!.slice(0, 1), sectionTitle: context.title, unitId: declaration.id });
  return blocks;
}
