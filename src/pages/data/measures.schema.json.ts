import type { APIRoute } from 'astro';
import { jsonSchemaOf, PublishedMeasuresSchema } from '../../schemas/published.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(jsonSchemaOf(PublishedMeasuresSchema, 'measures.schema.json'), null, 2) + '\n', { headers: { 'Content-Type': 'application/schema+json' } });
