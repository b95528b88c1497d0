// Japanese search against the built site: golden queries, width and spacing variants, dakuten,
// filters, the header dialog, the landing page highlight and the shareable search page.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pagefindQuery, RANKING } from '../../src/lib/search/client.ts';
import type { EnglishDictionary } from '../../src/lib/search/english.ts';
import { FILTER, KIND } from '../../src/lib/search/filters.ts';
import { prepareQuery } from '../../src/lib/search/text.ts';
import { GOLDEN, isPlace, USERS, type GoldenQuery } from '../search/golden.ts';
import { basePath } from './support/site.ts';

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

interface Hit {
  url: string;
  title: string;
  content: string;
  filters: Record<string, string[]>;
}

/** Runs queries through the Pagefind JS API as the UI does (same query preparation and ranking). */
async function search(page: Page, queries: string[], filters: Record<string, string> = {}, limit = 3, prepare: (query: string, i: number) => string = prepareQuery): Promise<Hit[][]> {
  if (!page.url().includes('/search/')) await page.goto('search/');
  return page.evaluate(
    async ({ queries, bundle, base, ranking, filters, limit }) => {
      const pf = await import(bundle);
      await pf.options({ baseUrl: base, ranking });
      const out: Hit[][] = [];
      for (const q of queries) {
        const { results } = await pf.search(q, { filters });
        const data = await Promise.all(results.slice(0, limit).map((r: { data: () => Promise<unknown> }) => r.data()));
        out.push(
          data.map((d) => {
            const { url, meta, content, filters } = d as { url: string; meta: { title: string }; content: string; filters: Record<string, string[]> };
            return { url: url.slice(base.length - 1), title: meta.title, content, filters };
          }),
        );
      }
      return out;
    },
    { queries: queries.map((q, i) => prepare(q, i)), bundle: `${basePath}pagefind/pagefind.js`, base: basePath, ranking: RANKING, filters, limit },
  );
}

test('golden queries find their section in the top 3 results (≥ 95 %)', async ({ page }) => {
  test.setTimeout(120_000);
  // English queries are read through the dictionary the English pages load (src/pages/en/search-terms.json.ts).
  const dictionary = (await (await page.request.get('en/search-terms.json')).json()) as EnglishDictionary;
  const tops = await search(page, GOLDEN.map((g) => g.query), {}, 3, (q, i) => pagefindQuery(q, GOLDEN[i]!.locale === 'en' ? dictionary : undefined));
  const missed = GOLDEN.map((g, i) => !tops[i]!.some((hit) => isPlace(hit.url, g.places)));
  const report = (label: string, pick: (g: GoldenQuery) => boolean) => {
    const set = GOLDEN.flatMap((g, i) => (pick(g) ? [i] : []));
    const hits = set.filter((i) => !missed[i]).length;
    console.log(`golden top-3 hit rate, ${label}: ${hits}/${set.length} = ${((hits / set.length) * 100).toFixed(1)} %`);
    return hits / set.length;
  };
  const rate = report('all', () => true);
  const users = report("issue 15's user queries", (g) => USERS.some((u) => u.query === g.query && u.locale === g.locale));
  report('English queries on /en/', (g) => g.locale === 'en');
  const misses = GOLDEN.flatMap((g, i) => (missed[i] ? [`${g.locale ? `[${g.locale}] ` : ''}${g.query} → ${tops[i]!.map((h) => h.url).join(', ') || '(none)'}`] : []));
  if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
  expect(GOLDEN.length).toBeGreaterThanOrEqual(40);
  // Issue 15 asks 95 % of the whole set and 90 % of its user queries (81/83 and 31/32 since 2部2章's
  // 【評価】… are titled with their topic and 2019 rows' text weighs less).
  expect(rate).toBeGreaterThanOrEqual(0.95);
  expect(users).toBeGreaterThanOrEqual(0.9);
});

test('full-width, half-width and spaced forms find what the plain forms find', async ({ page }) => {
  const pairs = [
    ['ＩｏＴ', 'IoT'],
    ['ﾃﾚﾜｰｸ', 'テレワーク'],
    ['2020 年度', '2020年度'],
    ['ＮＩＳＣ', 'NISC'],
  ] as const;
  const tops = await search(page, pairs.flat(), {}, 5);
  for (const [i, [variant, plain]] of pairs.entries()) {
    const [a, b] = [tops[2 * i]!, tops[2 * i + 1]!];
    expect(b.length, plain).toBeGreaterThan(0);
    expect(a.map((h) => h.url), `${variant} vs ${plain}`).toEqual(b.map((h) => h.url));
  }
});

test('a query with dakuten does not match words that differ only by dakuten', async ({ page }) => {
  // Pagefind 1.5 folded diacritics, which strips dakuten (ガ→カ). Each result must hold the voiced form.
  const voiced = ['ガイド', 'パスワード', 'デジタル', 'ブロックチェーン'];
  const tops = await search(page, voiced, {}, 50);
  for (const [i, word] of voiced.entries()) {
    expect(tops[i]!.length, word).toBeGreaterThan(0);
    for (const hit of tops[i]!) expect(hit.content.normalize('NFKC'), `${word}: ${hit.url}`).toContain(word);
  }
  // And the unvoiced spelling never lands on the voiced word: no excerpt marks ガイド for カイト.
  const excerpts = await page.evaluate(async (q) => {
    const pf = await import(q.bundle);
    const { results } = await pf.search(q.query);
    return Promise.all(results.slice(0, 50).map(async (r: { data: () => Promise<{ excerpt: string }> }) => (await r.data()).excerpt));
  }, { bundle: `${basePath}pagefind/pagefind.js`, query: prepareQuery('カイト') });
  for (const excerpt of excerpts) expect(excerpt).not.toMatch(/<mark>[^<]*ガイド/);
});

test('filters narrow results to what their labels say', async ({ page }) => {
  const query = 'サイバーセキュリティ';
  const [all] = await search(page, [query], {}, 1000);
  const cases: [string, string, (hit: Hit) => boolean][] = [
    [FILTER.ministry, '警察庁', (h) => /\/annex-[12]\/.*#m20\d\d-/.test(h.url) && h.content.includes('警察庁')],
    [FILTER.part, '別添6', (h) => h.url.startsWith('/annex-6/')],
    [FILTER.part, '本編', (h) => /^\/(part-\d|introduction)\//.test(h.url)],
    [FILTER.kind, KIND.plan, (h) => h.url.startsWith('/annex-1/')],
    [FILTER.kind, KIND.result, (h) => h.url.startsWith('/annex-2/')],
    [FILTER.kind, KIND.term, (h) => h.url.startsWith('/annex-8/')],
    [FILTER.kind, KIND.data, (h) => /^\/annex-[456]\//.test(h.url)],
  ];
  for (const [name, value, holds] of cases) {
    const [hits] = await search(page, [query], { [name]: value }, 1000);
    expect(hits!.length, `${name}=${value}`).toBeGreaterThan(0);
    expect(hits!.length, `${name}=${value} narrows`).toBeLessThan(all!.length);
    for (const hit of hits!) {
      expect(hit.filters[name], hit.url).toContain(value);
      expect(holds(hit), `${name}=${value}: ${hit.url}`).toBe(true);
    }
  }
});

test('header dialog: Ctrl+K, Japanese results with titles and marked excerpts, landing on the section highlighted', async ({ page }) => {
  await page.goto('part-1/chapter-1/');
  await expect(page.locator('site-search button[data-open-modal]')).toBeEnabled();
  // The search UI loads as the dialog opens and then takes the focus.
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: '検索' });
  await expect(dialog).toBeVisible();
  const input = dialog.locator('.pagefind-ui__search-input');
  await expect(input).toBeFocused();
  await input.pressSequentially('ﾗﾝｻﾑｳｪｱ');
  const first = dialog.locator('.pagefind-ui__result').first();
  await expect(first.locator('.pagefind-ui__result-title')).toContainText('ランサムウェア');
  await expect(first.locator('.pagefind-ui__result-excerpt mark').first()).toBeVisible();
  await expect(dialog.locator('a[data-search-page-link]')).toHaveAttribute('href', `${basePath}search/?q=${encodeURIComponent('ﾗﾝｻﾑｳｪｱ')}`);
  // The term's definition (別添8) and the section about it are both in the top 3; open the section.
  await dialog.locator('.pagefind-ui__result-link[href$="#p1-c2-s1-3-n3"]').click();
  await expect(page).toHaveURL(/\/part-1\/chapter-2\/\?pagefind-highlight=.*#p1-c2-s1-3-n3$/);
  await expect(page.locator('main mark').first()).toBeVisible();
});

test('the search page runs the query in its URL and keeps the URL on what is typed', async ({ page }) => {
  // Pagefind counts only the filters whose chunks have arrived: when one came first and the others late
  // (a slow network, a busy machine), the first search used to show only that one filter.
  let chunks = 0;
  await page.route('**/pagefind/filter/*', async (route) => {
    if (chunks++ > 0) await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(`search/?q=${encodeURIComponent('サプライチェーン')}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const input = page.locator('#search-page .pagefind-ui__search-input');
  await expect(input).toHaveValue('サプライチェーン');
  await expect(page.locator('#search-page .pagefind-ui__result').first()).toBeVisible();
  // The filter panel offers all three filters by their Japanese names.
  for (const name of Object.values(FILTER)) await expect(page.locator('#search-page .pagefind-ui__filter-panel')).toContainText(name);
  await input.fill('テレワーク');
  await expect(page).toHaveURL(`${basePath}search/?q=${encodeURIComponent('テレワーク')}`.replace(/^\//, '/'));
  await expect(page.locator('#search-page .pagefind-ui__result').first()).toContainText('テレワーク');
});

test('on English pages the filters read in English, and a filter checked by its English label narrows as its Japanese value does', async ({ page }) => {
  const panel = page.locator('#search-page .pagefind-ui__filter-panel');
  await page.goto(`en/search/?q=${encodeURIComponent('サイバーセキュリティ')}`);
  await expect(page.locator('#search-page .pagefind-ui__result').first()).toBeVisible();
  // Every filter, every value the results hold, in English.
  await expect(panel.locator('.pagefind-ui__filter-block')).toHaveCount(Object.keys(FILTER).length);
  const names = await panel.locator('.pagefind-ui__filter-name').allTextContents();
  const values = await panel.locator('.pagefind-ui__filter-label').allTextContents();
  expect(values.length).toBeGreaterThan(20);
  for (const text of [...names, ...values]) expect(text, text).not.toMatch(JAPANESE);
  const summary = page.locator('#search-page .pagefind-ui__message');
  const count = async () => Number((await summary.textContent())?.match(/\d+/)?.[0]);
  await expect(summary).toHaveText(/^\d+ results? for/);
  const all = await count();
  // Annex 6 is 別添6: the checkbox's value stays the indexed word and the results are that annex's.
  await panel.locator('.pagefind-ui__filter-name', { hasText: 'Main report or annex' }).click();
  const annex6 = panel.getByRole('checkbox', { name: /^Annex 6: data \(\d+\)$/ });
  await expect(annex6).toHaveValue('別添6');
  const expected = Number((await panel.locator('label', { hasText: /^Annex 6: / }).textContent())?.match(/\((\d+)\)/)?.[1]);
  expect(expected).toBeGreaterThan(0);
  await annex6.check();
  await expect.poll(count).toBe(expected);
  expect(expected).toBeLessThan(all);
  for (const href of await page.locator('#search-page .pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(new RegExp(`^${basePath}en/annex-6/`));
  }
});

test('a search started on an English page uses the Japanese index and lands on the English page of the section', async ({ page }) => {
  await page.goto('en/part-1/chapter-1/');
  await expect(page.locator('site-search button[data-open-modal]')).toBeEnabled();
  // `/` opens the dialog too, and the field has the focus once the UI has loaded.
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.pagefind-ui__search-input')).toBeFocused();
  await page.keyboard.type('ランサムウェア');
  const first = dialog.locator('.pagefind-ui__result').first();
  await expect(first).toBeVisible();
  await expect(first.locator('.pagefind-ui__result-link')).toHaveAttribute('href', new RegExp(`^${basePath}en/`));
  await expect(dialog.locator('a[data-search-page-link]')).toHaveAttribute('href', new RegExp(`^${basePath}en/search/`));
  await expect(dialog.locator('.pagefind-ui__filter-block')).toHaveCount(Object.keys(FILTER).length);
  for (const text of await dialog.locator('.pagefind-ui__filter-name, .pagefind-ui__filter-label').allTextContents()) expect(text).not.toMatch(JAPANESE);
  await dialog.locator('.pagefind-ui__result-link[href$="#p1-c2-s1-3-n3"]').click();
  await expect(page).toHaveURL(/\/en\/part-1\/chapter-2\/\?pagefind-highlight=.*#p1-c2-s1-3-n3$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[id="p1-c2-s1-3-n3"]')).toBeInViewport();
});

/**
 * Search's own files: Pagefind's bundle and index, and the UI module with its styles (src/lib/search/mount.ts,
 * ui.css). The dialog's small module (dialog.ts: shortcut, stand-in) comes with the page, as Starlight's script does.
 */
const isSearchFile = (url: string) => /\/(pagefind|search-bundle)\/|\/_astro\/(mount|ui)\.[^/]*\.(js|css)$/.test(url);

test('a page requests no search file until the reader moves to the search button, then loads the UI at once', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('part-1/chapter-2/');
  await expect(page.locator('site-search button[data-open-modal]')).toBeEnabled();
  await page.waitForLoadState('networkidle');
  // Longer than the idle callback that used to load the UI.
  await page.waitForTimeout(1000);
  const before = [...requested];
  expect(before.filter(isSearchFile)).toEqual([]);

  await page.locator('site-search button[data-open-modal]').hover();
  await expect.poll(() => requested.filter(isSearchFile).length).toBeGreaterThan(0);
  await page.locator('site-search button[data-open-modal]').click();
  await expect(page.locator('#starlight__search .pagefind-ui__search-input')).toBeFocused();
  await page.keyboard.type('テレワーク');
  await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
  // Every file the search used came after the interaction: none was loaded with the page.
  const searchFiles = requested.slice(before.length);
  expect(searchFiles.some((u) => u.includes('/search-bundle/pagefind.js'))).toBe(true);
  expect(searchFiles.some((u) => /\/_astro\/.*\.css$/.test(u)), 'the UI styles come with the UI').toBe(true);
  expect(before.filter((u) => searchFiles.includes(u))).toEqual([]);
});

test('「テレワーク 中小企業」 finds 総務省\'s 4.3(ト), whose text has 中小企業等, in the top 3', async ({ page }) => {
  const [top] = await search(page, ['テレワーク 中小企業']);
  expect(top!.map((h) => h.url)).toContain('/annex-1/section-4/#m2020-4-3-to');
});

test('the page opened from a result marks the query\'s terms whole, never a piece of a longer word', async ({ page }) => {
  for (const [query, longer] of [
    ['ランサムウェア', 'マルウェア'],
    ['テレワーク', 'ネットワーク'],
  ] as const) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    const link = page.locator('#search-page .pagefind-ui__result-link').first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/pagefind-highlight=/);
    const marks = page.locator('main mark.pagefind-highlight');
    await expect(marks.first()).toBeVisible();
    // The landing page has the longer word, and nothing in it is marked.
    await expect(page.locator('main')).toContainText(longer);
    expect(new Set(await marks.allTextContents()), query).toEqual(new Set([query]));
  }
});

test('"telework" on /en/search/ finds テレワーク records first and says which Japanese terms it searched', async ({ page }) => {
  await page.goto(`en/search/?q=telework`);
  const results = page.locator('#search-page .pagefind-ui__result');
  await expect(results.first()).toBeVisible();
  for (const result of await results.all().then((all) => all.slice(0, 3))) await expect(result).toContainText('テレワーク');
  const note = page.locator('#search-page .search-terms-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('Searched the Japanese text for');
  await expect(note.locator('[lang="ja"]')).toHaveText('テレワーク');
  // A Japanese query on the same page needs no note.
  await page.locator('#search-page .pagefind-ui__search-input').fill('テレワーク');
  await expect(note).toBeHidden();
});

test('an English heading title on /en/search/ finds that heading\'s section first, through the Japanese words of its title', async ({ page }) => {
  const headings = (JSON.parse(readFileSync('content/data/headings.json', 'utf8')) as { headings: { id: string; page: string; ja: string; en: string }[] }).headings;
  const { page: path, id, ja, en } = headings.find((h) => h.id === 'p1-c2-s1-1')!;
  // "1.1 Disruption of operations, functions and services", typed without its number.
  await page.goto(`en/search/?q=${encodeURIComponent(en.replace(/^[\d.]+ /, ''))}`);
  const first = page.locator('#search-page .pagefind-ui__result-link').first();
  await expect(first).toBeVisible();
  expect(await first.getAttribute('href')).toMatch(new RegExp(`/${path}/(\\?[^#]*)?#${id}$`));
  // The note names words of the Japanese title (1.1業務・機能・サービス障害), not the whole title.
  const terms = (await page.locator('#search-page .search-terms-note [lang="ja"]').textContent())!.split('、');
  expect(terms.length).toBeGreaterThan(1);
  for (const term of terms) expect(ja, term).toContain(term);
});

test('filters offer only values that the results hold', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('フィッシング')}`);
  const panel = page.locator('#search-page .pagefind-ui__filter-panel');
  await expect(page.locator('#search-page .pagefind-ui__result').first()).toBeVisible();
  for (const name of await panel.locator('.pagefind-ui__filter-name').all()) await name.click();
  const labels = await panel.locator('.pagefind-ui__filter-label').allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label, label).not.toMatch(/\(0\)\s*$/);
  // An annex says what it holds, not only its number.
  const annexes = labels.filter((l) => l.startsWith('別添'));
  expect(annexes.length).toBeGreaterThan(0);
  for (const label of annexes) expect(label, label).toMatch(/^別添\d \S+/);
});

test('on a 360 px phone three results are above the fold after the query', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['search/', 'en/search/']) {
    await page.goto(`${path}?q=${encodeURIComponent('テレワーク')}`);
    // The third result's title, at least its first line, is on the first screen.
    // The results render again as the filters arrive: read the position once they have settled.
    const title = page.locator('#search-page .pagefind-ui__result-title').nth(2);
    await expect(title).toBeVisible();
    await expect.poll(() => title.evaluate((el) => el.getBoundingClientRect().top + 24), { message: path }).toBeLessThanOrEqual(740);
  }
});

test('excerpts start at a phrase boundary and a glossary excerpt says its term once', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('テレワーク')}`);
  const results = page.locator('#search-page .pagefind-ui__result');
  await expect(results.first()).toBeVisible();
  // A result is a placeholder (no link yet) until its data has loaded: read them once none is left.
  await expect(page.locator('#search-page .pagefind-ui__loading')).toHaveCount(0);
  const shown = await results.evaluateAll((els) =>
    els.map((el) => ({ url: el.querySelector('a')!.getAttribute('href')!, excerpt: el.querySelector('.pagefind-ui__result-excerpt')!.textContent! })),
  );
  expect(shown.length).toBeGreaterThan(3);
  // The records' own texts, from the index: an excerpt that does not start where its record does is marked "…"
  // and starts after a phrase boundary, so never with a particle or punctuation.
  const texts: Record<string, string> = await page.evaluate(async ({ bundle, query }) => {
    const pf = await import(bundle);
    const { results } = await pf.search(query);
    const data = await Promise.all(results.map((r: { data: () => Promise<{ url: string; content: string }> }) => r.data()));
    return Object.fromEntries(data.map((d) => [d.url.replace(/\?[^#]*/, ''), d.content.replace(/\u200b/g, '')]));
  }, { bundle: `${basePath}pagefind/pagefind.js`, query: prepareQuery('テレワーク') });
  for (const { url, excerpt } of shown) {
    const record = texts[url.replace(/\?[^#]*/, '')];
    expect(record, url).toBeDefined();
    if (excerpt.startsWith('…')) expect(excerpt, url).not.toMatch(/^…[\p{Script=Hiragana}、。，）」]/u);
    else expect(record!.replace(/(.+?)\. \1/g, '$1').startsWith(excerpt.slice(0, 10)) || record!.includes(`. ${excerpt.slice(0, 10)}`), `${url}: ${excerpt}`).toBe(true);
  }
  expect(shown.map((s) => s.excerpt).join('\n')).not.toContain('テレワーク. テレワーク');
});

test('a multi-word query that few records hold whole shows them first, then records with all its words but one, and says so', async ({ page }) => {
  const words = ['テレワーク', '中小企業', 'ランサムウェア'];
  // The premise, through the Pagefind API (which returns the records holding every word of a query):
  // fewer than five records hold all three words, more hold two of them.
  const [whole, ...pairs] = await search(page, [words.join(' '), ...[[0, 1], [1, 2], [0, 2]].map((pair) => pair.map((i) => words[i]).join(' '))], {}, 1000);
  const urls = (hits: Hit[]) => hits.map((hit) => hit.url);
  const two = new Set(pairs.flatMap(urls));
  expect(whole!.length).toBeGreaterThan(0);
  expect(whole!.length).toBeLessThan(5);
  expect(two.size).toBeGreaterThan(whole!.length);
  await page.goto(`search/?q=${encodeURIComponent(words.join(' '))}`);
  const results = page.locator('#search-page .pagefind-ui__result');
  await expect(results).toHaveCount(Math.min(5, two.size));
  await expect(page.locator('#search-page .search-some-words-note:not([hidden])')).toHaveText(/一部の語だけを含む結果/);
  const hrefs = await page.locator('#search-page .pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.replace(/\?[^#]*/, '')));
  const paths = hrefs.map((href) => href.slice(basePath.length - 1));
  // Those holding every word first, in Pagefind's order; then records holding two of the three.
  expect(paths.slice(0, whole!.length)).toEqual(urls(whole!));
  for (const path of paths.slice(whole!.length)) expect(two.has(path), path).toBe(true);
  // A query that many records hold whole needs no note.
  await page.locator('#search-page .pagefind-ui__search-input').fill('サイバーセキュリティ 戦略');
  await expect(page.locator('#search-page .pagefind-ui__message')).toContainText('サイバーセキュリティ 戦略');
  await expect(results).toHaveCount(5);
  await expect(page.locator('#search-page .search-some-words-note:not([hidden])')).toHaveCount(0);
});
