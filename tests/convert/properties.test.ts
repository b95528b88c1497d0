import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadData } from '../../scripts/convert/index.ts';
import { convert } from '../../scripts/convert/pipeline.ts';
import type { BlockNode, HeadingNode, UnitNode } from '../../scripts/convert/types.ts';
import { lineOf, seedConversion, seedLines, seedText } from './support.ts';

const { root, fates, pages } = seedConversion();
const unit = (id: string): UnitNode => {
  const found = root.children.find((u) => u.id === id);
  assert.ok(found, `unit ${id} exists`);
  return found;
};
const allBlocks = (blocks: readonly BlockNode[]): BlockNode[] => blocks.flatMap((b) => (b.type === 'column' ? [b, ...allBlocks(b.children)] : [b]));
const headingsOf = (u: UnitNode): HeadingNode[] => allBlocks(u.children).filter((b): b is HeadingNode => b.type === 'heading');

describe('every source line is accounted for', () => {
  test('once each, as document text or as named furniture', () => {
    assert.equal(fates.length, seedLines.length);
    assert.deepEqual(fates.map((f) => f.line), seedLines.map((_, i) => i + 1));
    // Footnote rulers are lines of spaces only, yet furniture, not blank.
    const nonBlank = seedLines.filter((l) => l.trim() !== '' || /^ {20,}$/.test(l)).length;
    assert.equal(fates.filter((f) => f.role !== 'blank').length, nonBlank);
    for (const f of fates) if (f.role === 'text' || f.role === 'heading' || f.role === 'footnote') assert.notEqual(f.page, '', `line ${f.line} is on a page`);
  });

  test('page numbers, blank-page markers and footnote rulers are all dropped, and only they', () => {
    const count = (cls: string) => fates.filter((f) => f.role === 'furniture' && f.target === cls).length;
    assert.equal(count('pageNumber'), seedLines.filter((l) => /^- \d+ - ?$/.test(l)).length);
    assert.equal(count('blankPageMarker'), seedLines.filter((l) => l.includes('（本ページは白紙です。）')).length);
    assert.equal(count('footnoteRuler'), seedLines.filter((l) => /^ {20,}$/.test(l)).length);
    assert.deepEqual([count('pageNumber'), count('blankPageMarker'), count('footnoteRuler')], [13, 4, 31]);
  });

  test('a dropped running head repeats a title the document shows', () => {
    const titles = new Set(root.children.map((u) => u.title.replace(/\s/g, '')));
    const headingTexts = new Set(fates.filter((f) => f.role === 'heading').map((f) => seedLines[f.line - 1]!.replace(/\s/g, '')));
    for (const f of fates.filter((x) => x.role === 'furniture' && x.target === 'runningHead')) {
      const text = seedLines[f.line - 1]!.replace(/\s/g, '');
      const known = [...titles, ...headingTexts].some((t) => t.includes(text) || text === '本編');
      assert.ok(known, `running head at line ${f.line} (${text}) repeats a title`);
    }
  });
});

describe('the report structure', () => {
  test('2 parts and 5 chapters, in order', () => {
    assert.deepEqual(root.children.filter((u) => u.kind === 'part').map((u) => u.title), ['1部 サイバーセキュリティを巡る動向', '2部 我が国のサイバーセキュリティ政策']);
    assert.deepEqual(root.children.filter((u) => u.kind === 'chapter').map((u) => u.id), ['p1-c1', 'p1-c2', 'p2-c1', 'p2-c2', 'p2-c3']);
  });

  test('はじめに, every annex 別添1–別添8 (別添7 as 担当府省庁一覧) and 正誤表 have a page', () => {
    assert.equal(unit('intro').title, 'はじめに');
    const annexTitles = root.children.filter((u) => u.kind === 'annex').map((u) => u.title);
    for (const n of ['１', '２', '３', '４', '５', '６', '８']) assert.ok(annexTitles.some((t) => t.startsWith(`別添${n} `)), `別添${n}`);
    assert.equal(unit('a7').title, '担当府省庁一覧');
    assert.ok(!seedText.includes('別添７'), 'the source never prints 別添７');
    assert.equal(unit('errata').title, '正誤表');
  });

  test('2部2章 has 17 narrative sections, each with 【昨年度の取組実績】【評価】【今年度の取組】 in that order', () => {
    const hs = headingsOf(unit('p2-c2'));
    const sections = hs.filter((h) => /^p2-c2-s\d+(-\d+)?$/.test(h.id));
    const withMarkers = sections.filter((s) => ['results', 'evaluation', 'plan'].every((m) => hs.some((h) => h.id === `${s.id}-${m}`)));
    assert.equal(withMarkers.length, 17);
    assert.equal(seedLines.filter((l) => l.trim() === '【評価】').length, 17);
    for (const s of withMarkers) {
      const at = (m: string) => hs.findIndex((h) => h.id === `${s.id}-${m}`);
      assert.ok(at('results') < at('evaluation') && at('evaluation') < at('plan'), s.id);
    }
  });

  test('heading ids are ASCII and unique within each page', () => {
    for (const u of root.children) {
      const ids = headingsOf(u).map((h) => h.id);
      assert.equal(new Set(ids).size, ids.length, `duplicate heading id on ${u.slug}`);
      for (const id of ids) assert.match(id, /^[a-z0-9-]+$/);
    }
  });

});

describe('content that was only an image in the PDF', () => {
  test('each main-text 図表 caption is a figure whose page says the image is not in the text', () => {
    const mainUnits = root.children.filter((u) => ['front', 'part', 'chapter'].includes(u.kind));
    const figures = mainUnits.flatMap((u) => allBlocks(u.children).filter((b) => b.type === 'figure'));
    const lastMainLine = unit('p2-c3').position!.end.line;
    const printed = seedLines.slice(0, lastMainLine).filter((l) => /^\s?図表[０-９]+－[０-９]+－[０-９]+ /.test(l));
    assert.equal(figures.length, printed.length);
    assert.equal(figures.length, 8);
    const notices = [...pages.values()].reduce((n, text) => n + text.split('class="image-notice"').length - 1, 0);
    assert.ok(notices >= figures.length);
  });

  test('the sub-annexes of 別添5 that were images say so', () => {
    for (const id of ['a5-3', 'a5-4', 'a5-6', 'a5-7', 'a5-8', 'a5-9']) {
      const u = unit(id);
      assert.ok(u.imageOnly, id);
      assert.match(pages.get(`${u.slug}.mdx`)!, /<aside class="image-notice" role="note">/);
    }
  });
});

describe('footnotes', () => {
  const footnotes = root.children.flatMap((u) => u.footnotes.map((f) => ({ unit: u, f })));
  test('62 footnotes, numbered as in the report: main text 1–33, 別添4 1–5, 別添6 1–24', () => {
    assert.equal(footnotes.length, 62);
    for (const [series, count] of [['main', 33], ['annex4', 5], ['annex6', 24]] as const) {
      assert.deepEqual(footnotes.filter(({ f }) => f.series === series).map(({ f }) => Number(f.label)).sort((a, b) => a - b), Array.from({ length: count }, (_, i) => i + 1));
    }
  });

  test('every footnote is cited, and every reference to it is on the page that shows it, with an id of its own', () => {
    for (const { unit: u, f } of footnotes) {
      const mdx = [...pages.entries()].find(([path]) => path.replace(/(\/index)?\.mdx$/, '') === u.slug)![1];
      assert.ok(f.refIds.length >= 1, `${f.id} cited`);
      assert.equal(mdx.split(`href="#${f.id}"`).length - 1, f.refIds.length, `${f.id}: one link per reference`);
      for (const id of f.refIds) assert.equal(mdx.split(`id="${id}"`).length - 1, 1, `${id} once`);
      assert.equal(mdx.split(`id="${f.id}"`).length - 1, 1, `${f.id} defined once`);
    }
  });

  /** Source positions `line:column` of the footnote references in the tree. */
  const referenced = new Set<string>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const node = x as { type?: string; position?: { start: { line: number; column: number } } };
      if (node.type === 'footnoteReference') referenced.add(`${node.position!.start.line}:${node.position!.start.column}`);
      else Object.values(x).forEach(walk);
    }
  };
  walk(root.children.map((u) => u.children));
  const annex6 = [lineOf('データ 1 NICTER 観測結果'), lineOf('担当府省庁一覧')];
  const printed = (pattern: RegExp): string[] =>
    seedLines.flatMap((text, i) => (i + 1 >= annex6[0]! && i + 1 < annex6[1]! ? [...text.matchAll(pattern)].map((m) => `${i + 1}:${m.index + m[0].length - m[1]!.length + 1}`) : []));

  test('別添6: every note number printed in a dash cell (`－ 3`, `- 9`) or after a column head (`今期件数  2`, `一つ星 20`) is a reference', () => {
    const dashCells = printed(/(?<=^|\s)[-－] (\d{1,2})(?=\s|$)/g);
    const afterHeads = printed(/(?:今期件数|前期比|一つ星|二つ星) *(\d{1,2})(?=\s|$)/g);
    assert.equal(dashCells.length, 35);
    assert.equal(afterHeads.length, 28);
    for (const at of [...dashCells, ...afterHeads]) assert.ok(referenced.has(at), `a reference at ${at}`);
    const annex6Refs = footnotes.filter(({ f }) => f.series === 'annex6').reduce((n, { f }) => n + f.refIds.length, 0);
    // The other notes of 別添6 are each cited once, glued to a caption or a name (`内訳1`, `SMBv112`).
    const citedOnce = footnotes.filter(({ f }) => f.series === 'annex6' && ![2, 3, 7, 8, 9, 15, 16, 17, 18, 20, 21].includes(Number(f.label))).length;
    assert.equal(annex6Refs, dashCells.length + afterHeads.length + citedOnce);
  });

  test('a digit that is part of a name is not a reference: （ISC）2 in 別添4-5, （JC3） in 1部1章', () => {
    for (const name of ['（ISC）2', '（JC3）']) {
      const line = seedLines.findIndex((l) => l.includes(name)) + 1;
      const column = seedLines[line - 1]!.indexOf(name) + name.length - (name.endsWith('）') ? 1 : 0);
      assert.ok(!referenced.has(`${line}:${column}`), `${name} at ${line}:${column} is text`);
    }
    const spf = seedLines.findIndex((l) => l.includes('SPFレコード2')) + 1;
    assert.ok(referenced.has(`${spf}:${seedLines[spf - 1]!.indexOf('SPFレコード2') + 'SPFレコード2'.length}`), 'SPFレコード2 cites note 2 of 別添4');
  });
});

describe('faithful text', () => {
  test('the paragraph across the page break in 2部2章 2.5 is one paragraph', () => {
    const before = lineOf('カップ2019等においては、ラグビーワールドカップ2019組織委員会、会合の現地事務局等に');
    const after = before + seedLines.slice(before).findIndex((l) => l.startsWith('連絡要員を派遣し')) + 1;
    const target = (line: number) => fates[line - 1]!.target;
    assert.equal(fates[before - 1]!.role, 'text');
    assert.equal(target(before), target(after));
    const between = fates.slice(before, after - 1).filter((f) => f.role !== 'blank').map((f) => f.target);
    assert.ok(between.includes('runningHead') && between.includes('pageNumber'), 'furniture lies inside the paragraph');
  });

  test('「20209」 occurs only on the errata page', () => {
    for (const [path, text] of pages) assert.equal(text.includes('20209'), path === 'errata.mdx' || path === 'en/errata.mdx', path);
  });
});

describe('determinism', () => {
  test('two runs give byte-identical pages, and the tree survives a JSON round trip', () => {
    const again = convert(seedText, loadData());
    assert.deepEqual([...again.pages], [...pages]);
    assert.deepEqual(JSON.parse(JSON.stringify(root)), root);
  });
});
