import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
export default defineConfig({
  integrations: [starlight({ title: 'T', defaultLocale: 'root', locales: { root: { label: '日本語', lang: 'ja' } }, sidebar: [{ label: 'x', link: '/test/' }] }), mdx()],
  markdown: { processedDirs: ['./content/docs'], processor: satteri({ features: { headingAttributes: true, smartPunctuation: false } }) },
});
