// The site chrome around the report text: Japanese search dialog and print layout.
import { expect, test } from '@playwright/test';
import { pages, relOf } from './support/site.ts';

test('search dialog finds report pages and speaks Japanese', async ({ page }) => {
  await page.goto('');
  await page.locator('site-search button[data-open-modal]').click();
  const input = page.locator('dialog .pagefind-ui__search-input');
  await expect(input).toBeVisible();
  // Every page of the report is about this; Japanese segmentation must still find it.
  await input.fill('サイバーセキュリティ');
  await expect(page.locator('dialog .pagefind-ui__result').first()).toBeVisible();
  await expect(page.locator('dialog .pagefind-ui__message')).toContainText('件の検索結果');
  await expect(page.locator('dialog .pagefind-ui__search-clear')).toHaveText('クリア');
});

test('printing a chapter shows its text without the site chrome', async ({ page }) => {
  const chapter = pages.find((p) => p.slug.includes('/')) ?? pages[0]!;
  await page.goto(relOf(chapter.slug));
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['header.header', '#starlight__sidebar', 'site-search', '.right-sidebar-container', '.pagination-links', '.site-info']) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('main .sl-markdown-content')).toBeVisible();
});
