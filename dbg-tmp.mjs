import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const w of [360, 1280]) {
const page = await browser.newPage({ viewport: { width: w, height: 900 } });
await page.goto('http://127.0.0.1:5417/en/policy-cycle/');
console.log(w, await page.evaluate(() => [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 6).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${(e.textContent||'').slice(0,30)}`)));
}
await browser.close();
