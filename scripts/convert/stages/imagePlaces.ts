import type { BlockNode } from '../types.ts';
import { figures } from './figures.ts';

/**
 * Where the PDF printed only an image, the text edition has its title and nothing else; the page says so.
 * A caption that no stage gave a table or figure text stands for an image (別添4-1 図表１…３), and a heading
 * followed at once by a heading of its own level or higher, or by the end of the page, titles one
 * (別添6 データ2.1…2.3, whose charts the extraction dropped). A heading followed by a deeper one opens
 * its sub-sections and is not empty; slides say so on their own (slides.ts).
 */
export function imagePlaces(blocks: readonly BlockNode[]): BlockNode[] {
  const placed = figures(blocks);
  return placed.map((block, k) => {
    if (block.type !== 'heading') return block;
    const next = placed[k + 1];
    return next === undefined || (next.type === 'heading' && next.depth <= block.depth) ? { ...block, imageOnly: true as const } : block;
  });
}
