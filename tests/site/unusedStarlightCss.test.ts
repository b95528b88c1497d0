// The Starlight styles the build leaves out (src/integrations/unusedStarlightCss.ts): each names a file of the
// installed Starlight, and a page that renders its component is found.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { UNUSED_STYLES, unstyledComponents } from '../../src/integrations/unusedStarlightCss.ts';

test('each style left out is a module of the installed Starlight, so that an upgrade cannot make the list stale unnoticed', () => {
  const dist = dirname(createRequire(import.meta.url).resolve('@astrojs/starlight/components/Search.astro'));
  const files = ['components/Hero.astro', 'components/Banner.astro', 'user-components/Badge.astro', 'user-components/LinkButton.astro', 'style/asides.css'];
  for (const file of files) assert.ok(existsSync(join(dist, '..', file)), file);
  const ids = files.map((file) => `${join(dist, '..', file)}${file.endsWith('.astro') ? '?astro&type=style&index=0&lang.css' : ''}`);
  assert.deepEqual(
    UNUSED_STYLES.map((u) => ids.filter((id) => u.module.test(id)).length),
    UNUSED_STYLES.map(() => 1),
  );
  // The component itself (its script and markup) is not touched.
  assert.ok(UNUSED_STYLES.every((u) => !u.module.test(join(dist, '..', 'user-components/Badge.astro'))));
});

test('a page that renders one of those components is named with it; the site’s own classes are not mistaken for them', () => {
  assert.deepEqual(unstyledComponents('<aside class="starlight-aside starlight-aside--note"><span class="sl-badge note">New</span></aside>'), ['a Badge', 'a :::note aside']);
  assert.deepEqual(unstyledComponents('<div class="hero-html"></div><aside class="column"></aside><span class="sl-badge-x"></span>'), []);
});
