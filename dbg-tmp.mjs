import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
await page.goto('http://127.0.0.1:5417/policy-cycle/');
console.log(await page.evaluate(() => {
  const t = document.querySelector('table.cycle-index');
  const cs = getComputedStyle(t);
  const ths = [...t.querySelectorAll('tr:first-child > *, tbody tr:first-child > *')].map((c) => `${c.tagName}:${Math.round(c.getBoundingClientRect().width)}`);
  return { minWidth: cs.minWidth, width: t.getBoundingClientRect().width, region: t.parentElement.getBoundingClientRect().width, ths, wb: getComputedStyle(t.querySelector('tbody th a')).wordBreak, ow: getComputedStyle(t.querySelector('tbody th')).overflowWrap };
}));
await browser.close();
