// Custom pages (home, 404) are not cut from the source text, but Starlight validates their
// frontmatter with the docs schema, which requires a source range: they claim the whole report.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SOURCE_PATH = 'content/source/cybersecurity2020.txt';

export function wholeReport(): { startLine: number; endLine: number } {
  const text = readFileSync(resolve(SOURCE_PATH), 'utf8');
  return { startLine: 1, endLine: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) };
}
