/**
 * The annexes as first-class pages (issue #4): counts asserted against the source text, found by content.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { glossaryData } from '../../scripts/convert/emit/json/dataFiles.ts';
import { inlineText } from '../../scripts/convert/stages/inlines.ts';
import type { BlockNode, GlossaryNode, TableCell, TableNode, UnitNode } from '../../scripts/convert/types.ts';
import { GlossaryFileSchema } from '../../src/lib/glossary.ts';
import { repoRoot, seedConversion, seedLines } from './support.ts';

const result = seedConversion();
const { root } = result;
const unit = (id: string): UnitNode => root.children.find((u) => u.id === id)!;
const squash = (s: string): string => s.replace(/\s+/g, '');
const cellText = (c: TableCell | undefined): string => squash((c?.paragraphs ?? []).map((p) => inlineText(p)).join(''));
const tables = (u: UnitNode): TableNode[] => u.children.filter((b): b is TableNode => b.type === 'table');
const table = (u: UnitNode, id: string): TableNode => {
  const found = tables(u).find((t) => t.id === id);
  assert.ok(found, `table ${id} on ${u.slug}`);
  return found;
};
/**
 * Source lines from the first line whose compact text starts with `from` up to (excluding) the first after
 * it starting with `to`; the dotted lines of 別添5's contents list are not titles.
 */
function region(from: string, to: string): string[] {
  const start = seedLines.findIndex((l) => squash(l).startsWith(from) && !l.includes('....'));
  const end = seedLines.findIndex((l, i) => i > start && squash(l).startsWith(to));
  assert.ok(start !== -1 && end > start, `region ${from} … ${to}`);
  return seedLines.slice(start, end);
}

describe('別添3: one section per ministry', () => {
  const a3 = unit('a3');
  const ministries = (JSON.parse(readFileSync(join(repoRoot, 'scripts/convert/data/ministries.json'), 'utf8')) as { ministries: { ja: string; id: string }[] }).ministries;
  const cisoLines = region('別添３各府省庁における情報セキュリティ対策の総合評価・方針', '別添４').filter((l) => /^最高情報セキュリティ(責任者|管理者)$/.test(l.trim()));

  test('23 ministries, as many as the CISO titles printed, each headed by its name with its ministries.json id', () => {
    const headings = a3.children.filter((b) => b.type === 'heading' && b.depth === 2);
    assert.equal(cisoLines.length, 23);
    assert.equal(headings.length, cisoLines.length);
    for (const h of headings) {
      assert.equal(h.type, 'heading');
      if (h.type !== 'heading') continue;
      const m = ministries.find((x) => x.ja === squash(inlineText(h.children)));
      assert.ok(m, `${inlineText(h.children)} is in ministries.json`);
      assert.equal(h.id, `a3-${m.id}`);
    }
  });

  test('each ministry has a byline with its CISO, linked to its measures page; 警察庁 prints 管理者', () => {
    const bylines = a3.children.filter((b) => b.type === 'byline');
    assert.equal(bylines.length, 23);
    for (const b of bylines) {
      if (b.type !== 'byline') continue;
      assert.equal(b.url, `../ministries/${b.ministryId}/`);
      assert.ok(inlineText(b.holder).trim().length > 3, 'a post and a name');
    }
    const npa = bylines.find((b) => b.type === 'byline' && b.ministryId === 'npa');
    assert.equal(npa?.type === 'byline' && inlineText(npa.role), '最高情報セキュリティ管理者');
    const cas = bylines.find((b) => b.type === 'byline' && b.ministryId === 'cas');
    assert.equal(cas?.type === 'byline' && squash(inlineText(cas.holder)), '内閣総務官原邦彰');
  });
});

describe('別添3: numbered headings under a ministry', () => {
  test('a numbered line that heads prose or a list is a heading, its number as printed; list items and numbered sentences are not', () => {
    const a3 = unit('a3');
    const numbered = a3.children.filter((b) => b.type === 'heading' && b.depth === 3);
    assert.deepEqual(
      numbered.map((b) => (b.type === 'heading' ? `${b.id} ${inlineText(b.children).slice(0, 3)}` : '')),
      ['a3-mic-1 (1)', 'a3-mic-2 （2）', 'a3-mic-3 （3）', 'a3-mofa-1 （１）', 'a3-mofa-2 （２）'],
    );
    // 文部科学省 (1)–(6) and 経済産業省 （１）–（６） are consecutive items; 農林水産省 (1)–(4) are sentences.
    const items = a3.children.filter((b) => b.type === 'paragraph' && /^[(（][0-9０-９][)）]/.test(inlineText(b.children).trim()));
    assert.equal(items.length, 16);
  });
});

describe('sub-annexes', () => {
  test('別添4 has 10 sub-pages and 別添5 has 9, as many as the source numbers (別添５ by its contents list)', () => {
    const printed4 = new Set(seedLines.map((l) => l.trim().match(/^別添４－([0-9０-９]+) /)?.[1]?.normalize('NFKC')).filter(Boolean));
    const toc5 = seedLines.filter((l) => /^別添５－[0-9０-９]+ .+ \.{4,} \d+ ?$/.test(l));
    assert.equal(root.children.filter((u) => u.parent === 'a4').length, printed4.size);
    assert.equal(root.children.filter((u) => u.parent === 'a5').length, toc5.length);
    assert.deepEqual([printed4.size, toc5.length], [10, 9]);
  });
});

describe('別添4-9: the incident list', () => {
  const source = region('別添４－９政府機関等に係る', '別添４－10');
  const incidents = table(unit('a4-9'), 'a4-9-incidents');

  test('one row per 【概要】 printed, 31', () => {
    const printed = source.filter((l) => l.includes('【概要】')).length;
    assert.equal(incidents.rows.length, printed);
    assert.equal(printed, 31);
  });

  test('categories as printed (split lines joined): 外部からの攻撃 11, 意図せぬ情報流出 6, その他 14', () => {
    const compact = source.map((l) => squash(l)).filter((l) => l !== '');
    const printed = { 外部からの攻撃: 0, 意図せぬ情報流出: 0, その他: 0 } as Record<string, number>;
    compact.forEach((l, i) => {
      if (l === 'その他') printed['その他']! += 1;
      if (l === '外部から' && compact[i + 1] === 'の攻撃') printed['外部からの攻撃']! += 1;
      if (l === '意図せぬ' && compact[i + 1] === '情報流出') printed['意図せぬ情報流出']! += 1;
    });
    const counted: Record<string, number> = {};
    for (const row of incidents.rows) counted[cellText(row.at(-1))] = (counted[cellText(row.at(-1))] ?? 0) + 1;
    assert.deepEqual(counted, printed);
    assert.deepEqual(printed, { 外部からの攻撃: 11, 意図せぬ情報流出: 6, その他: 14 });
  });

  test('the month spans its incidents; 【対応等】 is a paragraph of its own', () => {
    const first = incidents.rows[0]!;
    assert.equal(cellText(first[0]), '2019年４月');
    assert.equal(first[0]!.header, true);
    const spans = incidents.rows.map((r) => (r[0]!.header ? (r[0]!.rowSpan ?? 1) : 0)).reduce((a, b) => a + b, 0);
    assert.equal(spans, incidents.rows.length);
    const kisei = incidents.rows.find((r) => r.some((c) => cellText(c).includes('原子力規制庁')))!;
    const summary = kisei.find((c) => cellText(c).includes('原子力規制庁'))!;
    assert.equal(summary.paragraphs.length, 2);
    assert.ok(cellText({ paragraphs: [summary.paragraphs[1]!] }).startsWith('【対応等】'));
  });
});

describe('別添4-10: the budget', () => {
  const budget = table(unit('a4-10'), 'a4-10-budget');
  test('当初予算額 and 補正予算額 for 2018–2020 as printed, and the chart has the same figures', () => {
    const printed = (label: string): string[] => seedLines.find((l) => l.startsWith(label))!.trim().split(' ').slice(1).join(' ').match(/[\d.]+ ?億円|－/g)!;
    const row = (label: string): string[] => budget.rows.find((r) => cellText(r[0]) === label)!.slice(1).map(cellText);
    assert.deepEqual(row('当初予算額'), printed('当初予算額').map(squash));
    assert.deepEqual(row('補正予算額'), printed('補正予算額').map(squash));
    assert.deepEqual(row('当初予算額'), ['621.1億円', '712.9億円', '834.2億円']);
    assert.deepEqual(budget.head[0]!.slice(1).map(cellText), ['2018年度', '2019年度', '2020年度']);
    assert.deepEqual(budget.chart?.series.map((s) => s.points.map((p) => p.y)), [[621.1, 712.9, 834.2], [13, 52, null]]);
    assert.equal(budget.notes.length, 2);
  });
});

describe('別添4-5: tables put back together', () => {
  const a45 = unit('a4-5');
  test('the §5 sentence that the NISC 勉強会 rows split reads whole again', () => {
    const before = seedLines.find((l) => l.trimEnd().endsWith('能力向上のため、基'))!;
    const after = seedLines.find((l) => l.trim().startsWith('礎的な知識や最新動向'))!;
    assert.ok(before && after, 'the split is in the source');
    const paragraphs = a45.children.filter((b) => b.type === 'paragraph').map((b) => squash(inlineText(b.type === 'paragraph' ? b.children : [])));
    const whole = squash(before) + squash(after);
    assert.equal(paragraphs.filter((p) => p.includes(whole)).length, 1);
    assert.ok(!paragraphs.some((p) => p.endsWith('ため、基')));
  });

  test('the NISC 勉強会 table has its 5 rows, in order, with what each row printed', () => {
    const training = tables(a45).find((t) => t.rows.some((r) => cellText(r[4]).startsWith('延べ280名')))!;
    assert.deepEqual(training.rows.map((r) => cellText(r[0])), ['１', '２', '３', '４', '５']);
    assert.deepEqual(training.head[0]!.map(cellText), ['No.', '時期', 'テーマ', '講師', '参加人数']);
    assert.deepEqual(training.rows.map((r) => cellText(r[1])), ['2019年６月', '2019年７月', '2019年９月', '2019年12月', '2020年３月']);
  });

  test('four training tables, as many as the `No. 時期 テーマ` header lines', () => {
    const headers = region('別添４－５教育・訓練に係る取組', '別添４－６').filter((l) => l.trim().startsWith('No. 時期 テーマ'));
    assert.equal(tables(a45).length, headers.length);
  });
});

describe('別添5-5: count tables', () => {
  const source = region('別添５－５情報共有件数', '別添５－６');
  const counted = tables(unit('a5-5'));
  test('one table per FY header, one row per printed line of counts, FY2019 quarters adding up to its 計', () => {
    assert.equal(counted.length, source.filter((l) => /^FY\d{4}( FY\d{4})+$/.test(l.trim())).length);
    const printedRows = source.filter((l) => /( \d+){8}$/.test(l.trimEnd())).length;
    const rows = counted.flatMap((t) => t.rows).filter((r) => r.length === 9);
    assert.equal(rows.length, printedRows);
    for (const r of rows) {
      const [q1, q2, q3, q4, total] = r.slice(4).map((c) => Number(cellText(c)));
      assert.equal(q1! + q2! + q3! + q4!, total, cellText(r[0]));
    }
    assert.ok(counted.flatMap((t) => t.rows).some((r) => r.length === 1 && cellText(r[0]) === '発生した事象'), 'the one-character-a-line group label is read whole');
  });
});

describe('numbered headings of the annexes', () => {
  /** A closed line that prints a section number (１, （１）, ①, ア) and a short title without a sentence end; not a table cell's date (L18673 `１ 2019 年`). */
  const numberedLine = /^ ?(?:[１-９] ?|[（(][１-９1-9][）)] ?|[①-⑳] |[ア-オ] )[^ 。][^。]* $/;
  const dateCell = /^ ?[１-９] [0-9]{4} ?年 ?$/;
  const headingLines = new Set(result.fates.filter((f) => f.role === 'heading').map((f) => f.line));
  const linesOf = (slug: string): { line: number; text: string }[] =>
    result.fates.filter((f) => f.page === slug && f.role !== 'blank').map((f) => ({ line: f.line, text: seedLines[f.line - 1]! }));

  test('別添4-2: every line printed as a numbered heading is a heading, the number kept as printed (27: ５ sections, 16 （n） items, 6 ①–③)', () => {
    const numbered = linesOf('annex-4/4-2').filter((l) => numberedLine.test(l.text) && l.text.trim().length <= 45);
    assert.equal(numbered.length, 27);
    assert.deepEqual(numbered.filter((l) => !headingLines.has(l.line)), []);
    const a42 = unit('a4-2');
    const first = a42.children.find((b) => b.type === 'heading');
    assert.ok(first?.type === 'heading');
    assert.deepEqual([first.label, inlineText(first.children)], ['１', '2019 年度における監査の概要']);
  });

  test('別添4, 別添5-2: every closed numbered line of a sub-annex outside its tables and figures is a heading', () => {
    for (const slug of ['annex-4/4-1', 'annex-4/4-3', 'annex-4/4-5', 'annex-4/4-6', 'annex-4/4-8', 'annex-5/5-2']) {
      const u = root.children.find((x) => x.slug === slug)!;
      const figureLines = new Set(u.children.flatMap((b) => (b.type === 'figure' ? (b.content ?? []).flatMap((c) => (c.type === 'paragraph' ? c.lines : [])) : [])));
      const prose = new Set(result.fates.filter((f) => f.page === slug && f.role === 'text' && /\/p\d+$/.test(f.target) && !figureLines.has(f.line)).map((f) => f.line));
      const missed = linesOf(slug).filter((l) => numberedLine.test(l.text) && !dateCell.test(l.text) && l.text.trim().length <= 45 && prose.has(l.line) && !l.text.includes('、'));
      assert.deepEqual(missed, [], slug);
    }
  });
});

describe('figure text printed after footnotes goes back to its figure', () => {
  test('別添4-6: the SPF diagram labels are the text of 図表１, right after its caption', () => {
    const a46 = unit('a4-6');
    const figure = a46.children.find((b) => b.type === 'figure' && b.label === '図表１');
    assert.ok(figure?.type === 'figure' && figure.content, '図表１ holds text');
    const text = squash(figure.content.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : '')).join(''));
    assert.ok(text.includes('なりすましメール') && text.includes('送信サーバのIPと比較'));
    // The explanation that follows the caption in the source comes after the figure.
    const k = a46.children.indexOf(figure);
    const next = a46.children[k + 1];
    assert.ok(next?.type === 'paragraph' && squash(inlineText(next.children)).startsWith('図表１に、'));
  });

  test('別添4-6: the figure text ends with its page; the next page’s heading 「２ 取組の結果及び今後の課題」 is a heading again, with its section after it', () => {
    const a46 = unit('a4-6');
    const k = a46.children.findIndex((b) => b.type === 'heading' && b.label === '２');
    assert.ok(k !== -1);
    const heading = a46.children[k]!;
    assert.ok(heading.type === 'heading' && squash(inlineText(heading.children)) === '取組の結果及び今後の課題');
    const before = a46.children[k - 1];
    assert.ok(before?.type === 'paragraph' && squash(inlineText(before.children)).startsWith('図表１に、'), 'the paragraph on 図表１ closes section １');
    const figure = a46.children.find((b) => b.type === 'figure');
    assert.ok(figure?.type === 'figure' && figure.content);
    assert.ok(!squash(figure.content.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : '')).join('')).includes('取組の結果'));
  });

  test('別添4-7: the diagram’s text stops at the next page; 「（参考）暗号の危殆化」 and its paragraphs are text of the page again', () => {
    const a47 = unit('a4-7');
    const prose = a47.children.filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? squash(inlineText(b.children)) : ''));
    assert.ok(prose.includes('（参考）暗号の危殆化'));
    assert.ok(prose.some((p) => p.startsWith('図表１は、計算機の出現年数')));
  });
});

describe('別添6: data sets', () => {
  const a6 = unit('a6');
  const headings = a6.children.filter((b) => b.type === 'heading');
  test('データ1–6 and their 11 sub-items are headings, as printed', () => {
    const printedSets = new Set(seedLines.map((l) => l.trim().match(/^データ ?(\d) /)?.[1]).filter(Boolean));
    const printedItems = new Set(seedLines.map((l) => l.trim().match(/^データ ?(\d\.\d) /)?.[1]).filter(Boolean));
    assert.equal(headings.filter((h) => h.type === 'heading' && h.depth === 2).length, printedSets.size);
    assert.equal(headings.filter((h) => h.type === 'heading' && h.depth === 3).length, printedItems.size);
    assert.deepEqual([printedSets.size, printedItems.size], [6, 11]);
  });

  const sectionOf = (id: string): string => {
    const k = a6.children.findIndex((b) => b.type === 'table' && b.id === id);
    const above = a6.children.slice(0, k).filter((b) => b.type === 'heading');
    const h = above.at(-1);
    return h?.type === 'heading' ? h.id : '';
  };

  test('データ4’s table, printed after データ5’s footnotes, is under データ4 with its 12 counts', () => {
    const printedAt = seedLines.findIndex((l) => l.trim().startsWith('243 297 58,461'));
    const data5At = seedLines.findIndex((l) => l.trim().startsWith('データ 5'));
    assert.ok(printedAt > data5At, 'the source prints it under データ5');
    assert.equal(sectionOf('a6-d4-registrations'), 'a6-d4');
    const t = table(a6, 'a6-d4-registrations');
    assert.deepEqual(t.rows[0]!.map(cellText), seedLines[printedAt]!.trim().split(' '));
  });

  test('every data set with printed figures has its table under its own heading', () => {
    assert.equal(sectionOf('a6-d1-1-counts'), 'a6-d1-1');
    assert.equal(sectionOf('a6-d1-2-shares'), 'a6-d1-2');
    assert.equal(sectionOf('a6-d5-registrants'), 'a6-d5');
    assert.equal(sectionOf('a6-d6-exams'), 'a6-d6');
    // Ranking tables: one per `…（今期順位）` / `（増加順位）` / `（減少順位）` caption, plus 2.6's.
    const captions = region('データ2警察庁', 'データ3').filter((l) => /順位）$/.test(l.trim()) || l.trim() === '不正侵入等の攻撃手法別検知件数');
    const rankings = tables(a6).filter((t) => /^a6-d2-\d-t\d$/.test(t.id));
    assert.equal(rankings.length, captions.length);
    for (const t of rankings) assert.equal(t.rows.length, 5, `${t.id} has the top 5`);
  });

  test('データ6: 11 years × 3 rows, and each year’s total adds up where both exams are printed', () => {
    const t = table(a6, 'a6-d6-exams');
    const years = region('データ6', '担当府省庁一覧').filter((l) => /^\s*(平成|令和)/.test(l)).length;
    assert.equal(t.rows.length, years * 3);
    assert.equal(years, 11);
    const n = (c: TableCell | undefined): number => Number(cellText(c).replace(/,/g, ''));
    for (const row of t.rows) {
      const values = row.filter((c) => !c.header);
      if (cellText(values[0]) === '') continue;
      assert.equal(n(values[0]) + n(values[1]), n(values[2]), `${cellText(row.find((c) => c.header))}`);
    }
  });

  test('charts: time series and 今期順位 rankings, figures read from their tables', () => {
    const charted = tables(a6).filter((t) => t.chart);
    assert.ok(charted.some((t) => t.id === 'a6-d1-1-counts') && charted.some((t) => t.id === 'a6-d6-exams'));
    const counts = table(a6, 'a6-d1-1-counts');
    assert.deepEqual(counts.chart!.series[0]!.points.map((p) => p.y), counts.rows.map((r) => Number(cellText(r[1]))));
    assert.deepEqual(counts.rows.map((r) => cellText(r[0])), ['2014', '2015', '2016', '2017', '2018', '2019']);
  });
});

describe('担当府省庁一覧', () => {
  const list = table(unit('a7'), 'a7-responsibilities');
  test('one row per strategy node: 5 + 16 + 38, as printed', () => {
    const source = region('担当府省庁一覧', '別添８');
    const nodes = source.filter((l) => /^\s*([1-9]\.(?!\d)|[1-9]\.[1-9] |\([1-9]\) )/.test(l));
    assert.equal(list.rows.length, nodes.length);
    assert.equal(nodes.length, 5 + 16 + 38);
  });

  test('lead, related and notes in their columns; every node links to 別添1 and 別添2 anchors that exist', () => {
    const row = list.rows.find((r) => cellText(r[0]).startsWith('(1)経営層の意識改革'))!;
    assert.deepEqual(row.slice(1, 4).map(cellText), ['◎：NISC、経済産業省', '○：金融庁', '']);
    const ids = new Set([...result.pages.entries()].filter(([p]) => /^annex-[12]\//.test(p)).flatMap(([p, text]) => [...text.matchAll(/\{#([a-z0-9-]+)\}/g)].map((m) => `${p.replace(/\.mdx$/, '').replace(/\/index$/, '')}#${m[1]}`)));
    for (const r of list.rows) {
      const links = r.at(-1)!.paragraphs[0]!.filter((i) => i.type === 'link');
      assert.equal(links.length, 2);
      for (const l of links) {
        if (l.type !== 'link') continue;
        const [page, id] = l.url.replace(/^\.\.\//, '').replace(/\/(#|$)/, '$1').split('#');
        if (id) assert.ok(ids.has(`${page}#${id}`), `${l.url} exists`);
        else assert.ok(result.pages.has(`${page}.mdx`), `${l.url} exists`);
      }
    }
  });
});

describe('別添8: the glossary', () => {
  const glossary = unit('a8').children.find((b): b is GlossaryNode => b.type === 'glossary')!;
  const terms = glossary.letters.flatMap((l) => l.terms);
  const source = region('AAI', '正誤表');

  test('43 index letters, as many as the letters printed at the start of a row, in printed order', () => {
    const printed = [...new Set(source.map((l) => l.match(/^ ?([A-Z0-9ぁ-ん]) \S/)?.[1]).filter((x): x is string => Boolean(x)))];
    assert.deepEqual(glossary.letters.map((l) => l.index), printed);
    assert.equal(printed.length, 43);
  });

  test('225 terms, with the per-letter counts of seed-structure.md §6', () => {
    assert.equal(terms.length, 225);
    const counts = Object.fromEntries(glossary.letters.map((l) => [l.index, l.terms.length]));
    assert.deepEqual([counts['A'], counts['C'], counts['I'], counts['さ'], counts['し'], counts['5']], [9, 15, 25, 26, 17, 1]);
  });

  test('multi-word and wrapped terms stay whole', () => {
    const names = new Set(terms.map((t) => t.term));
    for (const t of ['Apache Struts', 'SECCON 2019', 'Society 5.0', 'ISO/IEC JTC 1 SC 27', 'ISO/IEC JTC1 SC41', 'IoT推進コンソーシアム', '公開鍵暗号(ISO/IEC18033-2/AMD1)', '未踏IT人材発掘・育成事業', 'ペネトレーションテスト']) {
      assert.ok(names.has(t), t);
    }
    const bcp = terms.find((t) => t.term === 'BCP')!;
    assert.ok(inlineText(bcp.definition[0]!).startsWith('Business Continuity Planの略'));
  });

  test('every term has a unique ASCII id and a definition; glossary.json validates against its schema', () => {
    const ids = terms.map((t) => t.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^term-[a-z0-9-]+$/);
    for (const t of terms) assert.ok(t.definition.length > 0 && inlineText(t.definition[0]!).trim() !== '', t.term);
    const data = GlossaryFileSchema.parse(glossaryData(result));
    assert.equal(data.terms.length, 225);
    const committed = GlossaryFileSchema.parse(JSON.parse(readFileSync(join(repoRoot, 'content/data/glossary.json'), 'utf8')));
    assert.deepEqual(committed, data);
  });
});

describe('glossary terms in the text link to their definitions', () => {
  const refs = (blocks: readonly BlockNode[]): string[] =>
    blocks.flatMap((b) => (b.type === 'paragraph' ? b.children.flatMap((i) => (i.type === 'termReference' ? [i.termId] : [])) : b.type === 'column' ? refs(b.children) : []));
  const a8 = unit('a8');
  const terms = a8.children.find((b): b is GlossaryNode => b.type === 'glossary')!.letters.flatMap((l) => l.terms);
  const byId = new Map(terms.map((t) => [t.id, t]));

  test('each term links at most once per page, never on the glossary page, never from a heading or a table', () => {
    for (const u of root.children) {
      const ids = refs(u.children);
      assert.equal(new Set(ids).size, ids.length, `${u.slug} links a term twice`);
      if (u.id === 'a8') assert.equal(ids.length, 0);
      for (const b of u.children) {
        if (b.type === 'heading') assert.ok(!b.children.some((i) => i.type === 'termReference'), b.id);
        if (b.type === 'table') assert.ok(!b.rows.flat().some((c) => c.paragraphs.flat().some((i) => i.type === 'termReference')), b.id);
      }
    }
    assert.ok(root.children.filter((u) => refs(u.children).length > 0).length > 20, 'most pages link terms');
  });

  test('terms shorter than 3 characters are never linked; linked text is the term, not part of a longer word', () => {
    const all = root.children.flatMap((u) => refs(u.children));
    for (const id of all) assert.ok([...byId.get(id)!.term].length >= 3, byId.get(id)!.term);
    assert.ok(!all.includes('term-ai') && !all.includes('term-5g'));
    // ボット is no term, but ボットネット is: a link never starts or ends inside a katakana word.
    for (const u of root.children) {
      for (const b of u.children) {
        if (b.type !== 'paragraph') continue;
        b.children.forEach((node, k) => {
          if (node.type !== 'termReference') return;
          const before = b.children[k - 1];
          const after = b.children[k + 1];
          const kata = /[\u30a1-\u30fa\u30fc]/;
          if (kata.test(node.value[0]!) && before?.type === 'text') assert.ok(!kata.test(before.value.at(-1) ?? ''), `${u.slug}: ${before.value.slice(-3)}|${node.value}`);
          if (kata.test(node.value.at(-1)!) && after?.type === 'text') assert.ok(!kata.test(after.value[0] ?? ''), `${u.slug}: ${node.value}|${after.value.slice(0, 3)}`);
        });
      }
    }
  });

  test('the first use of a term on a page is the one linked, and the link points at its definition', () => {
    const p1c1 = unit('p1-c1');
    const first = p1c1.children.find((b) => b.type === 'paragraph' && b.children.some((i) => i.type === 'termReference'));
    assert.ok(first?.type === 'paragraph');
    const ref = first.children.find((i) => i.type === 'termReference')!;
    assert.ok(ref.type === 'termReference');
    assert.equal(ref.url, `../../annex-8/#${ref.termId}`);
    const term = byId.get(ref.termId)!;
    // No earlier paragraph of the page uses the term.
    const earlier = p1c1.children.slice(0, p1c1.children.indexOf(first)).filter((b) => b.type === 'paragraph');
    assert.ok(!earlier.some((b) => b.type === 'paragraph' && inlineText(b.children).replace(/ /g, '').includes(term.term.replace(/ /g, ''))));
  });
});

describe('別添4-3: the inspection table', () => {
  const a43 = unit('a4-3');
  const items = table(a43, 'a4-3-items');
  const source = region('別添４－３重点検査', '別添４－４');

  test('the printed header row, and one row per （１）（２） section that reports on an item', () => {
    const header = source.find((l) => squash(l) === '検査項目検査項目とした理由')!;
    assert.deepEqual(items.head[0]!.map(cellText), header.trim().split(' '));
    const sections = a43.children.filter((b) => b.type === 'heading' && b.depth === 3).map((h) => squash(inlineText(h.type === 'heading' ? h.children : [])));
    assert.equal(items.rows.length, sections.length);
    assert.deepEqual(items.rows.map((r) => squash(inlineText(r[0]!.paragraphs[0]!))), sections);
    assert.deepEqual(sections, ['最近の情報セキュリティ技術に関する調査', '管理者アカウントの管理状況の調査']);
  });

  test('the sub-items ア–ウ are the first item’s, and each reason is its row’s whole sentence', () => {
    const subItems = source.map((l) => l.trim().match(/^[アイウ] (.+)$/)?.[1]).filter((t): t is string => t !== undefined).map(squash);
    assert.equal(subItems.length, 3);
    assert.deepEqual(items.rows[0]![0]!.paragraphs.slice(1).map((p) => squash(inlineText(p))), subItems);
    assert.equal(cellText(items.rows[0]![1]), 'NISCが情報セキュリティ対策に係る先進的な取組として導入を推奨している事項について、そのセキュリティ対策の実施状況を把握するため。');
    assert.equal(cellText(items.rows[1]![1]), '政府機関において、管理者権限を持つアカウントの管理が適切に行われていることを確認するため。');
    assert.equal(items.rows[1]![0]!.header, true);
    assert.equal(items.labelKey?.key, 'inspectionItemsTable');
  });
});

describe('別添4-8: two surveys, their charts and results', () => {
  const a48 = unit('a4-8');
  const headings = a48.children.filter((b): b is Extract<BlockNode, { type: 'heading' }> => b.type === 'heading');
  const partB = region('国立大学法人及び大学共同利用機関法人における情報セキュリティ対策の調査結果', '別添４－９');

  test('each survey is a part heading with its own numbered sections, nested and with distinct ids', () => {
    assert.deepEqual(headings.filter((h) => h.depth === 2).map((h) => h.id), ['a4-8-agencies', 'a4-8-universities']);
    for (const part of ['agencies', 'universities']) {
      const sections = headings.filter((h) => h.depth === 3 && h.id.startsWith(`a4-8-${part}-`));
      assert.deepEqual(sections.map((h) => h.label), ['１', '２', '３', '４'], part);
    }
    const printedItems = partB.filter((l) => /^\s*（[１-９]）/.test(l)).length;
    assert.equal(headings.filter((h) => h.depth === 4 && h.id.startsWith('a4-8-universities-')).length, printedItems);
    assert.equal(printedItems, 3 + 8);
    assert.equal(new Set(headings.map((h) => h.id)).size, headings.length);
    assert.ok(headings.every((h) => h.depth === 2 || /^a4-8-(agencies|universities)-s/.test(h.id)));
  });

  const results = tables(a48);
  test('one table per university chart, one row per item, a count and share for each result sentence printed', () => {
    const legends = partB.filter((l) => /^行っている 行っていない/.test(l.trim())).length;
    assert.equal(results.length, legends);
    assert.equal(legends, 8);
    const sentences = [...squash(partB.join('')).matchAll(/・[^・]*?法人は、?\d+法人（\d+[％%]）/g)].length;
    assert.equal(results.flatMap((t) => t.rows).filter((r) => cellText(r[1]) !== '').length, sentences);
    assert.equal(sentences, 5 + 5 + 6 + 6 + 7 + 7 + 7 + 5);
  });

  test('cells by value', () => {
    const t1 = table(a48, 'a4-8-universities-s3-1-results');
    assert.equal(t1.rows.length, 7);
    assert.deepEqual(t1.rows[0]!.slice(1).map(cellText), ['46', '50％']);
    assert.ok(cellText(t1.rows[0]![0]).startsWith('整備したCSIRTは'));
    // ログの分析 and 脆弱性診断 are charted but no sentence reports on them.
    assert.deepEqual(t1.rows.slice(4, 6).map((r) => r.slice(1).map(cellText)), [['', ''], ['', '']]);
    assert.deepEqual(t1.rows[6]!.slice(1).map(cellText), ['64', '70％']);
    const t5 = table(a48, 'a4-8-universities-s3-5-results');
    assert.deepEqual(t5.rows.find((r) => cellText(r[0]).startsWith('グローバルＩＰアドレス'))!.slice(1).map(cellText), ['85', '93％']);
    const t7 = table(a48, 'a4-8-universities-s3-7-results');
    assert.deepEqual(t7.rows[1]!.slice(1).map(cellText), ['83', '91%']);
    const t8 = table(a48, 'a4-8-universities-s3-8-results');
    assert.deepEqual(t8.rows.at(-1)!.slice(1).map(cellText), ['7', '8％']);
    assert.deepEqual(t8.figureText?.map((p) => squash(inlineText(p))), ['0%10%20%30%40%50%60%70%80%90%100%', '行っている行っていない該当なし']);
  });

  test('chart text is figure text, never prose: the agencies’ charts are figures under their printed titles', () => {
    const partA = region('独立行政法人、指定法人における情報セキュリティ対策の調査結果の概要', '国立大学法人及び大学共同利用機関法人における');
    const titles = partA.filter((l) => /.+の法人割合$/.test(l.trim())).map(squash);
    const figures = a48.children.filter((b) => b.type === 'figure');
    assert.deepEqual(figures.map((f) => (f.type === 'figure' ? squash(inlineText(f.caption.children)) : '')), titles);
    assert.equal(titles.length, 6);
    const figureWords = figures.flatMap((f) => (f.type === 'figure' ? (f.content ?? []) : [])).map((b) => (b.type === 'paragraph' ? squash(inlineText(b.children)) : ''));
    assert.ok(figureWords.includes('法人割合') && figureWords.includes('Do'), 'words printed one letter a line read whole');
    assert.ok(figureWords.includes('45.0%'));
    const prose = a48.children.filter((b) => b.type === 'paragraph').map((b) => squash(inlineText(b.type === 'paragraph' ? b.children : [])));
    assert.ok(!prose.some((p) => /^\d+(\.\d)?%/.test(p) || p.includes('行っている行っていない')));
    assert.ok(prose.some((p) => p.startsWith('第２部の全てを遵守している法人')), 'the sentence after the first chart is a paragraph again');
    assert.ok(prose.some((p) => p.startsWith('91法人についてはすべて')));
  });
});

describe('別添5-2: 表１–表３', () => {
  const a52 = unit('a5-2');
  const source = region('別添５－２重要インフラに関する取組の進捗状況', '別添５－３');
  const row = (t: TableNode, label: string): string[] => t.rows.find((r) => cellText(r[0]) === label)!.slice(1).map(cellText);

  test('one table per printed 表 caption, with the caption and the 年度 row as printed', () => {
    const captions = source.filter((l) => /^表[１-９][：\s]/.test(l.trim())).map(squash);
    assert.deepEqual(tables(a52).filter((t) => /^a5-2-t\d$/.test(t.id)).map((t) => squash(inlineText(t.caption))), captions);
    assert.equal(captions.length, 3);
    const t1 = table(a52, 'a5-2-t1');
    assert.deepEqual(t1.head[0]!.map(cellText), source.find((l) => l.startsWith('年度 2015'))!.trim().split(' '));
  });

  test('表１: the label printed over two lines above its counts is one cell', () => {
    const t1 = table(a52, 'a5-2-t1');
    const printed = source.find((l) => l.trim().startsWith('401 件'))!.trim().match(/\d+ 件/g)!.map(squash);
    assert.deepEqual(row(t1, '重要インフラ事業者等から内閣官房への情報連絡件数'), printed);
    assert.deepEqual(row(t1, '重要インフラ事業者等から内閣官房への情報連絡件数'), ['401件', '856件', '388件', '223件', '269件']);
    assert.deepEqual(row(t1, '内閣官房からの情報提供件数'), ['44件', '80件', '54件', '43件', '38件']);
  });

  test('表２ and 表３ by value', () => {
    const t2 = table(a52, 'a5-2-t2');
    assert.deepEqual(t2.head[0]!.map(cellText), ['年度', '2016', '2017', '2018', '2019']);
    assert.deepEqual(row(t2, '参加者数'), ['2,084名', '2,647名', '3,077名', '4,967名']);
    const t3 = table(a52, 'a5-2-t3');
    assert.deepEqual(row(t3, '参加セプター'), ['18', '18', '19', '19']);
    assert.deepEqual(row(t3, '参加事業者等'), ['2,020', '2,106', '2,005', '1,958']);
  });
});

describe('別添5-2 §3: 第４次行動計画 IV 章記載事項 and 取組内容', () => {
  const a52 = unit('a5-2');
  const source = region('３第４次行動計画における各施策の取組内容', '別添５－３').map((l) => l.trim()).filter((l) => l !== '');
  const itemTables = tables(a52).filter((t) => t.id.startsWith('a5-2-s3-t'));
  const itemRows = itemTables.flatMap((t) => t.rows.filter((r) => r.length === 2));
  const groupRows = itemTables.flatMap((t) => t.rows.filter((r) => r.length === 1 && /^[1-4]\./.test(cellText(r[0]))));
  const row = (id: string, n: string): TableCell[] => {
    const found = table(a52, id).rows.find((r) => r.length === 2 && cellText(r[0]).startsWith(n));
    assert.ok(found, `${id} ${n}`);
    return found;
  };

  test('one table per printed sub-heading, in source order, each group of ministries one row of its first table', () => {
    const subHeadings = source.filter((l) => /^\(\d\) ?「/.test(l));
    assert.equal(subHeadings.length, 13);
    assert.deepEqual(
      itemTables.map((t) => t.id),
      ['1-1', '1-2', '1-3', '1-4', '1-5', '2-1', '2-2', '2-3', '2-4', '2-5', '3-1', '4-1', '4-2'].map((n) => `a5-2-s3-t${n}`),
    );
    // Groups as printed, the fourth over two lines (L22943 + L22945).
    const groups = source.filter((l) => /^[1-4]\. /.test(l));
    groups[3] = groups[3]! + source[source.indexOf(groups[3]!) + 1]!;
    assert.deepEqual(groupRows.map((r) => cellText(r[0])), groups.map(squash));
    assert.deepEqual(groupRows.map((r) => cellText(r[0])), ['1.内閣官房の施策', '2.重要インフラ所管省庁の施策', '3.情報セキュリティ関係省庁の施策', '4.事案対処省庁及び防災関係府省庁の施策']);
    for (const r of groupRows) assert.equal(r[0]!.colSpan, 2);
    assert.deepEqual(['a5-2-s3-t1-1', 'a5-2-s3-t2-1', 'a5-2-s3-t3-1', 'a5-2-s3-t4-1'].map((id) => cellText(table(a52, id).rows[0]![0]).slice(0, 2)), ['1.', '2.', '3.', '4.']);
  });

  test('the printed column header heads the first table, the same words generated head the others', () => {
    const first = itemTables[0]!;
    assert.deepEqual(first.head[0]!.map(cellText), ['第４次行動計画IV章記載事項', '取組内容']);
    assert.equal(squash(source[1]!), '第４次行動計画IV章記載事項取組内容');
    for (const t of itemTables.slice(1)) assert.deepEqual(t.head[0]!.map((c) => c.uiText), ['actionPlanItemsColumn', 'actionPlanWorkColumn']);
    // The first group's sub-headings are headings; the others are a full-width row, after the group's.
    assert.deepEqual(table(a52, 'a5-2-s3-t1-3').labelKey, { key: 'actionPlanItemsTable', params: { group: '1. 内閣官房の施策', heading: '(3) 「障害対応体制の強化」に関する施策' } });
    const t24 = table(a52, 'a5-2-s3-t2-4');
    assert.equal(cellText(t24.rows[0]![0]), '(4)「リスクマネジメント及び対処態勢の整備」に関する施策');
    assert.equal(squash(t24.labelKey!.params!.heading!), '(4)「リスクマネジメント及び対処態勢の整備」に関する施策');
    assert.deepEqual(table(a52, 'a5-2-s3-t2-1').rows.slice(0, 2).map((r) => cellText(r[0])), ['2.重要インフラ所管省庁の施策', '(1)「安全基準等の整備及び浸透」に関する施策']);
  });

  test('one row per 記載事項 (① …), as many as printed, each with its 取組内容', () => {
    const printed = source.filter((l) => /^[①-⑳]/.test(l));
    assert.equal(printed.length, 88);
    assert.equal(itemRows.length, printed.length);
    for (const r of itemRows) {
      assert.match(cellText(r[0]), /^[①-⑳]/);
      assert.equal(r[0]!.header, true);
      assert.ok(r[1]!.paragraphs.every((p) => !/^[①-⑳]/.test(squash(inlineText(p)))), cellText(r[1]));
      assert.match(cellText(r[1]), /^・/);
    }
    // Every bullet is the start of a paragraph of a 取組内容 cell.
    const bullets = source.join('\n').match(/(^| )・/gm)!.length;
    assert.equal(itemRows.flatMap((r) => r[1]!.paragraphs).filter((p) => squash(inlineText(p)).startsWith('・')).length, bullets);
  });

  test('cells by value', () => {
    const first = row('a5-2-s3-t1-1', '①');
    assert.equal(cellText(first[0]), '①本行動計画で掲げられた各施策の推進に資するよう、指針の改定を実施し、その結果を公表。');
    assert.ok(cellText(first[1]).startsWith('・第４次行動計画が改定されて重要インフラ分野に空港分野が追加されたことを受け、'));
    assert.ok(cellText(first[1]).endsWith('同改定版については、NISCのWebサイトで公表した。'));
    // Both cells printed on one line (L22152).
    const shared = row('a5-2-s3-t1-3', '④');
    assert.equal(cellText(shared[0]), '④分野横断的演習の改善策検討。');
    assert.match(cellText(shared[1]), /^・分野横断的演習が全ての重/);
    // A 記載事項 with lettered parts (L22229–22241), one paragraph each; two bullets in its 取組内容.
    const parts = row('a5-2-s3-t1-4', '①');
    assert.deepEqual(parts[0]!.paragraphs.map((p) => squash(inlineText(p))), [
      '①オリパラ大会に係るリスクアセスメントに関する次の事項',
      'ア．当該リスクアセスメントの実施主体への「機能保証に向けたリスクアセスメント・ガイドライン」の提供。',
      'イ．リスクアセスメントに関する説明会や講習会の主催又は共催。',
    ]);
    assert.equal(parts[1]!.paragraphs.length, 2);
    // A paragraph of a 取組内容 without a bullet, after a sentence that ended its line (L22507).
    const noBullet = row('a5-2-s3-t2-1', '①');
    assert.deepEqual(noBullet[1]!.paragraphs.map((p) => squash(inlineText(p)).slice(0, 12)), ['・経済産業省において、S', 'また、経済産業省において']);
  });
});

describe('別添6: cells pinned by value (row, column, value), as printed', () => {
  const a6 = unit('a6');
  const column = (t: TableNode, name: string): number => t.head[0]!.findIndex((c) => cellText(c).startsWith(name));
  const rowOf = (t: TableNode, label: string): TableCell[] => t.rows.find((r) => r.some((c) => cellText(c) === label))!;

  test('データ2.5, 送信元国・地域別 (L23554: 2 位 4 位 オランダ 711.69 件 ＋332.6% （＋547.19 件）, the value the errata corrects)', () => {
    const t = table(a6, 'a6-d2-5-t1');
    const netherlands = rowOf(t, 'オランダ');
    assert.equal(cellText(netherlands[column(t, '今期順位')]), '2位');
    assert.equal(cellText(netherlands[column(t, '前期順位')]), '4位');
    assert.equal(cellText(netherlands[column(t, '今期件数')]), '711.69件');
    assert.equal(cellText(netherlands[column(t, '前期比')]), '＋332.6%');
    assert.equal(cellText(rowOf(t, 'ロシア')[column(t, '今期件数')]), '785.92件');
  });

  test('データ6, 令和元年度 (L24000–24002: 受験者数 28,116 28,520 56,636; 合格者数 13,902 5,447 19,349)', () => {
    const t = table(a6, 'a6-d6-exams');
    const reiwa = t.rows.findIndex((r) => cellText(r[0]) === '令和元年度');
    const [applicants, examinees, passers] = [t.rows[reiwa]!, t.rows[reiwa + 1]!, t.rows[reiwa + 2]!];
    assert.equal(cellText(applicants[1]), '応募者数');
    assert.deepEqual(examinees.map(cellText), ['受験者数', '28,116', '28,520', '56,636']);
    assert.deepEqual(passers.map(cellText), ['合格者数', '13,902', '5,447', '19,349']);
  });
});

describe('正誤表: a table of 頁, 訂正箇所, 誤, 正', () => {
  const source = region('正誤表', '以上').filter((l) => l.trim() !== '');
  const errata = tables(unit('errata'));

  test('one table under the printed header, one row of 4 cells per printed correction (a line starting with a page and 別添)', () => {
    assert.equal(errata.length, 1);
    const t = errata[0]!;
    assert.deepEqual(t.head[0]!.map(cellText), source.find((l) => squash(l) === '頁訂正箇所誤正')!.trim().split(' '));
    const printedRows = source.filter((l) => /^\d+ 別添/.test(l.trim()));
    assert.equal(printedRows.length, 2);
    assert.equal(t.rows.length, printedRows.length);
    assert.ok(t.rows.every((r) => r.length === 4));
    assert.deepEqual(t.rows.map((r) => cellText(r[0])), printedRows.map((l) => l.trim().split(' ')[0]));
  });

  test('the wrong values, found in the source only in the 正誤表 (seed-structure.md §0.8), are in 誤 and the corrected ones in 正', () => {
    const t = errata[0]!;
    const wrong = t.rows.map((r) => cellText(r[2]));
    const right = t.rows.map((r) => cellText(r[3]));
    for (const value of ['20209', '-332.6%']) {
      assert.equal(seedLines.filter((l) => l.includes(value)).length, 1, value);
      assert.ok(wrong.some((w) => w.includes(value)) && !right.some((r) => r.includes(value)), value);
    }
    assert.ok(right.some((r) => r.includes('2020年2月')) && right.includes('+332.6%'));
  });
});

describe('別添5-1: one block per slide', () => {
  const a51 = unit('a5-1');
  const source = region('別添５－１第４次行動計画の概要', '別添５－２').filter((l, k) => k > 0 && l.trim() !== '');

  test('every closed line of the slides is a slide title: one block per title, in order, headed by it', () => {
    // Slide text has no closing spaces (seed-structure.md §7.4); page headers and the repeated title are furniture.
    const titles = source.filter((l) => l.endsWith(' ') && !/^(別添５|- \d+ -)/.test(l.trim())).map(squash);
    assert.equal(titles.length, 9);
    assert.ok(a51.children.every((b) => b.type === 'column'));
    const headings = a51.children.map((b) => (b.type === 'column' && b.children[0]?.type === 'heading' ? squash(inlineText(b.children[0].children)) : ''));
    assert.deepEqual(headings, titles);
  });

  test('no slide title is glued to the text of another slide; the text of 施策④ is under 施策④, not under 施策⑤', () => {
    const paragraphs = a51.children.flatMap((b) => (b.type === 'column' ? b.children.slice(1) : [])).map((p) => (p.type === 'paragraph' ? squash(inlineText(p.children)) : ''));
    assert.ok(!paragraphs.some((p) => p.includes('第４次行動計画施策')));
    const slide = (n: string) => a51.children.find((b) => b.type === 'column' && b.children[0]?.type === 'heading' && squash(inlineText(b.children[0].children)).includes(n));
    const text = (b: BlockNode | undefined) => (b?.type === 'column' ? b.children.slice(1).map((p) => (p.type === 'paragraph' ? squash(inlineText(p.children)) : '')) : []);
    assert.ok(text(slide('施策④')).includes('（２）リスクマネジメントの推進'));
    assert.deepEqual(text(slide('施策⑤')), []);
    assert.ok(text(slide('基本的考え方・要点')).includes('「基本的な考え方」'));
  });
});

describe('image-only sub-annexes: each printed slide title a heading, with a notice when the slide holds no text', () => {
  const imageOnly = root.children.filter((u) => u.imageOnly);

  test('the image-only units are 別添5-3, 5-4, 5-6, 5-7, 5-8 and 5-9', () => {
    assert.deepEqual(imageOnly.map((u) => u.id), ['a5-3', 'a5-4', 'a5-6', 'a5-7', 'a5-8', 'a5-9']);
  });

  for (const u of imageOnly) {
    test(`${u.id}: one block per closed line of the unit, headed by it; blocks without text say they are images`, () => {
      // The unit's own lines after its title, without page numbers; slide text has no closing space (seed-structure.md §7.4).
      const own = seedLines.slice(u.position!.start.line, u.position!.end.line).filter((l) => l.trim() !== '' && !/^- \d+ -$/.test(l.trim()));
      const titles = own.filter((l) => l.endsWith(' ')).map(squash);
      assert.ok(titles.length > 0);
      assert.ok(u.children.every((b) => b.type === 'column'));
      const columns = u.children.filter((b) => b.type === 'column');
      assert.deepEqual(columns.map((c) => (c.children[0]?.type === 'heading' ? squash(inlineText(c.children[0].children)) : '')), titles);
      for (const c of columns) assert.equal(c.imageOnly === true, c.children.length === 1, c.id);
      const textLines = columns.flatMap((c) => c.children.slice(1).flatMap((p) => (p.type === 'paragraph' ? p.lines : [])));
      assert.equal(textLines.length, own.filter((l) => !l.endsWith(' ')).length);
    });
  }

  test('別添5-9: each printed 事例 line (its own page) is a heading of its own', () => {
    const a59 = unit('a5-9');
    const cases = seedLines.slice(a59.position!.start.line, a59.position!.end.line).filter((l) => /^ ?事例[１-９]/.test(l));
    assert.equal(cases.length, 7);
    const headings = a59.children.flatMap((b) => (b.type === 'column' && b.children[0]?.type === 'heading' ? [squash(inlineText(b.children[0].children))] : []));
    assert.deepEqual(headings.filter((h) => h.startsWith('事例')), cases.map(squash));
  });

  test('別添5-6: the text printed in the slides stays under the first slide of its page, which therefore carries no image notice', () => {
    const columns = unit('a5-6').children.filter((b) => b.type === 'column');
    assert.deepEqual(columns.map((c) => c.imageOnly === true), [false, true]);
  });
});

describe('別添5: the printed table of contents is a list of links', () => {
  const entryLines = seedLines.map((l, i) => ({ l: l.trim(), line: i + 1 })).filter(({ l }) => /\.{4,} *[0-9]+$/.test(l));

  test('one entry per dotted line of the source, in order, linked to the unit it names, with its printed page number', () => {
    assert.equal(entryLines.length, 9);
    const lists = root.children.flatMap((u) => u.children.filter((b) => b.type === 'contents').map((b) => ({ u, b })));
    assert.equal(lists.length, 1);
    const { u, b } = lists[0]!;
    assert.equal(u.id, 'a5');
    assert.deepEqual(b.entries.map((e) => e.line), entryLines.map((e) => e.line));
    for (const [k, e] of b.entries.entries()) {
      const [printedTitle, printedPage] = entryLines[k]!.l.split(/ *\.{4,} */);
      assert.equal(e.page, printedPage);
      assert.equal(e.title, printedTitle);
      assert.equal(squash(root.children.find((x) => x.slug === e.slug)!.title), squash(printedTitle!));
    }
  });
});

describe('別添4-6 図表２: the SPF settings table', () => {
  const source = region('図表２政府機関のドメイン名', '調査の結果、SPFの設定状況').filter((l) => l.trim() !== '');

  test('the printed header, one row per date line with one share per setting, the ※ notes under it', () => {
    const t = table(unit('a4-6'), 'a4-6-t2');
    assert.equal(squash(inlineText(t.caption)), squash(source[0]!));
    assert.deepEqual(t.head[0]!.map(cellText), ['ドメイン名リスト取得日', '-all※１', '~all※２', '設定なし']);
    const dateLines = source.filter((l) => /^\d{4} ?年.*%/.test(l.trim()));
    assert.equal(dateLines.length, 2);
    assert.deepEqual(t.rows.map((r) => r.map(cellText)), dateLines.map((l) => { const parts = l.trim().split(/ +/); return [parts.slice(0, -3).join(''), ...parts.slice(-3)]; }));
    assert.equal(t.notes.length, source.filter((l) => l.trim().startsWith('※')).length);
  });
});
