// Citation texts (src/lib/citation.ts) on a toy outline shaped like the report's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessDate, citationText, pageWhere } from '../../src/lib/citation.ts';

const outline = [
  { slug: 'introduction', title: 'はじめに', titleEn: 'Introduction' },
  {
    slug: 'part-2',
    title: '2部 我が国の政策',
    titleEn: "Part 2: Japan's policy",
    children: [{ slug: 'part-2/chapter-2', title: '2章 取組', titleEn: 'Chapter 2: Measures' }],
  },
  { slug: 'annex-2', title: '別添２ 実施状況', titleEn: 'Annex 2: Implementation', children: [{ slug: 'annex-2/section-2', title: '2 社会の実現', titleEn: '2. A society' }] },
  { slug: 'annex-4', title: '別添４ 統一的な取組', titleEn: 'Annex 4: Common measures', children: [{ slug: 'annex-4/4-1', title: '別添４－１ 対策の推進', titleEn: 'Annex 4-1: Measures' }] },
];

test('a page is named by the numbers of its part and chapter or annex, without a bare section number', () => {
  assert.equal(pageWhere(outline, 'part-2/chapter-2', 'ja', ''), '2部2章');
  assert.equal(pageWhere(outline, 'part-2/chapter-2', 'en', ''), 'Part 2, Chapter 2');
  assert.equal(pageWhere(outline, 'annex-2/section-2', 'ja', ''), '別添２');
  assert.equal(pageWhere(outline, 'annex-2/section-2', 'en', ''), 'Annex 2');
  assert.equal(pageWhere(outline, 'annex-4/4-1', 'ja', ''), '別添４－１');
  assert.equal(pageWhere(outline, 'annex-4/4-1', 'en', ''), 'Annex 4-1');
  assert.equal(pageWhere(outline, 'introduction', 'ja', ''), 'はじめに');
  assert.equal(pageWhere(outline, 'ministries/mic', 'ja', '総務省の施策'), '総務省の施策');
});

test('the citation names the author, the report, the place, the URL and the access date', () => {
  const place = { where: '別添２', target: '2.1(1)(ス)', url: 'https://example.org/annex-2/section-2/#m2019-2-1-1-su', date: new Date(2026, 11, 1) };
  assert.equal(
    citationText('ja', place),
    '内閣サイバーセキュリティセンター『サイバーセキュリティ2020（2019年度年次報告・2020年度年次計画）』別添２ 2.1(1)(ス)（非公式ウェブ版, https://example.org/annex-2/section-2/#m2019-2-1-1-su, 2026年12月1日閲覧）',
  );
  assert.equal(
    citationText('en', { ...place, where: 'Annex 2' }),
    'National center of Incident readiness and Strategy for Cybersecurity (NISC), “Cybersecurity 2020 (Annual Report for FY2019 and Annual Plan for FY2020)”, Annex 2 2.1(1)(ス) (unofficial web edition, https://example.org/annex-2/section-2/#m2019-2-1-1-su, accessed 1 December 2026).',
  );
  assert.equal(accessDate(new Date(2020, 6, 21), 'ja'), '2020年7月21日');
});
