import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://127.0.0.1:5417/en/policy-cycle/');
console.log(await page.evaluate(() => { const th = document.querySelector('.cycle-index tbody th'); const a = th.querySelector('a'); const s = getComputedStyle(th), t = getComputedStyle(a); return { ws: s.whiteSpace, aws: t.whiteSpace, wb: t.wordBreak, tm: getComputedStyle(th.closest('table')).minWidth, html: th.innerHTML.slice(0, 200) }; }));
await browser.close();
