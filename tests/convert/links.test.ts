import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadData } from '../../scripts/convert/index.ts';
import { measureRecords } from '../../scripts/convert/emit/json/measures.ts';
import { convert } from '../../scripts/convert/pipeline.ts';
import { dice, linkMeasures, thresholds } from '../../scripts/measures/linking.ts';
import { formatLinks, parseLinks, validateLinks } from '../../scripts/measures/linksFile.ts';
import { mergeLinks } from '../../scripts/measures/mergeLinks.ts';
import { repoRoot, seedConversion, seedText } from './support.ts';

const linksPath = join(repoRoot, 'content', 'measures', 'links.csv');
const committed = readFileSync(linksPath, 'utf8');
const reviewed = parseLinks(committed);
const { measures } = seedConversion();
const byId = new Map(measures.map((m) => [m.id, m]));

describe('links 2020 ⇄ 2019', () => {
  test('`npm run link-measures` reproduces the committed links.csv, manual decisions and review notes kept', () => {
    const data = loadData();
    const { root } = convert(seedText, { ...data, links: undefined });
    const records = measureRecords(root, new Map(data.ministries.ministries.map((m) => [m.ja, m.id])));
    assert.equal(formatLinks(mergeLinks(records, linkMeasures(records), reviewed)), committed);
  });

  test('without the reviewed file the linker differs only where a manual decision was recorded', () => {
    const data = loadData();
    const { root } = convert(seedText, { ...data, links: undefined });
    const records = measureRecords(root, new Map(data.ministries.ministries.map((m) => [m.ja, m.id])));
    const fresh = mergeLinks(records, linkMeasures(records), []);
    const manualIds = new Set(reviewed.filter((r) => r.method === 'manual').flatMap((r) => [r.id2020, r.id2019]).filter(Boolean));
    // A manual unlink frees the 2019 row the linker chose, which then ends.
    for (const r of fresh) if (manualIds.has(r.id2020) && r.id2019) manualIds.add(r.id2019);
    const key = (r: { id2020: string; id2019: string; method: string }) => `${r.id2020}|${r.id2019}|${r.method}`;
    const freshKeys = new Set(fresh.map(key));
    for (const r of reviewed) if (!freshKeys.has(key(r))) assert.ok(r.method === 'manual' || manualIds.has(r.id2020) || manualIds.has(r.id2019), `unexpected difference: ${key(r)}`);
    assert.ok(reviewed.some((r) => r.method === 'manual'), 'at least one manual decision is on record');
  });

  test('the file is valid: ids exist, one line per 2020 row, 2019 rows linked or ended, one-to-one except twins', () => {
    assert.deepEqual(validateLinks(reviewed, new Set(measures.map((m) => m.id))), []);
    const broken = [...reviewed, { ...reviewed[0]!, id2020: 'm2020-9-9-a' }];
    assert.match(validateLinks(broken, new Set(measures.map((m) => m.id))).map((p) => `${p.line}: ${p.reason}`).join('\n'), /no measure m2020-9-9-a/);
  });

  test('every weak link (score below 0.5) was read and has a review note', () => {
    const weak = reviewed.filter((r) => r.score !== '' && Number(r.score) < thresholds.withMinistry);
    assert.ok(weak.length > 20);
    for (const r of weak) assert.match(r.note, /^reviewed: /, `${r.key2020} ← ${r.key2019}`);
  });

  test('each 2020 row has a counterpart or is new; each 2019 row has one or ended; links are symmetric', () => {
    for (const m of measures) {
      if (m.year === 2020) assert.ok(m.counterpart ? m.link !== 'new' : m.link === 'new', m.id);
      else assert.ok(m.counterpart ? m.link !== 'ended' : m.link === 'ended', m.id);
      if (!m.counterpart) continue;
      const other = byId.get(m.counterpart)!;
      assert.notEqual(other.year, m.year);
      if (m.year === 2019) assert.equal(other.counterpart, m.id, `${m.id} → ${other.id} → back`);
      else assert.ok(other.counterpart === m.id || (m.link === 'twin' && byId.get(other.counterpart!)!.counterpart === other.id), `${m.id} ⇄ ${other.id}`);
    }
  });

  test('a same key is not a same measure: links follow content (4.2(1) keys drift)', () => {
    const drifted = measures.filter((m) => m.year === 2020 && m.node === '4.2(1)' && m.counterpart && byId.get(m.counterpart)!.key !== m.key);
    assert.ok(drifted.length >= 20, `${drifted.length} 4.2(1) rows link to another key`);
    const a = new Set(['ab', 'bc']);
    assert.equal(dice(a, new Set(['ab', 'bc'])), 1);
    assert.equal(dice(a, new Set(['xy'])), 0);
  });
});

describe('links.csv as CSV (toy files)', () => {
  const header = 'id2020,id2019,key2020,key2019,method,score,note';

  test('a quoted note may hold a line break, a comma and a quote, and is written back the same', () => {
    const text = `${header}\nm2020-1-1-a,,1.1(ア),,manual,,"first line, with a comma\nsecond line with ""quotes"""\nm2020-1-1-b,m2019-1-1-b,1.1(イ),1.1(イ),section,0.912,\n`;
    const rows = parseLinks(text);
    assert.equal(rows.length, 2);
    assert.equal(rows[0]!.note, 'first line, with a comma\nsecond line with "quotes"');
    assert.equal(rows[1]!.score, '0.912');
    assert.equal(formatLinks(rows), text);
  });

  test('errors name the file and the row: header, field count, schema, unclosed quote', () => {
    assert.throws(() => parseLinks('id2020,id2019\n', 'links.csv'), /^Error: links\.csv:1: the header must read id2020,id2019,key2020,key2019,method,score,note$/);
    assert.throws(() => parseLinks(`${header}\nm2020-1-1-a,,1.1(ア),,new,\n`, 'links.csv'), /^Error: links\.csv:2: expected 7 fields .*, found 6$/);
    assert.throws(() => parseLinks(`${header}\nm2020-1-1-a,,1.1(ア),,manual,,\n`, 'links.csv'), /^Error: links\.csv:2: a manual decision needs its reason in `note`$/);
    assert.throws(() => parseLinks(`${header}\nm2020-1-1-a,,1.1(ア),,manual,,"open\n`, 'links.csv'), /^Error: links\.csv: .*[Qq]uote/);
  });
});
