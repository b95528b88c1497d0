// Zero broken links: every internal link, asset reference and #fragment of every built page resolves, in the
// default build and in a build under a sub-path as on GitHub Pages. External links are listed, never fetched.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'node-html-parser';
import { builtPages, distDir, repoRoot } from '../support/built-pages.ts';
import { checkLinks, type LinkReport, normaliseBase, unreachable } from '../support/links.ts';

/** The pages that carry the site's own lists rather than report text. */
const EXTERNAL_LINKS_PAGE = 'external-links/';

function assertSound(report: LinkReport) {
  assert.ok(report.pages > 0 && report.internalLinks > 0, 'the crawl found pages and links');
  assert.deepEqual(report.broken, [], `${report.broken.length} broken links in ${report.pages} pages`);
  assert.deepEqual(unreachable(report, ['404.html']), [], 'pages that no link from the home page leads to');
}

describe('the default build', () => {
  const report = checkLinks({ dist: distDir, base: normaliseBase(process.env.BASE_PATH), site: process.env.SITE || 'http://localhost' });

  test('every internal link and fragment resolves, and every page is reachable from the home page', () => assertSound(report));

  test('every page links to the accessibility policy and the external links list from its footer', () => {
    const base = normaliseBase(process.env.BASE_PATH);
    const missing = builtPages().flatMap((page) => {
      const hrefs = parse(readFileSync(page.file, 'utf8'))
        .querySelectorAll('nav.site-info a')
        .map((a) => new URL(a.getAttribute('href')!, `http://x${base}${page.path}`).pathname);
      // English pages link to the English versions of the same pages.
      const locale = page.path.startsWith('en/') ? 'en/' : '';
      return ['accessibility/', EXTERNAL_LINKS_PAGE].filter((p) => !hrefs.includes(`${base}${locale}${p}`)).map((p) => `/${page.path} → /${locale}${p}`);
    });
    assert.deepEqual(missing, []);
  });

  test('links out of the site open without giving the other site a handle on this one', () => {
    const unsafe = [...report.external]
      .filter(([, { rels }]) => rels.some((rel) => !/\bnoopener\b/.test(rel) || !/\bnoreferrer\b/.test(rel)))
      .map(([url, { pages }]) => `${url} on ${[...pages].map((p) => `/${p}`).join(', ')}`);
    assert.deepEqual(unsafe, []);
  });

  test('the external links page lists every external link the report pages carry, each once', () => {
    const listed = parse(readFileSync(join(distDir, EXTERNAL_LINKS_PAGE, 'index.html'), 'utf8'))
      .querySelectorAll('main .sl-markdown-content a[rel~="noopener"]')
      .map((a) => new URL(a.getAttribute('href')!).href);
    assert.equal(new Set(listed).size, listed.length, 'a URL listed twice');
    const carried = [...report.external].filter(([, { pages }]) => [...pages].some((p) => p !== EXTERNAL_LINKS_PAGE)).map(([url]) => url);
    assert.ok(carried.length > 0, 'the report has external links');
    assert.deepEqual(carried.filter((url) => !listed.includes(url)), [], 'external links missing from /external-links/');
  });
});

describe('a build under a sub-path, as GitHub Pages serves a project site', () => {
  const base = '/link-check-sub-path/';
  const site = 'https://example.github.io';
  const out = mkdtempSync(join(tmpdir(), 'cs2020-subpath-'));
  let build: ReturnType<typeof spawnSync>;
  before(() => {
    build = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], {
      cwd: repoRoot,
      env: { ...process.env, BASE_PATH: base, SITE: site, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  test('every internal link and fragment resolves under the sub-path, absolute ones included', () => {
    assert.equal(build.status, 0, `astro build failed:\n${build.stderr}`);
    assertSound(checkLinks({ dist: out, base, site }));
  });
});
