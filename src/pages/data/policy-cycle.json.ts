import type { APIRoute } from 'astro';
import { publishedPolicyCycle } from '../../lib/policyCycle.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(publishedPolicyCycle(), null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
