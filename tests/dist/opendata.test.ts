/** The open data files, their JSON Schemas, the examples of the open data page, and the About page's figures. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'node-html-parser';

const root = join(import.meta.dirname, '..', '..');
const dist = process.env.DIST_DIR ?? join(root, 'dist');
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const page = (path: string) => parse(read(join(path, 'index.html')));

describe('published JSON files validate against the JSON Schemas published beside them', () => {
  for (const name of ['measures', 'glossary', 'policy-cycle']) {
    test(`${name}.json ⊨ ${name}.schema.json`, () => {
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      const validate = ajv.compile(JSON.parse(read(`data/${name}.schema.json`)));
      const data = JSON.parse(read(`data/${name}.json`));
      assert.ok(validate(data), JSON.stringify(validate.errors?.slice(0, 3)));
      const broken = structuredClone(data) as { id: string }[] | { terms: { id: string }[] } | { sections: { id: string }[] };
      (Array.isArray(broken) ? broken[0]! : 'terms' in broken ? broken.terms[0]! : broken.sections[0]!).id = 'Not An Id';
      assert.equal(validate(broken), false, 'the schema rejects a malformed id');
    });
  }
});

describe('the examples of the open data page print what the page says they print', () => {
  let server: Server;
  let site = '';
  before(async () => {
    // dist/ served as the mirror would serve it, so that the examples fetch over HTTP as a reader's would.
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
      const file = normalize(join(dist, path.slice(base.length - 1)));
      try {
        res.writeHead(200, { 'Content-Type': extname(file) === '.json' ? 'application/json' : 'text/plain' }).end(readFileSync(file));
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    site = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base.replace(/\/$/, '')}`;
  });
  after(() => server.close());

  const shown = (lang: string, example: string) => page(lang === 'en' ? 'en/open-data' : 'open-data').querySelector(`pre[data-example="${example}"]`)!.textContent.trim();

  for (const example of ['fetch-measures.mjs', 'follow-counterpart.mjs', 'policy-cycle.mjs']) {
    test(`${example} (Node)`, async () => {
      const { execFile } = await import('node:child_process');
      const output = await new Promise<string>((resolve, reject) =>
        execFile(process.execPath, [join(root, 'src', 'data', 'examples', example)], { env: { ...process.env, SITE_URL: site } }, (error, stdout) => (error ? reject(error) : resolve(stdout))),
      );
      assert.equal(output.trim(), shown('ja', example));
      assert.equal(output.trim(), shown('en', example));
    });
  }

  test('read_measures.py (python3, csv module)', () => {
    const output = execFileSync('python3', [join(root, 'src', 'data', 'examples', 'read_measures.py'), join(dist, 'data', 'measures.csv')], { encoding: 'utf8' });
    assert.equal(output.trim(), shown('ja', 'read_measures.py'));
  });
});

describe('About this edition', () => {
  test('its figures are the converter’s coverage report and counts', () => {
    const coverage = JSON.parse(readFileSync(join(root, 'content', 'data', 'coverage.json'), 'utf8'));
    const edition = JSON.parse(readFileSync(join(root, 'content', 'data', 'edition.json'), 'utf8'));
    for (const lang of ['ja', 'en']) {
      const cells = page(lang === 'en' ? 'en/about' : 'about').querySelectorAll('td[data-figure]').map((td) => td.textContent.replace(/,/g, ''));
      const expected = [
        String(coverage.lines),
        `${coverage.kept.heading} / ${coverage.kept.text} / ${coverage.kept.footnote}`,
        String(coverage.furniture.runningHead),
        String(coverage.furniture.pageNumber),
        String(coverage.furniture.blankPageMarker),
        String(coverage.furniture.footnoteRuler),
        String(coverage.blank),
      ];
      assert.deepEqual(cells.slice(0, expected.length), expected, lang);
      assert.ok(cells.includes(`${edition.footnotes.total} (${edition.footnotes.main} / ${edition.footnotes.annex4} / ${edition.footnotes.annex6})`));
      assert.ok(cells.includes(`${edition.measures['2020']} / ${edition.measures['2019']}`));
    }
  });

  test('it gives the source credit in the form the terms of use ask for, and lists what was only an image', () => {
    const dom = page('about');
    assert.match(dom.querySelector('.source-credit')!.textContent, /^出典：内閣サイバーセキュリティセンター「サイバーセキュリティ2020（2019年度年次報告・2020年度年次計画）」.*を加工して作成$/);
    const edition = JSON.parse(readFileSync(join(root, 'content', 'data', 'edition.json'), 'utf8'));
    assert.equal(dom.querySelectorAll('ul.image-only li').length, edition.figures.length + edition.imageOnlyPages.length);
  });
});
