/** The policy-cycle pages as built (issue 17): totals against the annexes and the links file, 【評価】 as printed, links to both annexes. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { type HTMLElement, parse } from 'node-html-parser';
import { parseLinks } from '../../scripts/measures/linksFile.ts';
import { PolicyCycleFileSchema } from '../../src/schemas/policyCycle.ts';

const root = join(import.meta.dirname, '..', '..');
const dist = process.env.DIST_DIR ?? join(root, 'dist');
const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const links = parseLinks(readFileSync(join(root, 'content', 'measures', 'links.csv'), 'utf8'));
const { sections } = PolicyCycleFileSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'data', 'policy-cycle.json'), 'utf8')));

/** Rows of an annex as built: every `<tr id="m…">` of its section pages. */
const annexRows = (annex: string, year: number): string[] =>
  readdirSync(join(dist, annex), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('section-'))
    .flatMap((d) => page(`${annex}/${d.name}`).querySelectorAll(`tr[id^="m${year}-"]`).map((tr) => tr.id));

/** The text a reader sees, without the glossary tooltips that ride along in the markup. */
const visible = (el: HTMLElement): string => {
  const copy = parse(el.outerHTML);
  for (const tip of copy.querySelectorAll('.term-tip')) tip.remove();
  return copy.textContent.trim();
};

/** The paragraphs of 2部2章 under a heading id, up to the next heading (Starlight wraps headings in a div). */
function narrativeParagraphs(chapter: HTMLElement, id: string): string[] {
  const heading = chapter.getElementById(id)!;
  const wrapper = heading.parentNode;
  let el = (wrapper?.classList.contains('sl-heading-wrapper') ? wrapper : heading).nextElementSibling;
  const out: string[] = [];
  while (el && !/^H\d$/.test(el.tagName) && !el.classList.contains('sl-heading-wrapper')) {
    if (el.tagName === 'P') out.push(visible(el));
    el = el.nextElementSibling;
  }
  return out;
}

for (const prefix of ['', 'en/']) {
  describe(`/${prefix}policy-cycle/`, () => {
    const index = page(`${prefix}policy-cycle`);

    test('the index lists the 17 sections, and its totals are the annexes’ row counts and the links file’s new and ended', () => {
      assert.deepEqual(
        index.querySelectorAll('table.cycle-index tbody th a').map((a) => a.getAttribute('href')),
        sections.map((s) => `./${s.id}/`),
      );
      const total = (k: string) => Number(index.querySelector(`tfoot td[data-total="${k}"]`)!.textContent);
      const column = (k: string) => index.querySelectorAll(`tbody td[data-figure="${k}"]`).reduce((n, td) => n + Number(td.textContent), 0);
      assert.equal(total('2020'), annexRows('annex-1', 2020).length);
      assert.equal(total('2019'), annexRows('annex-2', 2019).length);
      assert.equal(total('2020'), 309);
      assert.equal(total('2019'), 303);
      assert.equal(total('new'), links.filter((l) => l.id2020 && !l.id2019).length);
      assert.equal(total('ended'), links.filter((l) => l.id2019 && !l.id2020).length);
      for (const k of ['2020', '2019', 'new', 'ended']) assert.equal(column(k), total(k), `the ${k} column adds up`);
      assert.ok(index.querySelector(`#pc-counts .report-chart svg[role="img"]`), 'the chart is drawn beside the table');
    });

    const chapter = page(`${prefix}part-2/chapter-2`);
    for (const s of sections) {
      test(`${s.id}: its 【評価】 as printed, and every measure linked to its row in both annexes`, () => {
        const dom = page(`${prefix}policy-cycle/${s.id}`);
        const evaluation = dom.querySelectorAll('blockquote.cycle-evaluation p').map(visible);
        const printed = narrativeParagraphs(chapter, s.evaluationUrl.split('#')[1]!);
        assert.ok(printed.length > 0);
        assert.deepEqual(evaluation, printed);

        const hrefs = (tr: HTMLElement) => tr.querySelectorAll('a').map((a) => a.getAttribute('href')!);
        const rows = dom.querySelectorAll('table.cycle-entries tbody tr');
        for (const id of [...s.measures2020, ...s.measures2019]) {
          const annex = id.startsWith('m2020') ? 'annex-1' : 'annex-2';
          const entry = rows.find((tr) => hrefs(tr).some((h) => h.endsWith(`#${id}`)));
          assert.ok(entry, `${id} has an entry`);
          assert.ok(hrefs(entry).some((h) => h.includes(`/${annex}/section-`) && h.endsWith(`#${id}`)), `${id} links to ${annex}`);
          const pair = s.pairs.find((p) => p.id2020 === id || p.id2019 === id);
          // A continued measure's entry links both years' rows; a new or ended one says it has no other year.
          if (pair) for (const other of [pair.id2020, pair.id2019]) assert.ok(rows.some((tr) => hrefs(tr).some((h) => h.endsWith(`#${id}`)) && hrefs(tr).some((h) => h.endsWith(`#${other}`))), `${id} ⇄ ${other}`);
          else assert.ok(entry.querySelector('.no-counterpart'), `${id}: no other year`);
        }
      });
    }
  });
}

test('/data/policy-cycle.json: 17 sections, URLs that land on the built pages', () => {
  const published = JSON.parse(readFileSync(join(dist, 'data', 'policy-cycle.json'), 'utf8')) as { sections: { url: string; evaluationUrl: string }[] };
  assert.equal(published.sections.length, 17);
  const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  for (const s of published.sections) {
    assert.ok(page(s.url.slice(base.length)).querySelector('blockquote.cycle-evaluation'), s.url);
    const [path, hash] = s.evaluationUrl.split('#') as [string, string];
    assert.ok(page(path.slice(base.length)).getElementById(hash), s.evaluationUrl);
  }
});
