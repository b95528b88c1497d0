import { test } from '@playwright/test';
import { pagefindQuery } from '../../src/lib/search/client.ts';
import type { EnglishDictionary } from '../../src/lib/search/english.ts';
import { GOLDEN, isPlace, USERS } from '../search/golden.ts';
import { basePath } from './support/site.ts';

test('sweep', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto('search/');
  const dictionary = (await (await page.request.get('en/search-terms.json')).json()) as EnglishDictionary;
  const extra = ['テレワーク セキュリティ', '中小企業 セキュリティ', '情報セキュリティ 対策', 'ランサムウェア 対策', 'フィッシング 対策', 'サプライチェーン リスク', '重要インフラ 情報共有', 'テレワーク 中小企業'];
  const queries = [...GOLDEN.map((g) => pagefindQuery(g.query, g.locale === 'en' ? dictionary : undefined)), ...extra.map((q) => pagefindQuery(q))];
  const grid = [];
  for (const pageLength of [0.1, 0.3]) for (const termFrequency of [0.4]) for (const termSaturation of [1.4, 2]) for (const termSimilarity of [2]) grid.push({ pageLength, termFrequency, termSaturation, termSimilarity });
  for (const ranking of grid) {
    const tops: string[][] = await page.evaluate(async ({ queries, bundle, base, ranking }) => {
      const pf = await import(bundle);
      await pf.options({ baseUrl: base, ranking });
      const out: string[][] = [];
      for (const q of queries) {
        const { results } = await pf.search(q);
        out.push(await Promise.all(results.slice(0, 10).map(async (r: any) => (await r.data()).url.slice(base.length - 1))));
      }
      return out;
    }, { queries, bundle: `${basePath}pagefind/pagefind.js`, base: basePath, ranking });
    const hit = GOLDEN.map((g, i) => tops[i]!.slice(0, 3).some((u) => isPlace(u, g.places)));
    const all = hit.filter(Boolean).length;
    const users = GOLDEN.filter((g, i) => hit[i] && USERS.some((u) => u.query === g.query && u.locale === g.locale)).length;
    console.log(JSON.stringify(ranking), all, users);
    extra.forEach((q, i) => console.log('  ', q, tops[GOLDEN.length + i]!.map((u, n) => (u.startsWith('/annex-3/') ? `${n + 1}:${u}` : u.includes('4-3-to') ? `${n + 1}:to` : '')).filter(Boolean).join(' ')));
  }
});
