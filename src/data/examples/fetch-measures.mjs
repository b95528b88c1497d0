// Counts the measures of each year and lists the ministries with the most FY2020 measures.
const site = process.env.SITE_URL ?? 'https://example.github.io/cybersecurity2020';
const measures = await (await fetch(`${site}/data/measures.json`)).json();

const byYear = Object.groupBy(measures, (m) => m.year);
console.log(`2020: ${byYear[2020].length} measures, 2019: ${byYear[2019].length} measures`);

const counts = new Map();
for (const m of byYear[2020]) for (const name of m.ministries) counts.set(name, (counts.get(name) ?? 0) + 1);
for (const [name, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3)) console.log(`${name}: ${n}`);
