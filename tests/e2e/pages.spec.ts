// Scenario (a): every page of the outline, the home page and the 404 page render as Japanese pages with content.
import { expect, test } from '@playwright/test';
import { basePath, baseURL, fetchDom, outline, pages, pathOf, relOf, resolveHref, text } from './support/site.ts';

test.describe('every outline page renders', () => {
  for (const entry of pages) {
    test(`${entry.slug}: lang=ja, h1 and main text`, async ({ request }) => {
      const dom = await fetchDom(request, relOf(entry.slug));
      expect(dom.querySelector('html')?.getAttribute('lang')).toBe('ja');
      // The h1 may open with the level above the page (src/components/PageTitle.astro).
      const h1 = dom.querySelector('h1')!;
      expect(text(h1).slice(text(h1.querySelector('.title-context')).length).trim()).toBe(entry.title);
      expect(text(dom.querySelector('main .sl-markdown-content')).length).toBeGreaterThan(0);
    });
  }
});

test('home page introduces the report and links to every part and annex', async ({ request }) => {
  const dom = await fetchDom(request, '');
  expect(dom.querySelector('html')?.getAttribute('lang')).toBe('ja');
  expect(text(dom.querySelector('h1'))).toBe('サイバーセキュリティ2020（2019年度年次報告・2020年度年次計画）');
  const main = text(dom.querySelector('main'));
  for (const fact of ['サイバーセキュリティ戦略本部', '内閣サイバーセキュリティセンター（NISC）', '2020年7月21日', '第25回会合']) {
    expect(main).toContain(fact);
  }
  const links = dom
    .querySelectorAll('main .report-contents a')
    .map((a) => resolveHref(a.getAttribute('href') ?? '', basePath));
  expect(links).toEqual(outline.map((e) => pathOf(e.slug)));
});

test('a missing URL answers 404 with a Japanese page that links home', async ({ page }) => {
  const response = await page.goto('this-page-does-not-exist/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('h1')).toHaveText('ページが見つかりません');
  await page.getByRole('link', { name: 'トップページへ戻る' }).click();
  await expect(page).toHaveURL(baseURL);
  await expect(page.locator('h1')).toContainText('サイバーセキュリティ2020');
});

test.describe('readable at 360 px: no horizontal scrolling', () => {
  // The home page and the first page of each part and annex (the annexes hold the wide tables).
  for (const slug of ['', ...outline.map((e) => e.slug)]) {
    test(`/${slug}`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(relOf(slug));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
