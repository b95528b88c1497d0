import type { Measure } from '../../../../src/schemas/measure.ts';
import type { MeasureTableNode, Root } from '../../types.ts';
import { inlineText } from '../../stages/inlines.ts';
import { escapeMdxText, yamlString } from '../escape.ts';
import { normaliseSpacing } from '../spacing.ts';
import { pageHref } from './context.ts';

export interface Ministry {
  ja: string;
  id: string;
  en: string;
}

/** Words of the generated ministry pages (Japanese). */
const text = {
  indexTitle: '担当府省庁別の施策',
  indexTitleEn: 'Measures by ministry and agency',
  pageTitle: (name: string) => `${name}の施策`,
  pageTitleEn: (en: string) => `Measures of the ${en.replace(/^the /, '')}`,
  intro: '別添１（2020年度の計画）と別添２（2019年度の計画と実績）の表で、担当府省庁の欄に名前のある施策です。',
  columns: ['府省庁', '2020年度の施策', '2019年度の施策'],
  rowColumns: ['項番', '表', '他年度の施策'],
  year2020: '2020年度の計画（別添１）',
  year2019: '2019年度の計画と実績（別添２）',
  count: (n: number) => `${n}件`,
  annex3: '別添３ 各府省庁における情報セキュリティ対策の総合評価・方針',
  none: 'なし',
  generatedNote: 'このページは、報告書の表から生成した一覧です。',
} as const;

export const MINISTRIES_SLUG = 'ministries';

function front(title: string, titleEn: string, order: number): string {
  return ['---', `title: ${yamlString(title)}`, `titleEn: ${yamlString(titleEn)}`, 'sidebar:', `  order: ${order}`, '---'].join('\n');
}

/**
 * The ministry pages: an index of every ministry named in a 担当府省庁 cell, with its counts in each
 * year, and one page per ministry listing its rows in both years. Generated from the tables, not report text.
 */
export function ministryPages(root: Root, measures: readonly Measure[], ministries: readonly Ministry[], order: number, annex3Ids: ReadonlySet<string>): Map<string, string> {
  const nodeTitles = new Map<string, string>();
  for (const unit of root.units) {
    for (const b of unit.children) {
      if (b.type === 'measureTable') nodeTitles.set(`${b.year}:${b.nodeKey}`, normaliseSpacing(inlineText((b as MeasureTableNode).title).trim()));
    }
  }
  const byKey = new Map(measures.map((m) => [m.id, m]));
  const named = ministries.filter((m) => measures.some((x) => x.ministryIds.includes(m.id)));
  const pages = new Map<string, string>();
  const of = (id: string, year: number) => measures.filter((m) => m.year === year && m.ministryIds.includes(id));

  const indexRows = named.map(
    (m) => `<tr><th scope="row"><a href="./${m.id}/">${escapeMdxText(m.ja)}</a></th><td>${text.count(of(m.id, 2020).length)}</td><td>${text.count(of(m.id, 2019).length)}</td></tr>`,
  );
  pages.set(
    `${MINISTRIES_SLUG}/index.mdx`,
    [
      front(text.indexTitle, text.indexTitleEn, order),
      `<p class="generated-note">${text.generatedNote}${text.intro}</p>`,
      ['<div class="table-scroll" role="region" aria-labelledby="ministries-caption" tabindex="0">', '<table class="ministry-index">', `<caption id="ministries-caption">${text.indexTitle}</caption>`, `<thead><tr>${text.columns.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>`, '<tbody>', ...indexRows, '</tbody>', '</table>', '</div>'].join('\n'),
    ].join('\n\n') + '\n',
  );

  for (const m of named) {
    const slug = `${MINISTRIES_SLUG}/${m.id}`;
    const table = (year: 2020 | 2019, heading: string, id: string): string => {
      const rows = of(m.id, year).map((x) => {
        const [page, hash] = x.url.slice(1).split('/#') as [string, string];
        const other = x.counterpart ? byKey.get(x.counterpart) : undefined;
        const otherCell = other ? `<a href="${pageHref(slug, ...(other.url.slice(1).split('/#') as [string, string]))}">${other.year}年度 ${escapeMdxText(other.key)}</a>` : text.none;
        return `<tr><th scope="row"><a href="${pageHref(slug, page, hash)}">${escapeMdxText(x.key)}</a></th><td>${escapeMdxText(nodeTitles.get(`${year}:${x.node}`) ?? '')}</td><td>${otherCell}</td></tr>`;
      });
      return [
        `## ${heading}（${text.count(rows.length)}） {#${id}}`,
        [`<div class="table-scroll" role="region" aria-labelledby="${id}-caption" tabindex="0">`, '<table class="ministry-measures">', `<caption id="${id}-caption">${escapeMdxText(m.ja)}：${heading}</caption>`, `<thead><tr>${text.rowColumns.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>`, '<tbody>', ...rows, '</tbody>', '</table>', '</div>'].join('\n'),
      ].join('\n\n');
    };
    const annex3 = annex3Ids.has(`a3-${m.id}`) ? [`<p><a href="${pageHref(slug, 'annex-3', `a3-${m.id}`)}">${text.annex3}（${escapeMdxText(m.ja)}）</a></p>`] : [];
    pages.set(
      `${slug}.mdx`,
      [front(text.pageTitle(m.ja), text.pageTitleEn(m.en), order), `<p class="generated-note">${text.generatedNote}</p>`, ...annex3, table(2020, text.year2020, 'y2020'), table(2019, text.year2019, 'y2019')].join('\n\n') + '\n',
    );
  }
  return pages;
}
