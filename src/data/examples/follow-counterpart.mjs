// Follows a FY2019 result to the FY2020 plan that continues it.
const site = process.env.SITE_URL ?? 'https://example.github.io/cybersecurity2020';
const measures = await (await fetch(`${site}/data/measures.json`)).json();
const byId = new Map(measures.map((m) => [m.id, m]));

const result2019 = measures.find((m) => m.year === 2019 && m.key === '4.2(1)(エ)');
const plan2020 = byId.get(result2019.counterpart);
console.log(`${result2019.key} (2019) → ${plan2020.key} (2020), linked by ${plan2020.link}`);
console.log(plan2020.id);
