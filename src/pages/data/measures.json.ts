import type { APIRoute } from 'astro';
import { publishedMeasures } from '../../lib/measures.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await publishedMeasures(), null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
