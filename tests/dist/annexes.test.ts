/**
 * The annex pages as built: charts, tables, glossary data and term links, read from dist/ after `npm run build`.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { type HTMLElement, parse } from 'node-html-parser';
import { ChartsFileSchema } from '../../src/lib/charts.ts';
import { GlossaryFileSchema } from '../../src/lib/glossary.ts';
import { STRINGS_PREFIX } from '../../scripts/convert/strings.ts';

const root = join(import.meta.dirname, '..', '..');
const dist = process.env.DIST_DIR ?? join(root, 'dist');
assert.ok(existsSync(dist), 'dist/ is missing: run `npm run build` first');
const html = (slug: string): string => readFileSync(join(dist, slug, 'index.html'), 'utf8');
const dom = (slug: string): HTMLElement => parse(html(slug));
const squeeze = (s: string): string => s.replace(/\s+/g, '');
/** The converter's words of the site's string store, without their `convert.` prefix. */
const converterStrings = (): Record<'ja' | 'en', Record<string, string>> => {
  const own = (lang: 'ja' | 'en'): Record<string, string> => {
    const store = JSON.parse(readFileSync(join(root, `src/content/i18n/${lang}.json`), 'utf8')) as Record<string, string>;
    return Object.fromEntries(Object.entries(store).flatMap(([k, v]) => (k.startsWith(STRINGS_PREFIX) ? [[k.slice(STRINGS_PREFIX.length), v]] : [])));
  };
  return { ja: own('ja'), en: own('en') };
};
const charts = ChartsFileSchema.parse(JSON.parse(readFileSync(join(root, 'content/data/charts.json'), 'utf8'))).charts;
/** The page of a chart, from its table id: `a4-10-budget` → annex-4/4-10, `a5-5-t1` → annex-5/5-5, `a6-…` → annex-6; `pc-…` → the policy-cycle index of its language. */
const pageOfChart = (id: string, lang?: string): string => {
  if (id.startsWith('pc-')) return lang === 'en' ? 'en/policy-cycle' : 'policy-cycle';
  const [, annex, sub] = id.match(/^a(\d)(?:-(\d+))?/)!;
  return annex === '6' ? 'annex-6' : `annex-${annex}/${annex}-${sub}`;
};

describe('charts', () => {
  const chartPages = [...new Set(charts.map((c) => pageOfChart(c.id, c.lang)))];

  test('every chart in charts.json is drawn as an SVG beside its table, named and described in text', () => {
    assert.ok(charts.length >= 5);
    for (const chart of charts) {
      const page = dom(pageOfChart(chart.id, chart.lang));
      const figure = page.querySelector(`#${chart.id}`);
      assert.ok(figure, `${chart.id} is on its page`);
      assert.ok(figure.querySelector('table'), `${chart.id}: the table stays beside the chart`);
      const svg = figure.querySelectorAll('.report-chart svg').find((s) => s.getAttribute('role') === 'img');
      assert.ok(svg, `${chart.id}: an <svg role="img">`);
      const title = page.querySelector(`#${svg.getAttribute('aria-labelledby')}`);
      const desc = page.querySelector(`#${svg.getAttribute('aria-describedby')}`);
      assert.ok(title && title.textContent.includes(chart.title), `${chart.id}: named by its title`);
      // The text alternative lists every value the chart draws.
      for (const s of chart.series) for (const p of s.points) if (p.y !== null) assert.ok(desc!.textContent.includes(p.y.toLocaleString('ja-JP')), `${chart.id}: ${s.name} ${p.x} in the description`);
    }
  });

  test('the budget chart draws one bar per printed amount, and no chart ships a script', () => {
    const page = dom('annex-4/4-10');
    const bars = page.querySelectorAll('#a4-10-budget .report-chart svg[role="img"] rect');
    assert.equal(bars.length, 5, '621.1, 712.9, 834.2, 13 and 52 (2020 has no supplementary budget)');
    for (const slug of chartPages) {
      const p = dom(slug);
      for (const figure of p.querySelectorAll('.report-chart')) assert.equal(figure.querySelectorAll('script').length, 0);
      // A chart page loads exactly the scripts of a page without charts of the same layout (the policy-cycle
      // pages have no table of contents): nothing runs for the charts.
      const scripts = (d: HTMLElement): string[] => d.querySelectorAll('script').map((s) => s.getAttribute('src') ?? squeeze(s.textContent).slice(0, 40)).sort();
      const plain = slug.endsWith('policy-cycle') ? `${slug}/1-1` : 'errata';
      assert.deepEqual(scripts(p), scripts(dom(plain)), `${slug}: same scripts as ${plain}, a page without charts`);
    }
  });
});

describe('annex pages', () => {
  test('別添6: データ4’s table is between the データ4 and データ5 headings', () => {
    const text = html('annex-6');
    const at = (s: string): number => text.indexOf(s);
    assert.ok(at('id="a6-d4"') < at('id="a6-d4-registrations"') && at('id="a6-d4-registrations"') < at('id="a6-d5"'));
  });

  test('別添4-5: the sentence split by the NISC 勉強会 rows is one paragraph', () => {
    const paragraphs = dom('annex-4/4-5').querySelectorAll('main p').map((p) => squeeze(p.textContent));
    assert.equal(paragraphs.filter((p) => p.includes('司令塔としての能力向上のため、基礎的な知識や最新動向')).length, 1);
  });

  test('別添3: each ministry links to its measures page; 担当府省庁一覧 links resolve to 別添1 and 別添2 headings', () => {
    const a3 = dom('annex-3');
    const links = a3.querySelectorAll('.ministry-link a').map((a) => a.getAttribute('href'));
    assert.equal(links.length, 23);
    for (const href of links) assert.match(href!, /^\.\.\/ministries\/[a-z-]+\/$/);
    const a7 = dom('annex-7');
    const targets = a7.querySelectorAll('a.generated-link').map((a) => a.getAttribute('href')!);
    assert.equal(targets.length, 59 * 2);
    for (const href of targets) {
      const [path, id] = new URL(href, 'http://x/annex-7/').pathname.concat('#', href.split('#')[1] ?? '').split('#');
      const page = dom(path!.replace(/^\/|\/$/g, ''));
      if (id) assert.ok(page.querySelector(`[id="${id}"]`), `${href} exists`);
      assert.ok(a7.querySelector(`a[href="${href}"]`)!.getAttribute('aria-label'), `${href} has an accessible name`);
    }
  });
});

describe('tables without a printed caption are named in the page’s language', () => {
  const strings = converterStrings();

  test('別添4-3: the inspection table has its printed header row and a generated name in Japanese and English', () => {
    for (const [lang, prefix] of [['ja', ''], ['en', 'en/']] as const) {
      const t = dom(`${prefix}annex-4/4-3`).querySelector('#a4-3-items table')!;
      assert.equal(t.getAttribute('aria-label'), strings[lang].inspectionItemsTable);
      assert.deepEqual(t.querySelectorAll('thead th[scope="col"]').map((th) => squeeze(th.textContent)), ['検査項目', '検査項目とした理由']);
      assert.equal(t.querySelectorAll('tbody th[scope="row"]').length, 2);
    }
  });

  test('別添4-8: the result tables’ generated headers are in the page’s language; chart text is labelled as such', () => {
    const en = dom('en/annex-4/4-8').querySelector('#a4-8-universities-s3-1-results')!;
    assert.deepEqual(en.querySelectorAll('thead th span').map((s) => [s.getAttribute('lang'), s.textContent]), [['en', strings.en.surveyItem], ['en', strings.en.surveyCount], ['en', strings.en.surveyShare]]);
    assert.equal(en.querySelector('table')!.getAttribute('aria-label'), strings.en.surveyResultsTable!.replace('{{n}}', '1'));
    const ja = dom('annex-4/4-8').querySelector('#a4-8-universities-s3-1-results')!;
    assert.equal(squeeze(ja.querySelector('.figure-text-label')!.textContent), squeeze(strings.ja.figureText!));
    assert.deepEqual(ja.querySelectorAll('tbody tr')[0]!.querySelectorAll('td').map((td) => td.textContent), ['46', '50％']);
  });
});

describe('structure recovered from flattened text (issue 11)', () => {
  const strings = converterStrings();

  test('正誤表: a named table in a keyboard-reachable region, 頁 / 訂正箇所 / 誤 / 正 as column headers, each row of 4 cells headed by its page', () => {
    for (const [lang, prefix] of [['ja', ''], ['en', 'en/']] as const) {
      const figure = dom(`${prefix}errata`).querySelector('#errata-table')!;
      const region = figure.querySelector('.table-scroll')!;
      assert.deepEqual([region.getAttribute('role'), region.getAttribute('tabindex'), region.getAttribute('aria-label')], ['region', '0', strings[lang].errataTable]);
      assert.deepEqual(figure.querySelectorAll('thead th[scope="col"]').map((th) => squeeze(th.textContent)), ['頁', '訂正箇所', '誤', '正']);
      const rows = figure.querySelectorAll('tbody tr');
      assert.equal(rows.length, 2);
      for (const row of rows) {
        assert.equal(row.querySelectorAll('td, th').length, 4);
        assert.equal(row.querySelectorAll('th[scope="row"]').length, 1);
      }
      assert.deepEqual(rows.map((r) => r.querySelectorAll('td').slice(1).map((td) => squeeze(td.textContent))), [['2019年7月～20209年2月', '2019年7月～2020年2月'], ['-332.6%', '+332.6%']]);
    }
  });

  test('別添4-2: the numbered sections are headings with their printed number and one space («１ 2019年度における監査の概要»)', () => {
    const headings = dom('annex-4/4-2').querySelectorAll('main h2, main h3, main h4').filter((h) => h.getAttribute('id')?.startsWith('a4-2-'));
    assert.equal(headings.length, 27);
    assert.equal(headings[0]!.textContent.trim(), '１ 2019年度における監査の概要');
  });

  test('別添5-3: each slide title is an h2 labelling its block, followed by the notice that its content is an image', () => {
    for (const [lang, prefix] of [['ja', ''], ['en', 'en/']] as const) {
      const blocks = dom(`${prefix}annex-5/5-3`).querySelectorAll('main aside.column');
      assert.deepEqual(blocks.map((b) => squeeze(b.querySelector('h2')!.textContent)), ['調査概要', '調査対象一覧（全14分野24件）', '調査結果']);
      for (const b of blocks) {
        assert.equal(b.querySelector('h2')!.getAttribute('id'), b.getAttribute('aria-labelledby'));
        assert.equal(squeeze(b.querySelector('p.image-notice')!.textContent), squeeze(strings[lang].slideImageNotice!));
      }
    }
  });

  test('別添5: the printed contents list links every sub-annex, each link leading to a built page, with its printed page number', () => {
    for (const [lang, prefix] of [['ja', ''], ['en', 'en/']] as const) {
      const list = dom(`${prefix}annex-5`).querySelector('main ul.printed-contents')!;
      // The numbers are printed bare, as in the PDF; the note just above the list says what they are.
      assert.equal(squeeze(list.previousElementSibling!.textContent), squeeze(strings[lang].printedPagesNote!));
      const items = list.querySelectorAll(':scope > li');
      assert.equal(items.length, 9);
      for (const li of items) {
        const href = li.querySelector('a')!.getAttribute('href')!;
        assert.ok(existsSync(join(dist, prefix, 'annex-5', href, 'index.html')), href);
        assert.match(li.querySelector('.contents-page')!.textContent, /^\d{3}$/);
      }
    }
  });

  test('別添5-1: the page says the original is slides, and each slide is a block labelled by its title heading', () => {
    for (const [lang, prefix] of [['ja', ''], ['en', 'en/']] as const) {
      const page = dom(`${prefix}annex-5/5-1`);
      assert.equal(squeeze(page.querySelector('main aside.image-notice')!.textContent), squeeze(strings[lang].slidesNotice!));
      const blocks = page.querySelectorAll('main aside.column');
      assert.equal(blocks.length, 9);
      for (const block of blocks) {
        const id = block.getAttribute('aria-labelledby')!;
        assert.equal(block.querySelector('h2')?.getAttribute('id'), id);
      }
    }
  });
});

describe('glossary', () => {
  const published = GlossaryFileSchema.parse(JSON.parse(readFileSync(join(dist, 'data', 'glossary.json'), 'utf8')));
  const a8 = dom('annex-8');

  test('dist/data/glossary.json validates and lists the 225 terms of the 別添8 page, each with its anchor', () => {
    assert.equal(published.terms.length, 225);
    const dts = a8.querySelectorAll('dl.glossary dt');
    assert.equal(dts.length, 225);
    for (const t of published.terms) {
      const dt = a8.querySelector(`dt[id="${t.id}"]`);
      assert.ok(dt, t.id);
      assert.equal(squeeze(dt.textContent), squeeze(t.term));
      assert.ok(t.url.endsWith(`/annex-8/#${t.id}`));
    }
    assert.equal(a8.querySelectorAll('.glossary-index a').length, 43);
  });

  test('term links go to a definition that exists, with a tooltip that describes the link', () => {
    let count = 0;
    for (const slug of ['part-1/chapter-1', 'part-2/chapter-2', 'annex-4/4-2', 'annex-6']) {
      const page = dom(slug);
      for (const a of page.querySelectorAll('a.term-ref')) {
        count += 1;
        const href = a.getAttribute('href')!;
        assert.match(href, /^(\.\.\/)+annex-8\/#term-[a-z0-9-]+$/);
        assert.ok(a8.querySelector(`[id="${href.split('#')[1]}"]`), href);
        const tip = page.querySelector(`#${a.getAttribute('aria-describedby')}`);
        assert.equal(tip?.getAttribute('role'), 'tooltip');
        assert.ok(tip!.textContent.length > 5);
        assert.equal(a.closest('h1, h2, h3, h4, h5, h6, table'), null, 'not in a heading or a table');
      }
      const ids = page.querySelectorAll('a.term-ref').map((a) => a.getAttribute('href'));
      assert.equal(new Set(ids).size, ids.length, `${slug}: each term linked once`);
    }
    assert.ok(count > 20);
  });
});
