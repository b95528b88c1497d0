/**
 * Fidelity of the built Japanese pages to the source, read from dist/ after `npm run build`.
 * Source text is compared after NFKC and whitespace removal, so spacing normalisation does not count.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { type HTMLElement, parse } from 'node-html-parser';

const root = join(import.meta.dirname, '..', '..');
// DIST_DIR lets a second build be checked beside the default one.
const dist = process.env.DIST_DIR ?? join(root, 'dist');
const seed = readFileSync(join(root, 'content', 'source', 'cybersecurity2020.txt'), 'utf8').split('\n');
const fates = readFileSync(join(root, 'content', 'data', 'coverage-lines.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((row) => {
    const [line, role, target, page] = row.split('\t');
    return { line: Number(line), role: role!, target: target!, page: page! };
  });

const squeeze = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');
const PIECE = 16;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'pagefind' || e.name === '_astro' ? [] : htmlFiles(join(dir, e.name))) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

assert.ok(existsSync(dist), 'dist/ is missing: run `npm run build` first');
const pages = new Map<string, HTMLElement>();
for (const file of htmlFiles(dist)) {
  const dom = parse(readFileSync(file, 'utf8'));
  if (dom.querySelector('html')?.getAttribute('lang') !== 'ja') continue;
  const main = dom.querySelector('main');
  // Glossary tooltips repeat 別添8's text inside other pages' sentences; they are not those pages' text.
  for (const tip of main?.querySelectorAll('.term-tip') ?? []) tip.remove();
  if (main) pages.set(relative(dist, file), main);
}
const pageOfSlug = (slug: string): HTMLElement => {
  const main = pages.get(join(slug, 'index.html'));
  assert.ok(main, `a built page for /${slug}/`);
  return main;
};

describe('the built Japanese pages hold the whole report', () => {
  test('at least 99.5 % of the source’s 16-character pieces, furniture excluded, are in the main text of the pages', () => {
    const siteText = squeeze([...pages.values()].map((m) => m.textContent).join('\n'));
    // The text of each node the converter made, in source order; pieces never straddle two nodes.
    const nodes = new Map<string, string>();
    for (const f of fates) if (f.role !== 'blank' && f.role !== 'furniture') nodes.set(f.target, (nodes.get(f.target) ?? '') + seed[f.line - 1]);
    let total = 0;
    let found = 0;
    const missing: string[] = [];
    for (const text of nodes.values()) {
      const s = squeeze(text);
      for (let i = 0; i + PIECE <= s.length; i += PIECE) {
        total += 1;
        const piece = s.slice(i, i + PIECE);
        if (siteText.includes(piece)) found += 1;
        else missing.push(piece);
      }
    }
    const rate = found / total;
    console.log(`fidelity: ${found} of ${total} pieces (${(rate * 100).toFixed(2)} %); first missing: ${missing.slice(0, 5).join(' | ')}`);
    assert.ok(total > 20_000, `enough pieces to mean something (${total})`);
    assert.ok(rate >= 0.995, `fidelity ${(rate * 100).toFixed(2)} % is below 99.5 %`);
  });

  test('no running head, page number or blank-page marker is a paragraph or list item of any page', () => {
    const runningHeads = new Set(fates.filter((f) => f.target === 'runningHead').map((f) => squeeze(seed[f.line - 1]!)));
    assert.ok(runningHeads.size > 10);
    // A title that is also printed as a real line (本編 at L85) may appear as often as it is printed so.
    const printed = (text: string): number => fates.filter((f) => f.role !== 'furniture' && squeeze(seed[f.line - 1]!) === text).length;
    const seen = new Map<string, string[]>();
    for (const [path, main] of pages) {
      // The generated list of sub-pages and the breadcrumbs (on phones) repeat section titles on purpose.
      for (const el of main.querySelectorAll('p, li').filter((e) => !e.closest('.child-pages, .breadcrumbs'))) {
        const text = squeeze(el.textContent);
        assert.ok(!/^-\d+-$/.test(text), `${path}: page number ${text}`);
        assert.ok(!text.includes('本ページは白紙です'), `${path}: blank-page marker`);
        if (runningHeads.has(text)) seen.set(text, [...(seen.get(text) ?? []), path]);
      }
    }
    for (const [text, paths] of seen) assert.ok(paths.length <= printed(text), `running head ${text} shown on ${paths.join(', ')}`);
  });

  test('the paragraph across the page break in 2部2章 2.5 is one paragraph on the page', () => {
    const paragraphs = pageOfSlug('part-2/chapter-2').querySelectorAll('p').map((p) => squeeze(p.textContent));
    assert.equal(paragraphs.filter((p) => p.includes('会合の現地事務局等に連絡要員を派遣し')).length, 1);
  });
});

describe('footnotes in the built pages', () => {
  test('62 footnotes, each cited at least once, with one back-link to each reference in reading order', () => {
    let notes = 0;
    let references = 0;
    for (const [path, main] of pages) {
      for (const li of main.querySelectorAll('li[id^="fn-"]')) {
        notes += 1;
        const refs = main.querySelectorAll(`a[href="#${li.id}"]`);
        assert.ok(refs.length >= 1, `${path}: ${li.id} is cited`);
        references += refs.length;
        const backs = li.querySelectorAll('a.fnback').map((a) => a.getAttribute('href'));
        assert.deepEqual(backs, refs.map((r) => `#${r.id}`), `${path}: ${li.id} links back to each of its references`);
        for (const ref of refs) {
          assert.equal(ref.textContent.trim(), li.getAttribute('value'), `${path}: ${li.id} is numbered as printed`);
          assert.equal(main.querySelectorAll(`[id="${ref.id}"]`).length, 1, `${path}: ${ref.id} is unique`);
        }
        const names = li.querySelectorAll('a.fnback').map((a) => a.getAttribute('aria-label'));
        assert.equal(new Set(names).size, refs.length, `${path}: ${li.id}'s back-links have distinct accessible names`);
      }
    }
    assert.equal(notes, 62);
    // Each note is printed once where it is first cited, except in 別添6's tables: a note printed in a dash cell
    // (`－ 3`, `- 9`) or after a column head (`今期件数  2`, `一つ星 20`) is cited by every such cell.
    const from = seed.findIndex((l) => l.trim() === 'データ 1 NICTER 観測結果');
    const to = seed.findIndex((l) => l.trim() === '担当府省庁一覧');
    const cells = seed.slice(from, to).flatMap((l) => [...l.matchAll(/(?:(?<=^|\s)[-－] |(?:今期件数|前期比|一つ星|二つ星) *)(\d{1,2})(?=\s|$)/g)].map((m) => m[1]!));
    assert.equal(references, 62 - new Set(cells).size + cells.length);
  });
});
