// axe on the states a page load does not show: the search dialog with results, and the sidebar opened from
// the menu button on a phone. The page-load checks are in a11y/axe.spec.ts.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { AXE_TAGS } from './a11y/support.ts';

async function violations(page: Page, include: string[] = []): Promise<string[]> {
  const results = await include.reduce((axe, selector) => axe.include(selector), new AxeBuilder({ page }).withTags([...AXE_TAGS])).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary}`));
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
  test(`search dialog with results at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('');
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('dialog .pagefind-ui__search-input').fill('サイバーセキュリティ');
    await expect(page.locator('dialog .pagefind-ui__result').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('sidebar opened from the menu button at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('part-1/chapter-1/');
  await page.locator('button[popovertarget="starlight__sidebar"]').click();
  await expect(page.locator('#starlight__sidebar')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
  test(`link and citation panel open, with a citation copied, and the back-to-top link shown, at ${viewport.width} px`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize(viewport);
    await page.goto('annex-2/section-2/');
    await page.locator('#m2019-2-1-1-su a.row-anchor').press('Enter');
    await page.getByRole('button', { name: '引用' }).click();
    await expect(page.getByRole('status')).toHaveText('引用文をコピーしました。');
    await expect(page.locator('[data-back-to-top]')).toBeVisible();
    // The rest of this long page is checked on load (a11y/axe.spec.ts).
    expect(await violations(page, ['[data-cite-panel]', '[data-back-to-top]', '#m2019-2-1-1-su'])).toEqual([]);
  });
}
