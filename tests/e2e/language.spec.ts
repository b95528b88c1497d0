// Switching language keeps the page and the section: the same ASCII ids exist in both languages.
import { expect, test } from '@playwright/test';
import { relOf } from './support/site.ts';

const cases = [
  { slug: 'annex-1/section-1', hash: 'm2020-1-1-2-o', what: 'a measure row' },
  { slug: 'part-2/chapter-2', hash: 'p2-c2-s2-5-evaluation', what: 'a marker heading deep in 2部2章' },
];

for (const { slug, hash, what } of cases) {
  test(`Japanese ⇄ English on ${what} keeps #${hash}`, async ({ page }) => {
    await page.goto(`${relOf(slug)}#${hash}`);
    await expect(page.locator(`[id="${hash}"]`)).toBeInViewport();
    await page.locator('section-lang-select select').first().selectOption({ label: 'English' });
    await expect(page).toHaveURL(new RegExp(`/en/${slug}/#${hash}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator(`[id="${hash}"]`)).toBeInViewport();

    await page.locator('section-lang-select select').first().selectOption({ label: '日本語' });
    await expect(page).toHaveURL(new RegExp(`/${slug}/#${hash}$`));
    await expect(page).not.toHaveURL(/\/en\//);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator(`[id="${hash}"]`)).toBeInViewport();
  });
}

test('the English table of contents lists the headings in English while the body keeps them in Japanese', async ({ page }) => {
  await page.goto(relOf('en/part-2/chapter-2'));
  const tocLink = page.locator('starlight-toc a[href="#p2-c2-s1-1"]');
  await expect(tocLink).toHaveText(/^1\.1 [A-Za-z]/);
  await expect(page.locator('h3[id="p2-c2-s1-1"]')).toContainText('新たな価値創出');
});
