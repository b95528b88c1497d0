import type { APIRoute } from 'astro';
import { publishedMeasures } from '../../lib/measures.ts';
import { measuresToCsv } from '../../lib/measuresCsv.ts';

export const GET: APIRoute = async () => new Response(measuresToCsv(await publishedMeasures()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
