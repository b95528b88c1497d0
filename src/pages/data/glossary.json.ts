import type { APIRoute } from 'astro';
import glossary from '../../../content/data/glossary.json';
import { GlossaryFileSchema } from '../../lib/glossary.ts';
import { siteUrl } from '../../lib/urls.ts';

/** 別添8 as data: the converter's content/data/glossary.json, checked, with URLs under the base path. */
export const GET: APIRoute = () => {
  const { terms } = GlossaryFileSchema.parse(glossary);
  return new Response(JSON.stringify({ terms: terms.map((t) => ({ ...t, url: siteUrl(t.url) })) }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
