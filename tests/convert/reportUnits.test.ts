import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { UnitsFileSchema } from '../../scripts/convert/data/schema.ts';
import { MEASURE_ANNEXES, REPORT_UNITS } from '../../scripts/convert/reportUnits.ts';

const units = UnitsFileSchema.parse(JSON.parse(readFileSync('scripts/convert/data/units.json', 'utf8'))).units;

test('every unit the converter names is declared in units.json', () => {
  const ids = new Set(units.map((u) => u.id));
  for (const [name, id] of Object.entries(REPORT_UNITS)) assert.ok(ids.has(id), `REPORT_UNITS.${name} = "${id}" is not a unit of units.json`);
});

test('each measure annex has the section pages its tables and 別添7 link to', () => {
  for (const annex of Object.values(MEASURE_ANNEXES)) {
    const sections = units.filter((u) => u.parent === annex).map((u) => u.id);
    assert.deepEqual(sections, [1, 2, 3, 4, 5].map((n) => `${annex}-s${n}`));
  }
});
