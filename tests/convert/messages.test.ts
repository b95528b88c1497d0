import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { VFile } from 'vfile';
import { englishTitles } from '../../scripts/convert/data/english.ts';
import { loadData } from '../../scripts/convert/index.ts';
import { collect, ConversionError, fail, formatMessage, SOURCE_PATH } from '../../scripts/convert/messages.ts';
import { convert } from '../../scripts/convert/pipeline.ts';
import { lineFates } from '../../scripts/convert/stages/lineFates.ts';
import type { LineRole, Root, UnitNode } from '../../scripts/convert/types.ts';
import { seedText, toyLines } from './support.ts';

const at = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const unit = (children: UnitNode['children']): UnitNode => ({ type: 'unit', id: 'u', slug: 'u', kind: 'chapter', title: 't', titleEn: 't', order: 0, imageOnly: false, children, footnotes: [], position: at });
const heading = (id: string, line: number): UnitNode['children'][number] => ({ type: 'heading', depth: 2, id, label: '', children: [{ type: 'text', value: id }], lines: [line], position: at });
const messagesOf = (work: () => unknown): ConversionError => {
  try {
    work();
  } catch (error) {
    if (error instanceof ConversionError) return error;
    throw error;
  }
  assert.fail('no ConversionError');
};

describe('conversion messages are vfile-messages', () => {
  test('fail() keeps its call shape; the fields land on the message: rule → ruleId, expected, found → actual, fix → note, the file at fault', () => {
    const error = messagesOf(() => fail({ file: 'content/measures/links.csv', line: 4, column: 2, reason: 'no measure m2020-9-9-a', rule: 'measures/links', expected: 'an id of a row', found: 'm2020-9-9-a', fix: 'run it' }));
    const [message] = error.messages;
    assert.equal(error.messages.length, 1);
    assert.deepEqual(
      { file: message!.file, line: message!.line, column: message!.column, reason: message!.reason, ruleId: message!.ruleId, expected: message!.expected, actual: message!.actual, note: message!.note, fatal: message!.fatal },
      { file: 'content/measures/links.csv', line: 4, column: 2, reason: 'no measure m2020-9-9-a', ruleId: 'measures/links', expected: ['an id of a row'], actual: 'm2020-9-9-a', note: 'run it', fatal: true },
    );
    assert.equal(error.message, 'content/measures/links.csv:4:2: error: no measure m2020-9-9-a [measures/links]\n  expected: an id of a row\n  found:    m2020-9-9-a\n  fix:      run it');
  });

  test('a message names the seed text unless a data file is at fault', () => {
    const error = messagesOf(() => fail({ line: 7, column: 1, reason: 'r', rule: 's/r' }));
    assert.equal(formatMessage(error.messages[0]!), `${SOURCE_PATH}:7:1: error: r [s/r]`);
  });

  test('collect() keeps a piece of work’s errors on the file and lets the run go on; the error of several pieces lists them by file and place', () => {
    const file = new VFile();
    assert.equal(collect(file, () => fail({ line: 9, column: 1, reason: 'second', rule: 'x/b' })), undefined);
    assert.equal(collect(file, () => fail({ line: 3, column: 1, reason: 'first', rule: 'x/a' })), undefined);
    assert.equal(collect(file, () => 'built'), 'built');
    const error = new ConversionError(file.messages);
    assert.deepEqual(error.messages.map((m) => m.reason), ['first', 'second']);
    assert.match(error.message, /:3:1: error: first \[x\/a\]\n.*:9:1: error: second \[x\/b\]$/);
  });
});

describe('rules of the tree and emit stages, on toy input', () => {
  test('english/heading-missing: one error per heading without a title, at the `headings` object of en.json', () => {
    const file = new VFile();
    const text = '{\n  "headings": {\n    "s1": "One"\n  }\n}\n';
    const root: Root = { type: 'root', children: [unit([heading('s1', 1), heading('s2', 2), heading('s3', 3)])] };
    englishTitles({ headings: { s1: 'One' } }, root, file, text);
    assert.deepEqual(
      file.messages.map((m) => formatMessage(m).split('\n')[0]),
      ['scripts/convert/data/en.json:2:1: error: heading `s2` has no English title [english/heading-missing]', 'scripts/convert/data/en.json:2:1: error: heading `s3` has no English title [english/heading-missing]'],
    );
  });

  test('english/title-unused (a warning): an English title for an id that is no heading is named at its key, and the titles are still returned', () => {
    const file = new VFile();
    const text = '{\n  "headings": {\n    "s1": "One",\n    "old-id": "Gone"\n  }\n}\n';
    const titles = englishTitles({ headings: { s1: 'One', 'old-id': 'Gone' } }, { type: 'root', children: [unit([heading('s1', 1)])] }, file, text);
    assert.equal(titles.get('s1'), 'One');
    assert.equal(file.messages.length, 1);
    assert.equal(file.messages[0]!.fatal, false);
    assert.equal(formatMessage(file.messages[0]!).split('\n')[0], 'scripts/convert/data/en.json:4:1: warning: the English title `old-id` belongs to no heading of the report [english/title-unused]');
  });

  test('coverage/line-lost: every line no node holds is an error at that line, not only the first', () => {
    const lines = toyLines('見出し', '本文', '失われた行', 'もう一つ');
    const roles: LineRole[] = lines.map(() => ({ kind: 'content' }));
    const file = new VFile();
    const root: Root = { type: 'root', children: [unit([heading('s1', 1), { type: 'paragraph', role: 'plain', children: [{ type: 'text', value: '本文' }], lines: [2], position: at }])] };
    lineFates(lines, roles, root, new Map(), file);
    assert.deepEqual(
      file.messages.map((m) => formatMessage(m).split('\n')[0]),
      [`${SOURCE_PATH}:3:1: error: this line is neither in the document nor page furniture [coverage/line-lost]`, `${SOURCE_PATH}:4:1: error: this line is neither in the document nor page furniture [coverage/line-lost]`],
    );
  });
});

describe('one run reports every error it finds, each in the file at fault', () => {
  const data = loadData();

  test('two units whose titles are printed nowhere: both, at their declarations in units.json (units/title-missing)', () => {
    const declarations = (data.units as { units: { id: string; runningHead?: string }[] }).units.map((u) => (u.id === 'a2' || u.id === 'a6' ? { ...u, runningHead: `${u.runningHead}（無い）` } : u));
    const error = messagesOf(() => convert(seedText, { ...data, units: { units: declarations } }));
    assert.deepEqual(
      error.messages.map((m) => `${m.file}:${m.line} ${m.ruleId} ${m.reason}`),
      [
        'scripts/convert/data/units.json:19 units/title-missing the title of unit `a2` is printed nowhere, not even as a page header',
        'scripts/convert/data/units.json:51 units/title-missing the title of unit `a6` is printed nowhere, not even as a page header',
      ],
    );
  });

  test('a broken row of links.csv and two headings without English titles: four errors from one run, sorted by file and place, links.csv named at its row', () => {
    const en = data.en as { headings: Record<string, string> };
    const { 'p2-c2-s1-1': _a, 'p2-c2-s1-2': _b, ...rest } = en.headings;
    const links = [...data.links!];
    links[4] = { ...links[4]!, id2020: 'm2020-9-9-a' };
    const error = messagesOf(() => convert(seedText, { ...data, en: { headings: rest }, links }));
    const heads = error.message.split('\n').filter((l) => !l.startsWith('  '));
    assert.deepEqual(heads, [
      // The row the broken line replaced is now missing: the file, at its header.
      'content/measures/links.csv:1:1: error: m2020-1-1-2-a must have exactly one line (has 0) [measures/links]',
      'content/measures/links.csv:6:1: error: no measure m2020-9-9-a [measures/links]',
      'scripts/convert/data/en.json:3:1: error: heading `p2-c2-s1-1` has no English title [english/heading-missing]',
      'scripts/convert/data/en.json:3:1: error: heading `p2-c2-s1-2` has no English title [english/heading-missing]',
    ]);
  });
});
