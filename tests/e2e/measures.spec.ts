// Measures: counterpart links between the years, ministry pages, and 2部2章 ⇄ annex tables.
import { expect, test } from '@playwright/test';
import type { Measure } from '../../src/schemas/measure.ts';
import { afterHeading, basePath, fetchDom, relOf } from './support/site.ts';

async function measures(request: import('@playwright/test').APIRequestContext): Promise<Measure[]> {
  const res = await request.get('data/measures.json');
  expect(res.ok()).toBe(true);
  return (await res.json()) as Measure[];
}

test("following a 2019 row's counterpart lands on the 2020 row, and its counterpart leads back", async ({ page, request }) => {
  const all = await measures(request);
  const from = all.find((m) => m.year === 2019 && m.key === '4.2(1)(エ)' && m.counterpart)!;
  const to = all.find((m) => m.id === from.counterpart)!;
  expect(to.key, 'keys drift in 4.2(1): the counterpart has another key').not.toBe(from.key);

  await page.goto(from.url.slice(basePath.length));
  const row = page.locator(`tr[id="${from.id}"]`);
  await expect(row).toBeInViewport();
  await row.locator('a.counterpart').click();
  await expect(page).toHaveURL(new RegExp(`#${to.id}$`));
  const target = page.locator(`tr[id="${to.id}"]`);
  await expect(target).toBeInViewport();
  await expect(target.locator('th[scope="row"]')).toHaveText(to.key.slice(to.key.lastIndexOf('(')));

  await target.locator('a.counterpart').click();
  await expect(page).toHaveURL(new RegExp(`#${from.id}$`));
  await expect(page.locator(`tr[id="${from.id}"]`)).toBeInViewport();
});

test('rows new in 2020 and rows that ended in 2019 say so', async ({ request }) => {
  const all = await measures(request);
  const fresh = all.find((m) => m.year === 2020 && m.link === 'new')!;
  const ended = all.find((m) => m.year === 2019 && m.link === 'ended')!;
  for (const m of [fresh, ended]) {
    const dom = await fetchDom(request, m.url.slice(basePath.length).split('#')[0]!);
    const cell = dom.querySelector(`tr[id="${m.id}"] .counterpart-line`)!;
    expect(cell.querySelector('a')).toBeNull();
    expect(cell.textContent).toMatch(m.year === 2020 ? /新規/ : /対応する施策なし/);
  }
});

test('the ministry page of 総務省 lists its rows of both years', async ({ page, request }) => {
  const all = await measures(request);
  await page.goto(relOf('ministries/mic'));
  await expect(page.locator('h1')).toHaveText('総務省の施策');
  for (const year of [2020, 2019]) {
    const expected = all.filter((m) => m.year === year && m.ministryIds.includes('mic')).length;
    await expect(page.locator(`${afterHeading(`y${year}`)} .table-scroll`).first().locator('tbody tr')).toHaveCount(expected);
  }
  // Reached from the ministry name in a row.
  await page.goto(relOf('annex-1/section-1'));
  await page.locator('ul.ministries a', { hasText: '総務省' }).first().click();
  await expect(page).toHaveURL(/\/ministries\/mic\/$/);
});

test('2部2章 1.1 links to its table nodes in both annexes, and the annexes link back', async ({ page, request }) => {
  const dom = await fetchDom(request, relOf('part-2/chapter-2'));
  const links = dom.querySelectorAll('#p2-c2-s1-1 ~ .cross-links a').map((a) => a.getAttribute('href')!);
  const first = links.slice(0, 6);
  expect(first.some((h) => h.includes('annex-1/section-1/#t2020-1-1-1'))).toBe(true);
  expect(first.some((h) => h.includes('annex-2/section-1/#t2019-1-1-1'))).toBe(true);

  await page.goto(relOf('part-2/chapter-2'));
  await page.locator(`${afterHeading('p2-c2-s1-1')} .cross-links a`, { hasText: '1.1(1)' }).first().click();
  await expect(page).toHaveURL(/annex-1\/section-1\/#t2020-1-1-1$/);
  await expect(page.locator('table[id="t2020-1-1-1"] caption')).toBeInViewport();
  await page.locator(`${afterHeading('a1-s1-1')} .cross-links a`).first().click();
  await expect(page).toHaveURL(/part-2\/chapter-2\/#p2-c2-s1-1$/);
});
