// Keyboard use (JIS X 8341-3 / WCAG 2.1.1, 2.1.2, 2.4.1, 2.4.7): skip link, visible focus, focusable table
// scroll regions, and a search dialog that can always be left.
import { expect, type Locator, test } from '@playwright/test';
import { builtPages } from '../support/built-pages.ts';

/** Whether the element draws a focus indicator: an outline or a box shadow. */
const focusIndicator = (locator: Locator) =>
  locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  });

test('the first Tab shows the skip link, which moves focus past the navigation to the page title', async ({ page }) => {
  await page.goto('part-1/');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.sl-skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#_top$/);
  // The next Tab lands in the page's content, not back in the header or sidebar.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(inMain).toBe(true);
});

test('links focused from the keyboard show a visible focus indicator', async ({ page }) => {
  await page.goto('part-1/');
  const link = page.locator('main .sl-markdown-content a').first();
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  expect(await focusIndicator(link)).toBe(true);
});

test('every table on every page sits in a labelled scroll region a keyboard can reach and scroll', async ({ page }) => {
  // One page load per page with tables, in both languages: more than the default 30 s.
  test.setTimeout(10 * 60_000);
  // Pages are read from dist/, so tables added by later content are covered without listing them here.
  let regions = 0;
  for (const { path } of builtPages()) {
    const html = await (await page.request.get(path)).text();
    if (!html.includes('<table')) continue;
    await page.goto(path);
    // Read in one round trip per page: the annex pages hold hundreds of tables.
    const found = await page.locator('main table').evaluateAll((tables) =>
      tables.map((table) => {
        const region = table.parentElement!;
        const labelledBy = region.getAttribute('aria-labelledby');
        return {
          isRegion: region.classList.contains('table-scroll'),
          role: region.getAttribute('role'),
          tabindex: region.getAttribute('tabindex'),
          name: (region.getAttribute('aria-label') || (labelledBy ? document.getElementById(labelledBy)?.textContent : '') || '').trim(),
        };
      }),
    );
    found.forEach((region, i) => {
      // Named by aria-label, or by aria-labelledby pointing at the table's caption or a heading with text.
      expect(region, `/${path} table ${i + 1}`).toEqual({ isRegion: true, role: 'region', tabindex: '0', name: expect.stringMatching(/\S/) });
    });
    regions += found.length;
  }
  test.info().annotations.push({ type: 'table scroll regions checked', description: String(regions) });
  expect(regions, 'at least the accessibility results table').toBeGreaterThan(0);
});

test('at 360 px a wide table scrolls inside its region with the arrow keys, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('accessibility/');
  const region = page.locator('main .table-scroll').first();
  await region.focus();
  await expect(region).toBeFocused();
  expect(await focusIndicator(region)).toBe(true);
  const before = await region.evaluate((el) => el.scrollLeft);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test('the search dialog opens from the keyboard, Tab moves on through it, and Escape returns focus to its button', async ({ page }) => {
  await page.goto('');
  const open = page.locator('site-search button[data-open-modal]');
  await expect(open).toBeEnabled();
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('site-search dialog');
  await expect(dialog).toBeVisible();
  // The search box only: once the filter chunks arrive, the dialog also holds their checkboxes.
  await expect(dialog.locator('input.pagefind-ui__search-input')).toBeFocused();
  await page.keyboard.type('サイバー');
  await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
  // No trap: each Tab moves focus somewhere else (past the input, into the results).
  const visited = new Set<string>();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    visited.add(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? ''));
  }
  expect(visited.size).toBeGreaterThan(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});
