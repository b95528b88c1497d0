import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import headingIndex from '../content/data/headings.json';
import { ancestors, titleInContext } from './lib/breadcrumbs.ts';
import { twinUrl } from './lib/urls.ts';

/** Titles by heading id and language, as the converter wrote them: the same ids on both languages' pages. */
const headingTitles = {
  ja: new Map(headingIndex.headings.map((h) => [h.id, h.ja])),
  en: new Map(headingIndex.headings.map((h) => [h.id, h.en])),
} as const;

type TocItem = NonNullable<StarlightRouteData['toc']>['items'][number];

function retitle(items: TocItem[], titles: ReadonlyMap<string, string>): void {
  for (const item of items) {
    const title = titles.get(item.slug);
    if (title) item.text = title;
    retitle(item.children, titles);
  }
}

/**
 * Tables of contents are rebuilt from the converter's titles: English pages keep the report's Japanese
 * headings in the body, and a Japanese heading's text would carry its footnote number (政府機関等13における);
 * and every page gets hreflang alternates even when the build has no `site`
 * (Starlight adds them only with one), as root-relative links.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.toc) retitle(route.toc.items, headingTitles[route.lang === 'en' ? 'en' : 'ja']);
  // The <title> names the level above the page, as its h1 does (src/components/PageTitle.astro).
  const parent = ancestors(route.sidebar)?.at(-1)?.label;
  const title = route.head.find((entry) => entry.tag === 'title');
  if (title && parent) title.content = `${titleInContext(route.entry.data.title, parent, route.lang)} | ${route.siteTitle}`;
  // Starlight's defaults that no reader uses: two generator tags, and a large-image card for a page with no image.
  route.head = route.head.filter((entry) => !(entry.tag === 'meta' && ['generator', 'twitter:card'].includes(entry.attrs?.name as string)));
  // The 404 page answers for every missing path: it has no language twin to point at, so no alternates.
  if (context.url.pathname.includes('404')) {
    route.head = route.head.filter((entry) => !(entry.tag === 'link' && entry.attrs?.rel === 'alternate'));
    return;
  }
  if (!context.site) {
    const ja = twinUrl(context.url.pathname, 'ja');
    for (const [hreflang, href] of [['ja', ja], ['en', twinUrl(context.url.pathname, 'en')], ['x-default', ja]] as const) {
      route.head.push({ tag: 'link', attrs: { rel: 'alternate', hreflang, href } });
    }
  }
});
