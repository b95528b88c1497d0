import { z } from 'zod';
import { fail } from '../messages.ts';
import type { BlockNode, Root } from '../types.ts';

/** No kana, kanji or full-width forms in an English title. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

const EnglishFileSchema = z.object({
  $comment: z.string().optional(),
  headings: z.record(
    z.string().regex(/^[a-z0-9-]+$/, 'keys are heading ids'),
    z.string().min(1).refine((s) => !JAPANESE.test(s), 'an English title must not contain Japanese characters'),
  ),
});

/**
 * English titles by id: every heading of the tree (scripts/convert/data/en.json) and every unit (units.json).
 * A heading without an English title stops the conversion, so that no navigation label is left untranslated.
 */
export function englishTitles(json: unknown, root: Root): Map<string, string> {
  const file = EnglishFileSchema.parse(json);
  const titles = new Map(Object.entries(file.headings));
  const missing: string[] = [];
  const visit = (blocks: readonly BlockNode[]): void => {
    for (const b of blocks) {
      if (b.type === 'heading' && !titles.has(b.id)) missing.push(b.id);
      if (b.type === 'glossary') for (const l of b.letters) if (!titles.has(l.id)) missing.push(l.id);
      if (b.type === 'column') visit(b.children);
    }
  };
  for (const unit of root.units) {
    titles.set(unit.id, unit.titleEn);
    visit(unit.children);
  }
  if (missing.length > 0) {
    fail({
      line: 1,
      column: 1,
      reason: `${missing.length} headings have no English title`,
      rule: 'english/heading-missing',
      found: missing.slice(0, 8).join(', '),
      fix: 'add them to scripts/convert/data/en.json (ids and Japanese titles are in content/data/headings.json)',
    });
  }
  return titles;
}
