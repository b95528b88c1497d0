/**
 * Built page → search records, one per place a result can land on: the text under a heading, a
 * measure row, a glossary term, a data table, a footnote. Pagefind ranks whole records, so a record
 * per section lets a short measure row outrank a long chapter, and filters (ministry, kind) hold for
 * the exact place instead of a whole page. Everything is derived from the HTML and the data files.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { annexPart, FILTER, KIND, MAIN_PART } from '../../src/lib/search/filters.ts';
import { foldWidth } from '../../src/lib/search/text.ts';

export interface SearchRecord {
  url: string;
  content: string;
  meta: { title: string; page: string };
  filters: Record<string, string[]>;
  /**
   * Whether the title ranks as a heading. A measure row's title is its table's caption, shared by every
   * row of the table: weighting it let each row outrank the section that is about the subject.
   */
  titleRanks: boolean;
}

/** What the page-independent data files say about anchors: the ministries of each measure row. */
export interface RecordContext {
  ministriesById: Map<string, string[]>;
}

// Elements that start a record of their own when they carry an id and hold no other record.
const CONTAINERS = new Set(['tr', 'figure', 'table', 'li', 'dt']);
const HEADING = /^h[2-6]$/;
// Navigation the converter adds beside the report text: links to the other year or to 2部2章,
// footnote markers and back links. Indexing it would make every row match「2019年度の計画と実績」.
const NAVIGATION = ['cross-links', 'counterpart-line', 'fnref', 'fnback', 'generated-note'];
// Block boundaries become line breaks, so the segmenter never joins words of two cells or paragraphs.
const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'caption', 'figcaption', 'div', 'ul', 'ol', 'table', 'aside', 'section', 'br']);


const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const tag = (el: HTMLElement) => el.rawTagName?.toLowerCase() ?? '';

function isSkipped(el: HTMLElement): boolean {
  if (el.hasAttribute('data-pagefind-ignore')) return true;
  if (['script', 'style', 'svg', 'template', 'button'].includes(tag(el))) return true;
  const classes = el.classList;
  return NAVIGATION.some((c) => classes.contains(c));
}

/** Visible text of an element, without navigation and ignored parts. */
function textOf(el: HTMLElement): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.text);
    else if (n.nodeType === 1 && !isSkipped(n as HTMLElement)) {
      const block = BLOCKS.has(tag(n as HTMLElement));
      if (block) parts.push('\n');
      n.childNodes.forEach(walk);
      if (block) parts.push('\n');
    }
  };
  walk(el);
  return parts.join('');
}

const hasNestedAnchor = (el: HTMLElement) =>
  el.querySelectorAll('[id]').some((d) => CONTAINERS.has(tag(d)) || HEADING.test(tag(d)));

function isContainerAnchor(el: HTMLElement): boolean {
  return !!el.id && CONTAINERS.has(tag(el)) && !hasNestedAnchor(el);
}

function labelledText(el: HTMLElement | null, root: HTMLElement): string {
  if (!el) return '';
  const label = el.getAttribute('aria-label');
  if (label) return clean(label);
  const by = el.getAttribute('aria-labelledby');
  const target = by ? root.querySelector(`[id="${by.split(' ')[0]}"]`) : null;
  return target ? clean(textOf(target)) : '';
}

/** The title a result shows for a container record. */
function containerTitle(el: HTMLElement, section: string, root: HTMLElement): string {
  switch (tag(el)) {
    case 'tr': {
      let table: HTMLElement | null = el.parentNode;
      while (table && tag(table) !== 'table') table = table.parentNode;
      const captionEl = table?.querySelector('caption');
      const caption = (captionEl && clean(textOf(captionEl))) || section;
      const rowHead = clean(textOf(el.querySelector('th') ?? el.querySelector('td') ?? el));
      // 「1.1(1) 経営層の意識改革（…）」 + 「(ア)」 → 「1.1(1)(ア) 経営層の意識改革（…）」, the report's own key.
      const keyed = /^(\S+) (.+)$/.exec(caption);
      return keyed && /^\(.+\)$/.test(rowHead) ? `${keyed[1]}${rowHead} ${keyed[2]}` : clean(`${caption} ${rowHead}`);
    }
    case 'dt':
      return clean(textOf(el));
    case 'li':
      return clean(`${section} ${el.getAttribute('value') ?? ''}`);
    default: {
      const caption = el.querySelector('figcaption, caption');
      return (
        (caption && clean(textOf(caption))) ||
        labelledText(el, root) ||
        labelledText(el.querySelector('table, [role="region"]'), root) ||
        section
      );
    }
  }
}

/** 別添N from annex-N, 本編 for the parts and the introduction; nothing for pages outside the report. */
export function partOf(slug: string): string | undefined {
  const first = slug.split('/')[0] ?? '';
  const annex = /^annex-(\d+)$/.exec(first);
  if (annex) return annexPart(annex[1]!);
  if (/^part-\d+$/.test(first) || first === 'introduction') return MAIN_PART;
  return undefined;
}

function kindOf(slug: string, el: HTMLElement | null, part: string | undefined): string | undefined {
  const first = slug.split('/')[0];
  // What the place is (a term, a data table) decides before which annex it is in.
  if (el && tag(el) === 'dt') return KIND.term;
  // 担当府省庁一覧 is one table of who is responsible for what, not statistics.
  if (first === 'annex-7') return KIND.body;
  if (el && ['figure', 'table'].includes(tag(el))) return KIND.data;
  if (first === 'annex-1') return KIND.plan;
  if (first === 'annex-2') return KIND.result;
  if (first === 'annex-8') return KIND.term;
  if (first === 'annex-6') return KIND.data;
  return part ? KIND.body : undefined;
}

interface Draft {
  id: string | null;
  title: string;
  el: HTMLElement | null;
  parts: string[];
}

/**
 * Records of one built page. `slug` is its path below the base ("annex-1/section-1", "" for home),
 * `url` the URL results link to (without anchor). Returns [] for pages Pagefind would not index
 * (no data-pagefind-body, e.g. the 404 page).
 */
export function pageRecords(html: string, slug: string, url: string, ctx: RecordContext): SearchRecord[] {
  const doc = parse(html, { comment: false });
  const main = doc.querySelector('[data-pagefind-body]');
  if (!main) return [];
  // Starlight puts the page's text in .sl-markdown-content; the rest of <main> is the title banner,
  // the mobile table of contents and the prev/next links.
  const body = main.querySelector('.sl-markdown-content') ?? main;
  const part = partOf(slug);
  // The h1 names the level above the page (`別添２ 2019年度の…／1 経済社会…`); results say it shorter, by the
  // part: `別添2 1 経済社会…`, so that 別添1 §1 and 別添2 §1 (and their headings) differ.
  const h1 = main.querySelector('h1');
  const context = h1?.querySelector('.title-context');
  context?.remove();
  const pageTitle = clean(`${context && part ? `${part} ` : ''}${textOf(h1 ?? doc.querySelector('title') ?? main)}`);
  const generated = !!main.querySelector('.generated-note');

  const drafts: Draft[] = [];
  let section: Draft = { id: null, title: pageTitle, el: null, parts: [] };
  drafts.push(section);
  let target = section;

  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      target.parts.push(n.text);
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as HTMLElement;
    if (isSkipped(el) || tag(el) === 'h1') return;
    if (HEADING.test(tag(el)) && el.id) {
      section = { id: el.id, title: clean(textOf(el)), el, parts: [] };
      drafts.push(section);
      target = section;
      return;
    }
    if (isContainerAnchor(el)) {
      const outer = target;
      target = { id: el.id, title: containerTitle(el, section.title, doc), el, parts: [] };
      drafts.push(target);
      // A glossary term's definition follows its <dt> as <dd> siblings: they belong to the term.
      const keepOpen = tag(el) === 'dt';
      el.childNodes.forEach(walk);
      if (!keepOpen) target = outer;
      return;
    }
    // A <dt> without id ends the previous term.
    if (tag(el) === 'dt') target = section;
    const block = BLOCKS.has(tag(el));
    if (block) target.parts.push('\n');
    el.childNodes.forEach(walk);
    if (block) target.parts.push('\n');
    if (tag(el) === 'dl') target = section;
  };
  // A generated list (the ministry pages) is found by its title only; its rows repeat report titles.
  if (!generated) body.childNodes.forEach(walk);

  return drafts
    .map((d): SearchRecord | null => {
      const content = foldWidth(
        d.parts
          .join('')
          .split('\n')
          .map(clean)
          .filter(Boolean)
          .join('\n'),
      );
      if (!content && d.id !== null) return null;
      const filters: Record<string, string[]> = {};
      if (part) filters[FILTER.part] = [part];
      const kind = kindOf(slug, d.el, part);
      if (kind) filters[FILTER.kind] = [kind];
      const ministries = d.id ? ctx.ministriesById.get(d.id) : undefined;
      if (ministries?.length) filters[FILTER.ministry] = ministries;
      return {
        url: d.id ? `${url}#${d.id}` : url,
        content: content || foldWidth(d.title),
        meta: { title: foldWidth(d.title), page: pageTitle },
        filters,
        titleRanks: !(d.el && tag(d.el) === 'tr'),
      };
    })
    .filter((r): r is SearchRecord => r !== null);
}
