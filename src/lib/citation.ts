// Citation text for a place in the report (the 「引用」 action), in the page's language. Pure functions,
// shared by the page script (src/scripts/reading.ts), the footer component and the tests.

import type { OutlineEntry } from './outline.ts';
import type { Lang } from './urls.ts';

export const REPORT: Record<Lang, { author: string; title: string }> = {
  ja: { author: '内閣サイバーセキュリティセンター', title: 'サイバーセキュリティ2020（2019年度年次報告・2020年度年次計画）' },
  en: {
    author: 'National center of Incident readiness and Strategy for Cybersecurity (NISC)',
    title: 'Cybersecurity 2020 (Annual Report for FY2019 and Annual Plan for FY2020)',
  },
};

/** The number part of a title: 「2部 我が国の…」 → 「2部」, "Annex 4-1: Measures…" → "Annex 4-1"; a title without one stays whole. */
function label(title: string, lang: Lang): string {
  if (lang === 'ja') return title.split(/[ 　]/)[0]!;
  return /^(.+?):/.exec(title)?.[1] ?? /^([0-9]+\.) /.exec(title)?.[1] ?? title;
}

/** A bare section number (「1」, "1."): the keys of the rows and headings below it repeat it. */
const BARE_NUMBER = /^[0-9０-９]+\.?$/;

function chain(entries: OutlineEntry[], slug: string): OutlineEntry[] | undefined {
  for (const e of entries) {
    if (e.slug === slug) return [e];
    const below = chain((e.children ?? []).filter((c) => c.slug !== e.slug), slug);
    if (below) return [e, ...below];
  }
  return undefined;
}

/**
 * Where a page sits in the report, as a citation names it: 「2部2章」, 「別添２」, 「別添４－１」;
 * "Part 2, Chapter 2", "Annex 2", "Annex 4-1". A page outside the outline is named by its title.
 */
export function pageWhere(outline: OutlineEntry[], slug: string, lang: Lang, fallbackTitle: string): string {
  const nodes = chain(outline, slug);
  if (!nodes) return fallbackTitle;
  const parts: string[] = [];
  for (const node of nodes) {
    const part = label(lang === 'ja' ? node.title : node.titleEn, lang);
    if (BARE_NUMBER.test(part)) continue;
    // 「別添４－１」 under 「別添４」 names both.
    if (parts.length && part.startsWith(parts.at(-1)!)) parts.pop();
    parts.push(part);
  }
  return parts.join(lang === 'ja' ? '' : ', ');
}

/** The date a reader looked the page up, as a citation gives it: 2026年12月1日, 1 December 2026. */
export function accessDate(date: Date, lang: Lang): string {
  return lang === 'ja'
    ? `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`
    : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

export interface CitationPlace {
  /** pageWhere() of the page. */
  where: string;
  /** The heading, measure key, footnote or term cited; empty for the page as a whole. */
  target: string;
  url: string;
  date: Date;
}

export function citationText(lang: Lang, { where, target, url, date }: CitationPlace): string {
  const { author, title } = REPORT[lang];
  const place = [where, target].filter(Boolean).join(' ');
  return lang === 'ja'
    ? `${author}『${title}』${place}（非公式ウェブ版, ${url}, ${accessDate(date, lang)}閲覧）`
    : `${author}, “${title}”, ${place} (unofficial web edition, ${url}, accessed ${accessDate(date, lang)}).`;
}
