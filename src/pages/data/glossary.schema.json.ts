import type { APIRoute } from 'astro';
import { jsonSchemaOf, PublishedGlossarySchema } from '../../schemas/published.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(jsonSchemaOf(PublishedGlossarySchema, 'glossary.schema.json'), null, 2) + '\n', { headers: { 'Content-Type': 'application/schema+json' } });
