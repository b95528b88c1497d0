import type { BlockContext } from './blockContext.ts';
import { fail, quoteLine } from '../messages.ts';
import { compact } from '../source.ts';
import type { BlockNode, ContentsNode } from '../types.ts';

/** An entry of a printed table of contents: its title, a dot leader, and the printed page number (L20674 `別添５－１ 第４次行動計画の概要 .... 257`). */
const ENTRY = /^(\S.*?)\s*(\.{4,})\s*([0-9０-９]+)$/;

/**
 * A printed table of contents (＜別添５－目次＞) is a run of paragraphs that are all entry lines. It becomes one
 * list whose entries link to the pages they name (the unit whose printed heading is the entry's title) and
 * keep the printed page number; the dot leaders stay as printed, as layout hidden from assistive technology.
 */
export function contents(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  const out: BlockNode[] = [];
  for (const block of blocks) {
    const entryLines = block.type === 'paragraph' && block.lines.every((l) => ENTRY.test(context.lines[l - 1]!.text.trim())) ? block.lines : undefined;
    if (!entryLines || block.type !== 'paragraph') {
      out.push(block);
      continue;
    }
    const entries = entryLines.map((line): ContentsNode['entries'][number] => {
      const [, title, leader, page] = ENTRY.exec(context.lines[line - 1]!.text.trim())!;
      const unit = context.units.find((u) => u.heading !== undefined && compact(u.heading) === compact(title!));
      if (!unit) {
        fail({ line, column: 1, reason: 'a contents entry names no page of the report', rule: 'contents/unknown-entry', found: quoteLine(context.lines[line - 1]!.text), expected: 'the printed heading of a unit in scripts/convert/data/units.json before the dot leader' });
      }
      return { slug: unit.slug, title: title!, leader: leader!, page: page!, line };
    });
    const last = out[out.length - 1];
    if (last?.type === 'contents') {
      last.entries.push(...entries);
      last.lines.push(...entryLines);
      last.position = { start: last.position.start, end: block.position.end };
    } else out.push({ type: 'contents', entries, lines: [...entryLines], position: block.position });
  }
  return out;
}
