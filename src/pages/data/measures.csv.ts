import type { APIRoute } from 'astro';
import { measuresToCsv, publishedMeasures } from '../../lib/measures.ts';

export const GET: APIRoute = async () => new Response(measuresToCsv(await publishedMeasures()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
