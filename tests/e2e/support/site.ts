// What the tests expect of the built site, derived from the converter's outline.
import type { APIRequestContext } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
export { mirrorDir } from '../../../scripts/mirror-layout.ts';
import { flattenOutline, readOutline, type OutlineEntry } from '../../../src/lib/outline.ts';

/** Base path the site was built with (BASE_PATH), always with leading and trailing "/". */
export const basePath = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
/** Port of the preview server the tests start: a free one playwright.config.ts picked, or E2E_PORT. */
export const port = Number(process.env.E2E_PORT);
if (!Number.isInteger(port) || port <= 0) throw new Error(`E2E_PORT is ${process.env.E2E_PORT}: run the suite with \`npx playwright test\`, which picks a free port`);
export const baseURL = `http://127.0.0.1:${port}${basePath}`;

export const outline: OutlineEntry[] = readOutline();
/** Every page in report order, as the sidebar and prev/next links should list them. */
export const pages: OutlineEntry[] = flattenOutline(outline);

/** Absolute URL path of a docs page, e.g. "/part-1/chapter-1/". */
export const pathOf = (slug: string) => (slug ? `${basePath}${slug}/` : basePath);
/** Path relative to baseURL, for page.goto and request.get. */
export const relOf = (slug: string) => (slug ? `${slug}/` : '');

/** Resolves an href found on the page at `pagePath` to a URL path. */
export const resolveHref = (href: string, pagePath: string) => new URL(href, `http://x${pagePath}`).pathname;

const cache = new Map<string, Promise<HTMLElement>>();

/** Fetches a built page over HTTP and parses it; cheap enough to check every page. */
export function fetchDom(request: APIRequestContext, relPath: string): Promise<HTMLElement> {
  let dom = cache.get(relPath);
  if (!dom) {
    dom = (async () => {
      const res = await request.get(relPath);
      if (!res.ok()) throw new Error(`GET ${relPath}: HTTP ${res.status()}`);
      return parse(await res.text());
    })();
    cache.set(relPath, dom);
  }
  return dom;
}

/** What follows a heading in the page: once loaded, headings sit in Starlight's heading-link wrapper (src/scripts/reading.ts). */
export const afterHeading = (id: string) => `:is(#${id}, .sl-heading-wrapper:has(> #${id})) ~`;

export const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
