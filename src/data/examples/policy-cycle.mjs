// What one section of the Strategy (4.2 研究開発の推進) added in FY2020, what ended in FY2019, and how the rest was matched.
const site = process.env.SITE_URL ?? 'https://example.github.io/cybersecurity2020';
const { sections } = await (await fetch(`${site}/data/policy-cycle.json`)).json();
const measures = await (await fetch(`${site}/data/measures.json`)).json();
const keyOf = new Map(measures.map((m) => [m.id, m.key]));

const section = sections.find((s) => s.id === '4-2');
console.log(`${section.number} ${section.title.en}: FY2019 ${section.measures2019.length}, FY2020 ${section.measures2020.length}`);
console.log(`new in FY2020: ${section.new.map((id) => keyOf.get(id)).join(', ')}`);
console.log(`ended in FY2019: ${section.ended.map((id) => keyOf.get(id)).join(', ')}`);
const methods = Object.groupBy(section.pairs, (p) => p.method);
console.log(`continued: ${Object.entries(methods).map(([method, pairs]) => `${method} ${pairs.length}`).join(', ')}`);
