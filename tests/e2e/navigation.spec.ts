// Scenario (b): the sidebar lists the outline in report order, its links resolve, and
// prev/next links lead to the neighbouring pages in that order.
import { expect, test } from '@playwright/test';
import { fetchDom, outline, pages, pathOf, relOf, resolveHref, text } from './support/site.ts';

/** The page at index i of the report order (the tests only ask for indices that exist). */
const at = (i: number) => pages[i]!;

test('sidebar lists every outline entry in report order', async ({ request }) => {
  const first = at(0);
  const dom = await fetchDom(request, relOf(first.slug));
  const links = dom.querySelectorAll('#starlight__sidebar ul.top-level a[href]');
  expect(links.map((a) => resolveHref(a.getAttribute('href')!, pathOf(first.slug)))).toEqual(pages.map((p) => pathOf(p.slug)));
  expect(links.map((a) => text(a))).toEqual(pages.map((p) => p.title));
  // Parts and annexes with sub-pages are groups labelled with their title.
  const groups = dom.querySelectorAll('#starlight__sidebar ul.top-level > li > details > summary');
  expect(groups.map((s) => text(s))).toEqual(outline.filter((e) => e.children?.length).map((e) => e.title));
});

test('every sidebar link resolves', async ({ request }) => {
  for (const p of pages) {
    const res = await request.head(relOf(p.slug));
    expect(res.status(), pathOf(p.slug)).toBe(200);
  }
});

test('prev/next links follow the outline order on every page', async ({ request }) => {
  for (const [i, p] of pages.entries()) {
    const dom = await fetchDom(request, relOf(p.slug));
    const rel = (r: string) => {
      const href = dom.querySelector(`.pagination-links a[rel="${r}"]`)?.getAttribute('href');
      return href ? resolveHref(href, pathOf(p.slug)) : undefined;
    };
    expect(rel('prev'), `prev of ${p.slug}`).toBe(i > 0 ? pathOf(at(i - 1).slug) : undefined);
    expect(rel('next'), `next of ${p.slug}`).toBe(i < pages.length - 1 ? pathOf(at(i + 1).slug) : undefined);
  }
});

test('clicking next and prev in the browser moves through the report', async ({ page }) => {
  // Walk a few steps from the first page and back, with real clicks.
  const steps = Math.min(3, pages.length - 1);
  await page.goto(relOf(at(0).slug));
  for (let i = 1; i <= steps; i++) {
    await page.locator('.pagination-links a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`${pathOf(at(i).slug)}$`));
    await expect(page.locator('h1')).toContainText(at(i).title);
  }
  await page.locator('.pagination-links a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`${pathOf(at(steps - 1).slug)}$`));
});

test('only the sidebar group of the current page is expanded', async ({ page }) => {
  const group = outline.find((e) => e.children?.length);
  test.skip(!group, 'the outline has no groups');
  const child = group!.children!.find((c) => c.slug !== group!.slug)!;
  await page.goto(relOf(child.slug));
  const sidebar = page.locator('#starlight__sidebar');
  await expect(sidebar.locator('a[aria-current="page"]')).toHaveText(child.title);
  const open = sidebar.locator('details[open] > summary');
  await expect(open).toHaveCount(1);
  await expect(open).toHaveText(group!.title);
  await sidebar.locator('details[open]').getByRole('link', { name: group!.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${pathOf(group!.slug)}$`));
});
