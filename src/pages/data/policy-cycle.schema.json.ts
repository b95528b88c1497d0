import type { APIRoute } from 'astro';
import { jsonSchemaOf, PublishedPolicyCycleSchema } from '../../schemas/published.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(jsonSchemaOf(PublishedPolicyCycleSchema, 'policy-cycle.schema.json'), null, 2) + '\n', { headers: { 'Content-Type': 'application/schema+json' } });
