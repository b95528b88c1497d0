// What the tour's screenshots (`npm run shots`) showed, asserted at a phone and a desktop width: measure rows
// readable without sideways scrolling, 担当府省庁一覧's headers over their columns, pages that say which
// annex they belong to.
import { expect, test, type Page } from '@playwright/test';
import { afterHeading } from './support/site.ts';

const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };

/** Left and right edges of every cell of a row, and the viewport width. */
async function cellEdges(page: Page, selector: string) {
  return page.locator(selector).evaluate((row) => ({
    viewport: window.innerWidth,
    cells: [...row.querySelectorAll('th, td')].map((c) => {
      const r = c.getBoundingClientRect();
      return { text: (c.textContent ?? '').slice(0, 20), left: r.left, right: r.right };
    }),
  }));
}

/** Widths of the table cells on the page that are wider than the viewport. */
const tooWide = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main table th, main table td')]
      .map((c) => ({ text: (c.textContent ?? '').slice(0, 20), width: c.getBoundingClientRect().width }))
      .filter((c) => c.width > window.innerWidth),
  );

test.describe('at 360 px', () => {
  test.use({ viewport: PHONE });

  for (const [path, row] of [
    ['annex-1/section-1/', 'm2020-1-1-2-a'],
    ['annex-2/section-1/', 'm2019-1-1-2-a'],
    ['en/annex-2/section-1/', 'm2019-1-1-2-a'],
  ] as const) {
    test(`every cell of a measure row lies inside the viewport: /${path}#${row}`, async ({ page }) => {
      await page.goto(`${path}#${row}`);
      const { viewport, cells } = await cellEdges(page, `tr[id="${row}"]`);
      expect(cells.length).toBeGreaterThanOrEqual(3);
      for (const c of cells) {
        expect(c.left, `${c.text}: left edge`).toBeGreaterThanOrEqual(0);
        expect(c.right, `${c.text}: right edge`).toBeLessThanOrEqual(viewport);
      }
      // Each cell of the card says which column it is: the label is drawn from the table's header.
      const label = await page.locator(`tr[id="${row}"] td.plan`).evaluate((td) => getComputedStyle(td, '::before').content);
      expect(label).toMatch(/年度|FY20\d\d|plan/i);
      await expect(page.locator(`tr[id="${row}"]`)).toBeInViewport();
    });
  }

  for (const path of ['annex-1/section-1/', 'annex-2/section-4/', 'annex-7/', 'ministries/mic/', 'en/annex-7/']) {
    test(`no table column is wider than the viewport: /${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await tooWide(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  }

  test('担当府省庁一覧: one entry per item with its ◎ and ○ ministries, under the legend', async ({ page }) => {
    await page.goto('annex-7/');
    await expect(page.locator('#a7-responsibilities thead th[colspan="3"]')).toBeVisible();
    const entry = page.locator('#a7-responsibilities tbody tr').filter({ hasText: '経営層の意識改革' });
    await expect(entry.locator('td').nth(0)).toHaveText(/^◎：/);
    await expect(entry.locator('td').nth(1)).toHaveText(/^○：/);
    const { viewport, cells } = await cellEdges(page, '#a7-responsibilities tbody tr:nth-child(3)');
    for (const c of cells) expect(c.right, c.text).toBeLessThanOrEqual(viewport);
  });

  test('breadcrumbs show where a page sits; the h1 keeps the annex for screen readers', async ({ page }) => {
    await page.goto('annex-2/section-1/');
    const crumbs = page.getByRole('navigation', { name: 'パンくずリスト' });
    await expect(crumbs).toBeVisible();
    await expect(crumbs.getByRole('link', { name: /^別添２/ })).toHaveAttribute('href', /annex-2\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(/^別添２ 2019年度.*1 経済社会の活力の向上及び持続的発展$/);
  });
});

test.describe('at 1280 px', () => {
  test.use({ viewport: DESKTOP });

  test('after a jump to a row, its column headers are in sight above it', async ({ page }) => {
    await page.goto('annex-2/section-1/#m2019-1-1-2-a');
    const row = page.locator('tr[id="m2019-1-1-2-a"]');
    await expect(row).toBeInViewport();
    const header = row.locator('xpath=ancestor::table').locator('thead th').first();
    await expect(header).toBeInViewport();
    const [h, r] = [await header.boundingBox(), await row.boundingBox()];
    expect(h!.y + h!.height).toBeLessThanOrEqual(r!.y + 1);
    // Scrolling on keeps the header at the top of the window, under Starlight's bar.
    await page.mouse.wheel(0, 400);
    await expect(header).toBeInViewport();
  });

  test('a measure table fits its column: no sideways scrolling, all four columns visible', async ({ page }) => {
    await page.goto('annex-2/section-1/');
    const region = page.locator('.table-scroll.measures').first();
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await expect(region.locator('thead th')).toHaveCount(4);
  });

  test("担当府省庁一覧: each header cell lies over its body column, spans included", async ({ page }) => {
    await page.goto('annex-7/');
    const box = (selector: string) => page.locator(selector).evaluate((el) => ({ left: Math.round(el.getBoundingClientRect().left), right: Math.round(el.getBoundingClientRect().right) }));
    const row = '#a7-responsibilities tbody tr:nth-child(3)';
    expect(await box('#a7-responsibilities thead tr:first-child th:nth-child(1)')).toEqual(await box(`${row} th`));
    const span = await box('#a7-responsibilities thead tr:first-child th:nth-child(2)');
    expect(span.left).toBe((await box(`${row} td:nth-child(2)`)).left);
    expect(span.right).toBe((await box(`${row} td:nth-child(4)`)).right);
    for (const i of [1, 2, 3]) expect(await box(`#a7-responsibilities thead tr:nth-child(2) th:nth-child(${i})`)).toEqual(await box(`${row} td:nth-child(${i + 1})`));
    expect(await box('#a7-responsibilities thead tr:first-child th:nth-child(3)')).toEqual(await box(`${row} td:nth-child(5)`));
    // The item names wrap: the first column takes at most a third of the table.
    const table = await box('#a7-responsibilities table');
    const first = await box(`${row} th`);
    expect(first.right - first.left).toBeLessThanOrEqual((table.right - table.left) / 3 + 1);
  });

  test('別添1 and 別添2 pages with the same printed title differ in <title> and h1, in both languages', async ({ page }) => {
    const seen: { title: string; h1: string }[] = [];
    for (const path of ['annex-1/section-1/', 'annex-2/section-1/', 'en/annex-1/section-1/', 'en/annex-2/section-1/']) {
      await page.goto(path);
      seen.push({ title: await page.title(), h1: (await page.locator('h1').textContent())!.trim() });
      await expect(page.getByRole('navigation', { name: /パンくずリスト|Breadcrumbs/ })).toBeHidden();
    }
    expect(seen[0]!.title).toMatch(/^1 経済社会の活力の向上及び持続的発展（別添１ 2020年度/);
    expect(seen[1]!.title).toMatch(/^1 経済社会の活力の向上及び持続的発展（別添２ 2019年度/);
    expect(seen[2]!.title).toMatch(/\(Annex 1: FY2020/);
    expect(seen[3]!.title).toMatch(/\(Annex 2: Implementation of FY2019/);
    expect(new Set(seen.map((s) => s.h1)).size).toBe(4);
    expect(new Set(seen.map((s) => s.title)).size).toBe(4);
  });
});

/** Left and right edges of the shown tooltip of a term, and the window width. */
const tipEdges = (term: import('@playwright/test').Locator) =>
  term.evaluate((t) => {
    const r = t.querySelector('.term-tip')!.getBoundingClientRect();
    return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
  });

test.describe('glossary popovers', () => {
  test('at 1280 px a definition shown by hovering a term near the right edge stays inside the window', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('part-1/chapter-1/');
    const terms = page.locator('main .term');
    // The terms that sit furthest right are the ones whose definition would run off the window.
    const rights = await terms.evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().right));
    const order = rights.map((r, i) => [r, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 3);
    expect(order.length).toBeGreaterThan(0);
    for (const [, i] of order) {
      const term = terms.nth(i);
      await term.locator('.term-ref').hover();
      await expect(term.locator('.term-tip')).toBeVisible();
      await expect.poll(async () => (await tipEdges(term)).right).toBeLessThanOrEqual(DESKTOP.width);
      expect((await tipEdges(term)).left).toBeGreaterThanOrEqual(0);
    }
  });

  test.describe('on a touch screen', () => {
    test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

    test('a tap shows the definition in place, inside the window; a second tap opens the glossary entry', async ({ page }) => {
      await page.goto('part-1/chapter-1/');
      const term = page.locator('main .term').first();
      const ref = term.locator('.term-ref');
      await ref.scrollIntoViewIfNeeded();
      await ref.tap();
      await expect(term.locator('.term-tip')).toBeVisible();
      await expect(ref).toHaveAttribute('aria-expanded', 'true');
      expect(page.url()).toContain('part-1/chapter-1/');
      const edges = await tipEdges(term);
      expect(edges.left).toBeGreaterThanOrEqual(0);
      expect(edges.right).toBeLessThanOrEqual(edges.width);
      await ref.tap();
      await expect(page).toHaveURL(/annex-8\/#term-/);
    });
  });
});

test('ministry pages: each measure says what it is and its status; the strategy-area filter narrows the rows', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('ministries/mic/');
  const rows = page.locator(`${afterHeading('y2019')} .table-scroll`).first().locator('tbody tr');
  const first = rows.first();
  await expect(first.locator('td.plan')).not.toBeEmpty();
  await expect(first.locator('td.result')).not.toBeEmpty();
  await expect(first.locator('td.status')).toHaveText(/^(継続|2019年度で終了)/);
  const all = await page.locator('tbody tr[data-area]:visible').count();
  await page.getByRole('radio', { name: /^4 横断的施策/ }).check();
  const shown = page.locator('tbody tr[data-area]:visible');
  expect(await shown.count()).toBeGreaterThan(0);
  expect(await shown.count()).toBeLessThan(all);
  expect(new Set(await shown.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-area'))))).toEqual(new Set(['4']));
});

/** Smallest text of each shown chart as drawn: its SVG font size scaled like the SVG; `null` for a chart that is not shown. */
const chartTextSizes = (page: Page) =>
  page.locator('main .report-chart').evaluateAll((figures) =>
    figures.map((figure) => {
      const svg = [...figure.querySelectorAll('svg')].find((s) => s.getAttribute('role') === 'img')!;
      const box = svg.getBoundingClientRect();
      const id = figure.closest('figure.report-table')!.id;
      if (box.width === 0) return { id, smallest: null };
      const scale = box.width / svg.viewBox.baseVal.width;
      const sizes = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '').map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      return { id, smallest: Math.min(...sizes) };
    }),
  );

test.describe('charts and image-only places', () => {
  for (const [name, viewport] of [['360', PHONE], ['1280', DESKTOP]] as const) {
    test(`at ${name} px a chart's text is at least 11 px or the chart gives way to its table, which is always shown: /annex-6/, /annex-4/4-10/`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const path of ['annex-6/', 'annex-4/4-10/']) {
        await page.goto(path);
        const sizes = await chartTextSizes(page);
        expect(sizes.length, path).toBeGreaterThan(0);
        for (const { id, smallest } of sizes) {
          if (smallest !== null) expect(smallest, `${path}#${id}`).toBeGreaterThanOrEqual(11);
          await expect(page.locator(`[id="${id}"] table`)).toBeVisible();
        }
        // On a phone no chart is too small to read, so none is shown; on a desktop every one is.
        expect(sizes.filter((s) => s.smallest !== null).length, path).toBe(name === '360' ? 0 : sizes.length);
      }
    });

    test(`at ${name} px 別添6's headings and chart titles without their image say so, inside the viewport`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('annex-6/');
      // The first notice after the heading (its anchor link, added by a script, sits between them).
      const notice = page.locator('xpath=//*[@id="a6-d2-1"]/following::p[contains(@class, "image-notice")][1]');
      await expect(page.locator('xpath=//*[@id="a6-d2-1"]/following::h3[1]')).toHaveId('a6-d2-2');
      expect(await notice.evaluate((p) => p.compareDocumentPosition(document.getElementById('a6-d2-2')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
      await expect(notice).toHaveText('（この図表は原本のPDFでは画像のため、テキスト版には含まれていません。）');
      const title = page.locator('main figure.report-figure').filter({ hasText: 'ロシアからのアクセス件数の推移' });
      await expect(title.locator('figcaption')).toHaveText('ロシアからのアクセス件数の推移');
      await expect(title.locator('.image-notice')).toBeVisible();
      await expect(page.locator('main .image-notice')).toHaveCount(28);
      for (const box of [await notice.boundingBox(), await title.boundingBox()]) expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('table regions that scroll sideways', () => {
  const cue = (page: Page, id: string) =>
    page.locator(`[id="${id}"] .table-scroll`).evaluate((region) => ({
      start: region.hasAttribute('data-more-start'),
      end: region.hasAttribute('data-more-end'),
      shadow: getComputedStyle(region).boxShadow,
      overflows: region.scrollWidth > region.clientWidth,
    }));

  test('at 360 px a wide table shows a shadow on the side with more to see, and follows the scrolling', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('annex-6/');
    const id = 'a6-d2-4-t1';
    expect(await cue(page, id)).toMatchObject({ overflows: true, start: false, end: true });
    expect((await cue(page, id)).shadow).toMatch(/inset/);
    await page.locator(`[id="${id}"] .table-scroll`).evaluate((r) => r.scrollTo({ left: r.scrollWidth }));
    await expect.poll(() => cue(page, id)).toMatchObject({ start: true, end: false });
  });

  test('at 1280 px a table that fits its column shows no cue', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('annex-6/');
    const fits = await page.locator('main .table-scroll').evaluateAll((regions) =>
      regions.filter((r) => r.scrollWidth <= r.clientWidth).map((r) => ({ cue: r.hasAttribute('data-more-start') || r.hasAttribute('data-more-end'), shadow: getComputedStyle(r).boxShadow })),
    );
    expect(fits.length).toBeGreaterThan(5);
    expect(fits.filter((f) => f.cue || /inset/.test(f.shadow))).toEqual([]);
  });
});

