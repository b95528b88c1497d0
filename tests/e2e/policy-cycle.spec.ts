// The policy-cycle pages (issue 17) in a browser: entries that read without sideways scrolling at 360 px and
// side by side at 1280 px, and the ways in (2部2章, 別添1/別添2 sections, ministry pages, home, sidebar).
import { expect, test, type Page } from '@playwright/test';

const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };

/** How far the page scrolls sideways, and the cells of the entries that stick out of the viewport. */
const overflow = (page: Page) =>
  page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth - window.innerWidth,
    cells: [...document.querySelectorAll('table.cycle-entries th, table.cycle-entries td')]
      .map((c) => ({ text: (c.textContent ?? '').slice(0, 20), r: c.getBoundingClientRect() }))
      .filter((c) => c.r.left < 0 || c.r.right > window.innerWidth)
      .map((c) => c.text),
  }));

test.describe('at 360 px', () => {
  test.use({ viewport: PHONE });
  for (const path of ['policy-cycle/', 'policy-cycle/2-1/', 'policy-cycle/4-2/', 'en/policy-cycle/1-1/', 'en/policy-cycle/5/']) {
    test(`no sideways scrolling, every entry inside the viewport: /${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await overflow(page)).toEqual({ scroll: 0, cells: [] });
    });
  }

  test('an entry is a card whose cells say which year they are', async ({ page }) => {
    await page.goto('policy-cycle/1-1/');
    const row = page.locator('table.cycle-entries tbody tr').first();
    const labels = await row.locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(labels).toEqual(['"2019年度の計画"', '"2019年度の実績"', '"2020年度の計画"']);
  });
});

test.describe('at 1280 px', () => {
  test.use({ viewport: DESKTOP });
  test('2019 plan, result and 2020 plan of an entry sit side by side', async ({ page }) => {
    await page.goto('policy-cycle/1-1/');
    const tops = await page.locator('table.cycle-entries tbody tr').first().locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    expect(await overflow(page)).toEqual({ scroll: 0, cells: [] });
  });
});

test.describe('ways in', () => {
  const cycleLink = (page: Page, id: string) => page.locator(`main a[href$="policy-cycle/${id}/"]`);

  test('2部2章 links each of its 17 sections to its cycle page, and the link leads there', async ({ page }) => {
    await page.goto('part-2/chapter-2/');
    await expect(page.locator('main a[href*="policy-cycle/"]')).toHaveCount(17);
    await cycleLink(page, '4-2').click();
    await expect(page).toHaveURL(/\/policy-cycle\/4-2\/$/);
    await expect(page.locator('h1')).toContainText('4.2');
  });

  for (const [path, ids] of [
    ['annex-1/section-2/', ['2-1', '2-2', '2-3', '2-4', '2-5', '2-6', '2-7']],
    ['annex-2/section-5/', ['5']],
    ['en/annex-2/section-1/', ['1-1', '1-2', '1-3']],
  ] as const) {
    test(`/${path} links its sections' cycle pages`, async ({ page }) => {
      await page.goto(path);
      for (const id of ids) await expect(cycleLink(page, id)).toHaveCount(1);
    });
  }

  test('a ministry page, the home page and the sidebar lead to the cycle pages, in both languages', async ({ page }) => {
    await page.goto('ministries/npa/');
    await expect(cycleLink(page, '2-1')).toHaveCount(1);
    for (const [home, name] of [
      ['', '政策サイクル'],
      ['en/', 'Policy cycle'],
    ] as const) {
      await page.goto(home);
      await expect(page.locator('main a[href$="policy-cycle/"]')).toHaveText(name);
      await expect(page.locator('#starlight__sidebar a[href$="policy-cycle/"]')).toHaveText(name);
      await page.locator('main a[href$="policy-cycle/"]').click();
      await expect(page.locator('table.cycle-index tbody tr')).toHaveCount(17);
    }
  });
});
