/**
 * `npm run convert`: reads the seed text and the data files, writes the MDX pages, the outline and the
 * coverage report under content/. The only module that touches the file system.
 *   npm run convert -- --explain 2881   prints where source line 2881 went
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { externalLinks } from './emit/links.ts';
import { ConversionError } from './messages.ts';
import { type ConversionResult, convert, type LineFate } from './pipeline.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

export function loadData(): Parameters<typeof convert>[1] {
  return {
    units: readJson('scripts/convert/data/units.json'),
    ministries: readJson('scripts/convert/data/ministries.json') as Parameters<typeof convert>[1]['ministries'],
    footnoteMarkers: readJson('scripts/convert/data/footnote-markers.json') as Record<string, unknown>,
  };
}

export function coverageSummary(fates: readonly LineFate[]): Record<string, unknown> {
  const count = (predicate: (f: LineFate) => boolean): number => fates.filter(predicate).length;
  const furniture: Record<string, number> = {};
  for (const f of fates) if (f.role === 'furniture') furniture[f.target] = (furniture[f.target] ?? 0) + 1;
  return {
    source: 'content/source/cybersecurity2020.txt',
    lines: fates.length,
    kept: { heading: count((f) => f.role === 'heading'), text: count((f) => f.role === 'text'), footnote: count((f) => f.role === 'footnote') },
    furniture: Object.fromEntries(Object.entries(furniture).sort()),
    blank: count((f) => f.role === 'blank'),
  };
}

/** The files written under content/data, by name. */
export function renderDataFiles(result: ConversionResult): Map<string, string> {
  return new Map([
    ['outline.json', JSON.stringify({ entries: result.outline }, null, 2) + '\n'],
    ['coverage.json', JSON.stringify(coverageSummary(result.fates), null, 2) + '\n'],
    ['external-links.json', JSON.stringify({ links: externalLinks(result.root) }, null, 2) + '\n'],
    ['coverage-lines.tsv', ['line\trole\ttarget\tpage', ...result.fates.map((f) => `${f.line}\t${f.role}\t${f.target}\t${f.page}`)].join('\n') + '\n'],
  ]);
}

function write(result: ConversionResult): void {
  const docs = join(root, 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  for (const [path, text] of [...result.pages].sort(([a], [b]) => a.localeCompare(b))) {
    mkdirSync(dirname(join(docs, path)), { recursive: true });
    writeFileSync(join(docs, path), text);
  }
  const data = join(root, 'content', 'data');
  mkdirSync(data, { recursive: true });
  for (const [path, text] of renderDataFiles(result)) writeFileSync(join(data, path), text);
}

function main(argv: readonly string[]): number {
  const text = readFileSync(join(root, 'content', 'source', 'cybersecurity2020.txt'), 'utf8');
  let result: ConversionResult;
  try {
    result = convert(text, loadData());
  } catch (error) {
    if (error instanceof ConversionError) {
      console.error(error.message);
      console.error('1 error');
      return 1;
    }
    throw error;
  }
  const explain = argv.indexOf('--explain');
  if (explain !== -1) {
    const line = Number(argv[explain + 1]);
    const fate = result.fates[line - 1];
    if (!fate) {
      console.error(`no line ${argv[explain + 1]} in the source`);
      return 2;
    }
    console.log(`cybersecurity2020.txt:${line}: ${fate.role} ${fate.target}${fate.page ? ` on /${fate.page}/` : ''}`);
    return 0;
  }
  write(result);
  const summary = coverageSummary(result.fates);
  console.log(`converted ${result.pages.size} pages; coverage: ${JSON.stringify(summary.kept)} furniture ${JSON.stringify(summary.furniture)} blank ${summary.blank}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
