// The dictionary English-page search reads on first use (src/lib/search/dictionary.ts, english.ts).
import { englishDictionary } from '../../lib/search/dictionary.ts';

export const GET = () => new Response(JSON.stringify(englishDictionary()), { headers: { 'Content-Type': 'application/json' } });
