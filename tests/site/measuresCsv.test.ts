// /data/measures.csv (src/lib/measuresCsv.ts) on one toy row.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CSV_COLUMNS, measuresToCsv } from '../../src/lib/measuresCsv.ts';
import type { Measure } from '../../src/schemas/measure.ts';

const row: Measure = {
  id: 'm2019-1-1-1-a',
  year: 2019,
  key: '1.1(1)(ア)',
  node: '1.1(1)',
  ministries: ['内閣官房', '総務省'],
  ministryIds: ['cas', 'mic'],
  plan: '計画の「一」\n二段落目',
  result: null,
  reprint: false,
  counterpart: null,
  link: 'ended',
  url: '/annex-2/section-1/#m2019-1-1-1-a',
};

test('a byte-order mark, a bare header, every field quoted, CRLF, arrays `;`-joined, null empty', () => {
  assert.equal(
    measuresToCsv([{ ...row, plan: 'say "yes", then\nmore' }]),
    '\uFEFFid,year,key,node,ministries,ministryIds,plan,result,reprint,counterpart,link,url\r\n' +
      '"m2019-1-1-1-a","2019","1.1(1)(ア)","1.1(1)","内閣官房;総務省","cas;mic","say ""yes"", then\nmore","","false","","ended","/annex-2/section-1/#m2019-1-1-1-a"\r\n',
  );
});

test('the columns are the fields of a measure, in the schema order', () => {
  assert.deepEqual([...CSV_COLUMNS], Object.keys(row));
});
