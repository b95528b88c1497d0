// After the build, every HTML page gets its Japanese text set for reading: BudouX's phrase breaks
// (src/lib/phraseBreaks.ts) and, on English pages, lang="ja" on Japanese runs (src/lib/japaneseRuns.ts).
// Done on the output rather than in the Markdown pipeline because the sidebar, the table of contents and
// the tables written as HTML in the MDX never pass through a rehype plugin.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markJapanese } from '../lib/japaneseRuns.ts';
import { insertPhraseBreaks } from '../lib/phraseBreaks.ts';

export function japaneseText(): AstroIntegration {
  return {
    name: 'japanese-text',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        let marked = 0;
        let breaks = 0;
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          const langMarked = markJapanese(html);
          const out = insertPhraseBreaks(langMarked);
          marked += Buffer.byteLength(langMarked) - Buffer.byteLength(html);
          breaks += Buffer.byteLength(out) - Buffer.byteLength(langMarked);
          if (out !== html) await writeFile(path, out);
        }
        const per = (n: number) => Math.round(n / files.length);
        logger.info(`${files.length} pages: phrase breaks ${breaks} bytes (${per(breaks)} per page), lang="ja" marks ${marked} bytes (${per(marked)} per page)`);
      },
    },
  };
}
