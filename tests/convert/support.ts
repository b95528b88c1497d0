import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadData } from '../../scripts/convert/index.ts';
import { type ConversionResult, convert } from '../../scripts/convert/pipeline.ts';
import { parseSource } from '../../scripts/convert/source.ts';
import type { SourceLine } from '../../scripts/convert/types.ts';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const seedText = readFileSync(join(repoRoot, 'content', 'source', 'cybersecurity2020.txt'), 'utf8');
export const seedLines = seedText.split('\n');

let cached: ConversionResult | undefined;
/** The conversion of the real seed, computed once per test file. */
export function seedConversion(): ConversionResult {
  cached ??= convert(seedText, loadData());
  return cached;
}

/** 1-based number of the first seed line whose text, trimmed, equals `text` (tests locate lines by content). */
export function lineOf(text: string, after = 0): number {
  const index = seedLines.findIndex((l, i) => i >= after && l.trim() === text);
  if (index === -1) throw new Error(`no seed line reads ${JSON.stringify(text)}`);
  return index + 1;
}

/** Toy input written with a visible ␠ for each trailing space, as in budoux's tests. */
export function toyLines(...rows: string[]): SourceLine[] {
  return parseSource(rows.map((r) => r.replaceAll('␠', ' ')).join('\n'));
}

/** The seed with `replacement` put in place of lines `from`..`to` (1-based, inclusive). */
export function seedWith(from: number, to: number, replacement: string[]): string {
  return [...seedLines.slice(0, from - 1), ...replacement, ...seedLines.slice(to)].join('\n');
}
