import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [name, path] of [['cycle', 'policy-cycle/1-1/'], ['index', 'policy-cycle/'], ['cycle-en', 'en/policy-cycle/4-2/']]) {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`http://127.0.0.1:5417/${path}`);
    await page.screenshot({ path: `/tmp/i17-${name}-${width}.png`, fullPage: width === 1280 && name === 'index' });
    if (name === 'cycle') {
      await page.locator('#measures').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -60));
      await page.screenshot({ path: `/tmp/i17-${name}-entries-${width}.png` });
    }
    await page.close();
  }
}
await browser.close();
