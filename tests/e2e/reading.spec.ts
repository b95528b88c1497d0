// Reading and citing (issue 14): phrase-aware line breaks and the Japanese font stack, long-page
// navigation, permalinks with 「リンクをコピー」/「引用」 by keyboard, and printouts that carry URL and date.
import { expect, type Page, test } from '@playwright/test';
import { phrasesOf } from '../../src/lib/phraseBreaks.ts';
import { baseURL } from './support/site.ts';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
};

/** Each element's text and the offsets where its rendered lines start (after the first), from the line boxes. */
function lineStarts(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let text = '';
      let top: number | undefined;
      const starts: number[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.textContent!.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (rect && rect.width > 0) {
            if (top !== undefined && rect.top > top + rect.height / 2) starts.push(text.length + i);
            top = rect.top;
          }
        }
        text += node.textContent;
      }
      return { text, starts, width: el.getBoundingClientRect().width, fontSize: parseFloat(getComputedStyle(el).fontSize) };
    }),
  );
}

for (const width of [360, 1280]) {
  test(`headings and sidebar entries break only between BudouX phrases at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('part-2/chapter-2/');
    const selectors = ['main h1', 'main .sl-markdown-content :is(h2, h3)'];
    if (width >= 800) selectors.push('#starlight__sidebar a span');
    let breaks = 0;
    for (const selector of selectors) {
      for (const { text, starts, width: boxWidth, fontSize } of await lineStarts(page, selector)) {
        let start = 0;
        const spans = phrasesOf(text).map((p) => ({ start, end: (start += p.length) }));
        for (const at of starts) {
          // A break right after 、 or ・ (「加速・／強化」) falls between words, which keep-all allows too.
          const inside = /[、。・）」』]/.test(text[at - 1]!) ? undefined : spans.find((p) => p.start < at && at < p.end);
          // A break inside a phrase is allowed only where the phrase alone is wider than the line.
          const tooLong = inside !== undefined && (inside.end - inside.start) * fontSize > boxWidth;
          expect.soft(inside === undefined || tooLong, `${selector} 「${text.slice(0, at)}／${text.slice(at)}」`).toBe(true);
          breaks++;
        }
      }
    }
    expect(breaks, 'the page has wrapped headings to check').toBeGreaterThan(width === 360 ? 20 : 5);
  });
}

test('on a 360 px phone the title keeps the report\'s name 「サイバーセキュリティ2020」 on one line', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  const { text, starts } = (await lineStarts(page, 'main h1'))[0]!;
  const name = text.indexOf('サイバーセキュリティ2020');
  expect(name).toBeGreaterThanOrEqual(0);
  expect(starts.filter((at: number) => at > name && at < name + 'サイバーセキュリティ2020'.length), `breaks in 「${text}」 at ${starts}`).toEqual([]);
});

test('the Japanese system font stack is applied, Japanese fonts before Latin ones', async ({ page }) => {
  await page.goto('');
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(family).toMatch(/^"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", YuGothic, Meiryo, "Noto Sans JP", "Noto Sans CJK JP"/);
});

test.describe('long pages', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('on a phone, the 目次 lists 【評価】 under its section and jumps there without the sidebar', async ({ page }) => {
    await page.goto('part-2/chapter-2/');
    await page.locator('mobile-starlight-toc summary').click();
    const section = page.locator('mobile-starlight-toc li', { has: page.locator('> a[href="#p2-c2-s1-2"]') });
    const evaluation = section.locator('a[href="#p2-c2-s1-2-evaluation"]');
    await expect(evaluation).toHaveText('【評価】');
    await evaluation.click();
    await expect(page).toHaveURL(/#p2-c2-s1-2-evaluation$/);
    await expect(page.locator('#p2-c2-s1-2-evaluation')).toBeInViewport();
    await expect(page.locator('#starlight__sidebar')).toBeHidden();
  });

  test('the back-to-top link appears after scrolling and returns to the title', async ({ page }) => {
    await page.goto('part-2/chapter-2/');
    const back = page.getByRole('link', { name: 'ページの先頭へ' });
    await expect(back).toBeHidden();
    await page.mouse.wheel(0, 3000);
    await expect(back).toBeVisible();
    await back.click();
    await expect(page.locator('h1#_top')).toBeInViewport();
    await expect(back).toBeHidden();
  });
});

test.describe('permalinks and citations', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test('a measure row: keyboard opens the panel, copies the link and the citation, each with a visible confirmation', async ({ page }) => {
    await page.goto('annex-2/section-2/');
    const anchor = page.locator('#m2019-2-1-1-su a.row-anchor');
    await anchor.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('group', { name: 'リンクと引用：2.1(1)(ス)' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('button', { name: 'リンクをコピー' })).toBeFocused();
    await page.keyboard.press('Enter');
    const url = `${baseURL}annex-2/section-2/#m2019-2-1-1-su`;
    await expect(panel.getByRole('status')).toHaveText('リンクをコピーしました。');
    await expect(panel.getByText(url, { exact: true })).toBeVisible();
    expect(await clipboard(page)).toBe(url);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const citation = `内閣サイバーセキュリティセンター『サイバーセキュリティ2020（2019年度年次報告・2020年度年次計画）』別添２ 2.1(1)(ス)（非公式ウェブ版, ${url}, ${today()}閲覧）`;
    await expect(panel.getByRole('status')).toHaveText('引用文をコピーしました。');
    await expect(panel.getByText(citation, { exact: true })).toBeVisible();
    expect(await clipboard(page)).toBe(citation);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(anchor).toBeFocused();
  });

  test('a 【評価】 heading: its anchor shows on focus and cites the section it belongs to', async ({ page }) => {
    await page.goto('part-2/chapter-2/');
    const anchor = page.getByRole('link', { name: 'リンクと引用：1.1 新たな価値創出を支えるサイバーセキュリティの推進 【評価】' });
    await anchor.focus();
    await expect(anchor).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '引用' }).press('Enter');
    expect(await clipboard(page)).toBe(
      `内閣サイバーセキュリティセンター『サイバーセキュリティ2020（2019年度年次報告・2020年度年次計画）』2部2章 1.1 新たな価値創出を支えるサイバーセキュリティの推進 【評価】（非公式ウェブ版, ${baseURL}part-2/chapter-2/#p2-c2-s1-1-evaluation, ${today()}閲覧）`,
    );
  });

  test('footnotes and glossary terms have anchor links too', async ({ page }) => {
    await page.goto('part-2/chapter-2/');
    await page.getByRole('link', { name: 'リンクと引用：脚注28' }).press('Enter');
    await page.getByRole('button', { name: 'リンクをコピー' }).press('Enter');
    expect(await clipboard(page)).toBe(`${baseURL}part-2/chapter-2/#fn-main-28`);
    await page.goto('annex-8/');
    await page.getByRole('link', { name: 'リンクと引用：AI', exact: true }).press('Enter');
    await page.getByRole('button', { name: 'リンクをコピー' }).press('Enter');
    expect(await clipboard(page)).toBe(`${baseURL}annex-8/#term-ai`);
  });

  test('English pages cite in English', async ({ page }) => {
    await page.goto('en/annex-2/section-2/');
    await page.locator('#m2019-2-1-1-su a.row-anchor').press('Enter');
    await page.getByRole('button', { name: 'Cite' }).press('Enter');
    const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    expect(await clipboard(page)).toBe(
      `National center of Incident readiness and Strategy for Cybersecurity (NISC), “Cybersecurity 2020 (Annual Report for FY2019 and Annual Plan for FY2020)”, Annex 2 2.1(1)(ス) (unofficial web edition, ${baseURL}en/annex-2/section-2/#m2019-2-1-1-su, accessed ${date}).`,
    );
    await expect(page.getByRole('status')).toHaveText('Citation copied.');
  });
});

test('a printout ends with the title, URL and print date, prints link targets, and leaves out navigation', async ({ page }) => {
  await page.goto('part-1/chapter-2/');
  await page.emulateMedia({ media: 'print' });
  const source = page.locator('.print-source');
  await expect(source).toBeVisible();
  await expect(source).toContainText('2章 2019年度のサイバーセキュリティに関する情勢');
  await expect(source).toContainText(`URL：${baseURL}part-1/chapter-2/`);
  await expect(source).toContainText(`印刷日：${today()}`);
  const after = await page
    .locator('main a[href="https://www.jpcert.or.jp/newsflash/2019103001.html"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://www.jpcert.or.jp/newsflash/2019103001.html');
  for (const hidden of ['#starlight__sidebar', 'site-search', '.back-to-top', 'starlight-toc']) await expect(page.locator(hidden).first()).toBeHidden();
});
