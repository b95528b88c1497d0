/**
 * The contract of the converter's stages. A tree stage takes the whole tree and the run's vfile and
 * returns the tree: `(tree, file) → tree`, in unified's spirit. Options come in through a function that
 * returns the stage (`termLinks(rules)`); what a stage learns besides the tree (the line ends and
 * spaces a proofreader should review) goes to `file.data`; its errors and warnings to `file.messages`.
 *
 * Two documented exceptions, typed here or beside their registry:
 *  - Line stages (source.ts, pageFurniture, units, hoistedHeadings, runningHeads, footnoteMarkers) run
 *    before there is a tree: they decide what each source line is (furniture, footnote text, a unit's
 *    heading) and return line roles, because a page break, a running head or a footnote block is a fact
 *    about lines, and the tree is built only from the lines that are content.
 *  - Block stages (`BlockStage` in blocks.ts: headings, columns, contents, measure tables, the annex
 *    stages) work on the blocks of one unit as `(blocks, context, declaration) → blocks`: each rebuilds
 *    what one page printed, from that page's paragraphs and lines (`BlockContext`). unitTree.ts runs
 *    them unit by unit, so that one unit's error does not hide another's.
 */
import type { VFile } from 'vfile';
import type { LineEndDecision, Root, SpaceDecision } from './types.ts';

export type TreeStage = (tree: Root, file: VFile) => Root;

declare module 'vfile' {
  interface DataMap {
    /** Line ends the paragraph rule decided that a proofreader should review (paragraphs.ts). */
    lineEnds: LineEndDecision[];
    /** The spaces dropped from inside sentences (justificationSpaces.ts). */
    spaces: SpaceDecision[];
  }
}
