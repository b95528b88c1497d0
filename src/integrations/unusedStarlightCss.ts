/**
 * Starlight bundles the styles of components it may render into the one stylesheet of every page, whether a
 * page renders them or not. This site renders none of those below (no hero, banner, sidebar badge, link
 * button or `:::note` aside): their styles are left out of the build, 1 kB of every page's gzipped CSS.
 * Should a page render one after all, the build stops, naming the page, rather than show it unstyled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The style modules left out, each with the markup of the component it styles. */
export const UNUSED_STYLES: { module: RegExp; markup: RegExp; what: string }[] = [
  { module: /\/@astrojs\/starlight\/dist\/components\/Hero\.astro\?astro&type=style/, markup: /class="hero[\s"]/, what: 'Starlight’s hero' },
  { module: /\/@astrojs\/starlight\/dist\/components\/Banner\.astro\?astro&type=style/, markup: /class="sl-banner[\s"]/, what: 'Starlight’s banner' },
  { module: /\/@astrojs\/starlight\/dist\/user-components\/Badge\.astro\?astro&type=style/, markup: /class="sl-badge[\s"]/, what: 'a Badge' },
  { module: /\/@astrojs\/starlight\/dist\/user-components\/LinkButton\.astro\?astro&type=style/, markup: /class="sl-link-button[\s"]/, what: 'a LinkButton' },
  { module: /\/@astrojs\/starlight\/dist\/style\/asides\.css$/, markup: /class="starlight-aside[\s"]/, what: 'a :::note aside' },
];

/** What each built page renders of the components whose styles were left out. */
export function unstyledComponents(html: string): string[] {
  return UNUSED_STYLES.filter((u) => u.markup.test(html)).map((u) => u.what);
}

export function unusedStarlightCss(): AstroIntegration {
  return {
    name: 'unused-starlight-css',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'unused-starlight-css',
                enforce: 'pre',
                // Astro's own plugin loads a component's style; emptied here, before Vite's CSS plugin bundles it.
                transform(_code, id) {
                  if (UNUSED_STYLES.some((u) => u.module.test(id))) return { code: '', map: null };
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        const unstyled = pages.flatMap((page) => unstyledComponents(readFileSync(join(root, page), 'utf8')).map((what) => `/${page}: ${what}`));
        if (unstyled.length) {
          throw new Error(`pages render components whose styles src/integrations/unusedStarlightCss.ts leaves out; take them off its list:\n${unstyled.join('\n')}`);
        }
      },
    },
  };
}
