/**
 * `npm run proof`: proof sheets for proofreading the edition against its source (README, "Proofreading").
 *   npm run proof                          writes proof/index.html and one sheet per page
 *   npm run proof -- --sample 10 --seed 1  prints 10 random blocks, source beside rendered text
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { convertSeed, repoRoot } from '../convert/index.ts';
import { lineEnds, sheets } from './align.ts';
import { footnoteMarks, proofBlocks } from './blocks.ts';
import { sample, samplePool, sampleText } from './sample.ts';
import { indexHtml, sheetFile, sheetHtml } from './sheet.ts';

const OUT = join(repoRoot, 'proof');

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { sample: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  const n = values.sample === undefined ? undefined : Number(values.sample);
  const seed = Number(values.seed);
  if ((n !== undefined && !(Number.isInteger(n) && n > 0)) || !Number.isInteger(seed)) {
    console.error('usage: npm run proof [-- --sample N --seed S]   (N a positive whole number, S a whole number)');
    return 2;
  }
  const converted = convertSeed();
  if (!converted) return 1;
  const { text, result } = converted;
  const source = text.split('\n');
  const blocks = proofBlocks(result.root, result.fates, (line) => source[line - 1]!);

  if (n !== undefined) {
    const ends = lineEnds(result.fates, new Map(blocks.map((b) => [b.id, b])));
    const context = { source, fates: result.fates, ends, decisions: new Map(result.lineEnds.map((d) => [d.line, d])) };
    const picked = sample(samplePool(blocks), n, seed);
    console.log(`${picked.length} blocks, seed ${seed}, from content/source/cybersecurity2020.txt`);
    picked.forEach((b, i) => console.log(`\n${sampleText(b, i + 1, picked.length, context)}`));
    return 0;
  }

  const started = performance.now();
  const all = sheets(result.root.children, source, result.fates, blocks, result.lineEnds, footnoteMarks(result.root));
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  let bytes = 0;
  const write = (name: string, html: string): void => {
    writeFileSync(join(OUT, name), html);
    bytes += Buffer.byteLength(html);
  };
  for (const sheet of all) write(sheetFile(sheet.unit.slug), sheetHtml(sheet));
  write('index.html', indexHtml(all));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`wrote ${all.length} proof sheets and proof/index.html (${(bytes / 1e6).toFixed(1)} MB) in ${seconds} s; open proof/index.html`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
