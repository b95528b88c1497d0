// Privacy and safety (issue 7, item 4): no request leaves the site's origin, and the pages work under
// their Content-Security-Policy: search (Pagefind's wasm), the search page, navigation, charts, code.
import { expect, test, type Page } from '@playwright/test';

/** Blocks every request to another origin and records it; records every CSP violation the page reports. */
async function guard(page: Page, origin: string) {
  const foreign: string[] = [];
  const violations: string[] = [];
  await page.route(
    (url) => url.origin !== origin && url.protocol !== 'data:',
    (route) => {
      foreign.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return { foreign, violations };
}

test('every page states a Content-Security-Policy that allows only the site itself and Pagefind’s wasm', async ({ page, baseURL }) => {
  await page.goto('');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha\d+-[^']+')*;/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(baseURL).toBeTruthy();
});

test('reading, searching and moving through the site sends no request outside its origin and breaks no CSP rule', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL!).origin;
  const { foreign, violations } = await guard(page, origin);
  // A chapter, a page with charts, the open data page (code blocks), each opened fresh.
  for (const path of ['part-1/chapter-2/', 'annex-6/', 'open-data/', 'en/annex-4/4-10/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // Search in the header dialog, then on the search page, then a result with its highlight.
  await page.keyboard.press('Control+k');
  await expect(page.locator('#starlight__search .pagefind-ui__search-input')).toBeFocused();
  await page.keyboard.type('テレワーク');
  await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
  await page.goto(`search/?q=${encodeURIComponent('ランサムウェア')}`);
  const first = page.locator('#search-page .pagefind-ui__result-link').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page.locator('main mark').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});
