/**
 * `npm run convert`: reads the seed text and the data files, writes the MDX pages, the outline and the
 * coverage report under content/. The only module that touches the file system.
 *   npm run convert -- --explain 2881   prints where source line 2881 went
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { MinistriesFileSchema } from '../../src/schemas/ministry.ts';
import { parseLinks } from '../measures/linksFile.ts';
import { coverageSummary, SENTENCE_SPACE_REASON } from './emit/coverage.ts';
import { renderDataFiles } from './emit/json/dataFiles.ts';
import { ConversionError, formatMessage, SOURCE_PATH, sortMessages } from './messages.ts';
import { type ConversionResult, type ConverterData, convert } from './pipeline.ts';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const root = repoRoot;
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const LINKS_PATH = 'content/measures/links.csv';
const EN_PATH = 'scripts/convert/data/en.json';
const UNITS_PATH = 'scripts/convert/data/units.json';

export function loadData(): ConverterData {
  return {
    units: readJson(UNITS_PATH),
    ministries: MinistriesFileSchema.parse(readJson('scripts/convert/data/ministries.json')),
    footnoteMarkers: readJson('scripts/convert/data/footnote-markers.json') as Record<string, unknown>,
    strings: { ja: readJson('src/content/i18n/ja.json'), en: readJson('src/content/i18n/en.json') },
    en: existsSync(join(root, EN_PATH)) ? readJson(EN_PATH) : { headings: {} },
    links: existsSync(join(root, LINKS_PATH)) ? parseLinks(readFileSync(join(root, LINKS_PATH), 'utf8'), LINKS_PATH) : undefined,
    glossary: readJson('scripts/convert/data/glossary.json'),
    verticalLabels: readJson('scripts/convert/data/vertical-labels.json'),
    texts: Object.fromEntries([UNITS_PATH, EN_PATH].filter((path) => existsSync(join(root, path))).map((path) => [path, readFileSync(join(root, path), 'utf8')])),
  };
}

function write(result: ConversionResult, source: readonly string[]): void {
  const docs = join(root, 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  for (const [path, text] of [...result.pages].sort(([a], [b]) => a.localeCompare(b))) {
    mkdirSync(dirname(join(docs, path)), { recursive: true });
    writeFileSync(join(docs, path), text);
  }
  const data = join(root, 'content', 'data');
  mkdirSync(data, { recursive: true });
  for (const [path, text] of renderDataFiles(result, source)) writeFileSync(join(data, path), text);
}

/**
 * The seed text and its conversion, for every tool that reads the tree. Every message of the run is
 * printed, sorted by file and place, with a count; errors give undefined.
 */
export function convertSeed(): { text: string; result: ConversionResult } | undefined {
  const text = readFileSync(join(root, SOURCE_PATH), 'utf8');
  const file = new VFile({ path: SOURCE_PATH, value: text });
  let result: ConversionResult | undefined;
  try {
    result = convert(text, loadData(), file);
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    for (const message of error.messages) if (!file.messages.includes(message)) file.messages.push(message);
  }
  const messages = sortMessages(file.messages);
  if (messages.length > 0) {
    const errors = messages.filter((m) => m.fatal === true).length;
    for (const message of messages) console.error(formatMessage(message));
    console.error(`${errors} ${errors === 1 ? 'error' : 'errors'}, ${messages.length - errors} ${messages.length - errors === 1 ? 'warning' : 'warnings'}`);
  }
  return result && { text, result };
}

function main(argv: readonly string[]): number {
  const converted = convertSeed();
  if (!converted) return 1;
  const { text, result } = converted;
  const explain = argv.indexOf('--explain');
  if (explain !== -1) {
    const line = Number(argv[explain + 1]);
    const fate = result.fates[line - 1];
    if (!fate) {
      console.error(`no line ${argv[explain + 1]} in the source`);
      return 2;
    }
    console.log(`cybersecurity2020.txt:${line}: ${fate.role} ${fate.target}${fate.page ? ` on /${fate.page}/` : ''}`);
    const end = result.lineEnds.find((e) => e.line === line);
    if (end) console.log(`  line end ${end.decision === 'joined' ? 'joined to the next line' : 'kept as a paragraph end (for review)'}: ${end.reason}`);
    else if (text.split('\n')[line - 1]!.endsWith(' ') && fate.role === 'text') console.log('  line end kept as a paragraph end: the trailing space, and nothing on the page says the text goes on');
    for (const space of result.spaces.filter((s) => s.line === line)) console.log(`  space dropped at 「${space.context}」: ${SENTENCE_SPACE_REASON}`);
    return 0;
  }
  write(result, text.split('\n'));
  const summary = coverageSummary(result.fates);
  console.log(`converted ${result.pages.size} pages; coverage: ${JSON.stringify(summary.kept)} furniture ${JSON.stringify(summary.furniture)} blank ${summary.blank}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
