// The offline mirror (`npm run mirror`) as a reader gets it: the zip and the folder hold the built site,
// and the folder works on a plain static server (`npx serve`, README "Offline mirror"). The search and
// navigation scenarios run over it too (playwright.config.ts, project "mirror").
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { MIRROR_NAME, mirrorDir, mirrorZip } from '../../../scripts/mirror-layout.ts';
import { pages, relOf } from '../support/site.ts';

/** Every file under `dir` by its path relative to `dir`, as a hash of its bytes. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else out.set(relative(dir, path).split('\\').join('/'), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

test('the mirror folder is the current build, plus its README.txt, and the zip unpacks to the same folder', () => {
  const mirror = files(mirrorDir);
  const dist = files('dist');
  expect([...mirror.keys()].filter((f) => !dist.has(f))).toEqual(['README.txt']);
  const differing = [...dist].filter(([f, hash]) => mirror.get(f) !== hash).map(([f]) => f);
  expect(differing, 'files missing from the mirror or older than dist/ (run `npm run mirror`)').toEqual([]);

  const zipped = unzipSync(readFileSync(mirrorZip));
  const names = Object.keys(zipped).filter((n) => !n.endsWith('/'));
  expect(names.every((n) => n.startsWith(`${MIRROR_NAME}/`))).toBe(true);
  expect(names.length).toBe(mirror.size);
  for (const n of names) {
    expect(createHash('sha256').update(zipped[n]!).digest('hex'), n).toBe(mirror.get(n.slice(MIRROR_NAME.length + 1)));
  }
  expect(readFileSync(join(mirrorDir, 'README.txt'), 'utf8')).toContain(`npx serve ${MIRROR_NAME}`);
});

test('served by `npx serve`, every page answers 200 and a missing one the site’s 404 page', async ({ request }) => {
  for (const p of pages) expect((await request.get(relOf(p.slug))).status(), p.slug).toBe(200);
  const missing = await request.get('no-such-page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('href="/"');
});
