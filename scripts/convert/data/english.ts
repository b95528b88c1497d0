import { z } from 'zod';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { conversionMessage, lineOf, warn } from '../messages.ts';
import type { Root } from '../types.ts';

/** No kana, kanji or full-width forms in an English title. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

const EnglishFileSchema = z.object({
  $comment: z.string().optional(),
  headings: z.record(
    z.string().regex(/^[a-z0-9-]+$/, 'keys are heading ids'),
    z.string().min(1).refine((s) => !JAPANESE.test(s), 'an English title must not contain Japanese characters'),
  ),
});

const EN_PATH = 'scripts/convert/data/en.json';

/**
 * English titles by id: every heading of the tree (scripts/convert/data/en.json) and every unit (units.json).
 * A heading without an English title is an error at the `headings` object of en.json, one message per
 * heading, so that no navigation label is left untranslated; a title for an id that is no heading (any
 * more) is a warning at its key, since the heading it was written for has lost or changed its id.
 */
export function englishTitles(json: unknown, root: Root, file: VFile, text?: string): Map<string, string> {
  const parsed = EnglishFileSchema.parse(json);
  const titles = new Map(Object.entries(parsed.headings));
  const ids = new Set<string>();
  for (const unit of root.children) titles.set(unit.id, unit.titleEn);
  visit(root, (node) => {
    if (node.type === 'heading') ids.add(node.id);
    if (node.type === 'glossary') for (const l of node.letters) ids.add(l.id);
  });
  for (const id of ids) {
    if (titles.has(id)) continue;
    file.messages.push(
      conversionMessage(
        {
          file: EN_PATH,
          line: lineOf(text, '"headings"'),
          column: 1,
          reason: `heading \`${id}\` has no English title`,
          rule: 'english/heading-missing',
          expected: `a key \`${id}\` in \`headings\``,
          found: 'none',
          fix: 'add it to scripts/convert/data/en.json (ids and Japanese titles are in content/data/headings.json)',
        },
        'error',
      ),
    );
  }
  for (const id of Object.keys(parsed.headings)) {
    if (ids.has(id)) continue;
    warn(file, {
      file: EN_PATH,
      line: lineOf(text, `"${id}":`),
      column: 1,
      reason: `the English title \`${id}\` belongs to no heading of the report`,
      rule: 'english/title-unused',
      fix: 'find the heading it was written for in content/data/headings.json and rename the key to its id, or remove it',
    });
  }
  return titles;
}
