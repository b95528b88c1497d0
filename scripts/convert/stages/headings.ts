import { REPORT_UNITS } from '../reportUnits.ts';
import type { UnitDeclaration } from '../data/schema.ts';
import { compact } from '../source.ts';
import type { BlockNode, HeadingNode, InlineNode, ParagraphNode, ParagraphRole } from '../types.ts';
import { inlineText } from './inlines.ts';

/** A paragraph before it is classified: its inline nodes and the source lines it took. */
export interface InlineParagraph {
  children: InlineNode[];
  lines: number[];
  position: ParagraphNode['position'];
}

/** Longest text, label included, taken for a heading; longer closed lines are prose that ends a paragraph. */
const MAX_HEADING_LENGTH = 90;

/**
 * A long heading whose last words were printed on a line of their own, both lines ending in a space
 * (L856 `2.2 …情報セキュリティ␠` + L858 `インシデントの傾向␠`): the short second line belongs to the heading.
 */
const wrappedHeading = { minFirstLength: 30, maxSecondLength: 20, notAnEnd: /[。）)]$/ } as const;

/** The 【…】 markers of each 2部2章 section (17 of each, seed-structure.md §3.1), with their id suffixes. */
const sectionMarkers: Readonly<Record<string, string>> = {
  '【昨年度の取組実績】': 'results',
  '【評価】': 'evaluation',
  '【今年度の取組】': 'plan',
};

/** Numbered heading shapes, by the unit kinds they occur in (seed-structure.md §3, §4.5). */
const numbered = {
  section: /^([1-9]) +(\S.*)$/, // L91 `1 新型コロナウイルス感染症への対応`
  subsection: /^([1-9])\.([1-9]) +(\S.*)$/, // L481 `1.1 業務・機能・サービス障害`
  item: /^\(([1-9])\) *(\S.*)$/, // L519 `(1) 国際的な…`, L5097 `(1)経営層の意識改革`
  wideSection: /^([１-９][０-９]?) +(\S.*)$/, // L17785 `１ 概要`, L17903 `１ 2019 年度における監査の概要`
  wideItem: /^[（(]([１-９1-9])[）)] *(\S.*)$/, // L17876 `（１）クラウド…`, L21211 `(1) …`
  /** Under a （n） item: L17974 `① グッドプラクティスの事例` (別添4-2), L18380 `ア ＩＴ資産管理ソフトウェアの導入状況` (別添4-3); a space follows the number, unlike list items and figure text (L19065 `①CISSP 概要`). */
  subItem: /^([①-⑳]|[ア-ン]) +(\S.*)$/,
  dataSet: /^データ ?([1-9])(?:\.([1-9]))? +(\S.*)$/, // L23343 `データ 1 NICTER 観測結果`, L23357 `データ 1.1 …`
} as const;

/** A row number and a date in a table cell (L18673 `１ 2019 年`, L18788 `２ 2019 年` + `11 月`), not a section's title. */
const dateCell = /^[0-9０-９]{4} ?年 ?(?:[0-9０-９]{1,2} ?月)?[～〜]?$/;

/** The order of sub-item numbers: circled digits, then the katakana of アイウエオ order. */
const SUB_ITEM_ORDER = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const KANA_ORDER = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ';
const subItemNumber = (mark: string): number => (SUB_ITEM_ORDER.includes(mark) ? SUB_ITEM_ORDER.indexOf(mark) + 1 : KANA_ORDER.indexOf(mark) + 1);

const listStart = /^(・|•|[①-⑳]|\([ア-ン]\)|（[ア-ン]）|\(ｱ\)|\(ｲ\))/;

/** A list item's role by how its text starts (a bullet or a numbered mark), or undefined for other text. */
export const listRole = (text: string): 'bullet' | 'numbered' | undefined => (listStart.test(text) ? (text.startsWith('・') || text.startsWith('•') ? 'bullet' : 'numbered') : undefined);
/** A caption is one short line: `図表１－２－１ GSOCの概要` (L825), `表１：…` (L21354); not prose that starts with 図表 (L1049). */
const caption = { start: /^(図表|表)[0-9０-９]+(－[0-9０-９]+)*[ ：:]/, maxLength: 80 } as const;
const isCaption = (p: InlineParagraph, text: string): boolean => p.lines.length <= 2 && text.length <= caption.maxLength && caption.start.test(text) && !text.includes('。');

interface Counter {
  section: number;
  subsection: number;
  item: number;
  /** The last ① or ア under the current item. */
  subItem: number;
  sectionId: string;
  subsectionId: string;
  itemId: string;
}

const toNumber = (digits: string): number => Number(digits.normalize('NFKC'));

/**
 * Classifies the paragraphs of one unit: numbered headings (accepted only when their number is the
 * next one expected, so that cross-references and table cells are not taken for headings), the 【…】
 * markers of 2部2章, 別添3's ministry names, list items (・, ①, (ア)) and captions (図表…).
 */
export function headings(
  unit: UnitDeclaration,
  paragraphs: readonly InlineParagraph[],
  ministries: ReadonlyMap<string, string>,
): BlockNode[] {
  const blocks: BlockNode[] = [];
  const sectionOfUnit = unit.kind === 'annexSection' ? Number(unit.heading?.[0]) : 0;
  const c: Counter = { section: sectionOfUnit, subsection: 0, item: 0, subItem: 0, sectionId: unit.id, subsectionId: '', itemId: '' };
  const deepest = (): string => c.itemId || c.subsectionId || c.sectionId;
  /** Id of the part the paragraphs are in, when the unit declares parts. */
  let partId = '';

  for (let k = 0; k < paragraphs.length; k++) {
    const single = paragraphs[k]!;
    const tail = paragraphs[k + 1];
    const wraps = tail !== undefined && isWrappedHeadingTail(single, tail);
    // Only a heading takes the next paragraph in; any other block keeps the single paragraph.
    const p: InlineParagraph = wraps
      ? { children: [...single.children, ...tail.children], lines: [...single.lines, ...tail.lines], position: { start: single.position.start, end: tail.position.end } }
      : single;
    const text = inlineText(p.children).trim();
    const short = text.length <= MAX_HEADING_LENGTH && p.lines.length <= 3;
    const heading = (depth: HeadingNode['depth'], id: string, label: string, labelLength: number): HeadingNode => {
      if (wraps) k += 1;
      return {
      type: 'heading',
      depth,
      id,
      label,
      children: dropLabel(p.children, labelLength),
      lines: p.lines,
      position: p.position,
      };
    };

    if (short && sectionMarkers[text] && unit.kind === 'chapter') {
      const parent = deepest();
      blocks.push(heading(c.subsectionId ? 4 : 3, `${parent}-${sectionMarkers[text]}`, '', 0));
      continue;
    }

    if (short && (unit.kind === 'chapter' || unit.kind === 'annexSection')) {
      const s = unit.kind === 'chapter' ? text.match(numbered.section) : null;
      const ss = text.match(numbered.subsection);
      const it = text.match(numbered.item);
      if (s && Number(s[1]) === c.section + 1) {
        c.section += 1;
        c.subsection = 0;
        c.item = 0;
        c.sectionId = `${unit.id}-s${c.section}`;
        c.subsectionId = '';
        c.itemId = '';
        blocks.push(heading(2, c.sectionId, s[1]!, s[1]!.length));
        continue;
      }
      if (ss && Number(ss[1]) === c.section && Number(ss[2]) === c.subsection + 1) {
        c.subsection += 1;
        c.item = 0;
        c.subsectionId = `${unit.kind === 'chapter' ? c.sectionId : unit.id}-${c.subsection}`;
        c.itemId = '';
        blocks.push(heading(unit.kind === 'chapter' ? 3 : 2, c.subsectionId, `${ss[1]}.${ss[2]}`, ss[1]!.length + 1 + ss[2]!.length));
        continue;
      }
      if (it && Number(it[1]) === c.item + 1 && c.section > 0) {
        c.item += 1;
        c.itemId = `${c.subsectionId || c.sectionId}-n${c.item}`;
        const depth = unit.kind === 'chapter' ? (c.subsectionId ? 4 : 3) : c.subsectionId ? 3 : 2;
        blocks.push(heading(depth, c.itemId, `(${it[1]})`, text.indexOf(')') + 1));
        continue;
      }
    }

    if (short && unit.kind === 'subAnnex') {
      // A part's title (別添4-8 L19412, L19748–19750): its sections are numbered from １ again, one level down.
      const part = unit.parts?.find((x) => x.heading === compact(text));
      if (part) {
        partId = `${unit.id}-${part.id}`;
        c.section = 0;
        c.item = 0;
        c.sectionId = partId;
        c.itemId = '';
        blocks.push(heading(2, partId, '', 0));
        continue;
      }
      const down = partId ? 1 : 0;
      const s = text.match(numbered.wideSection);
      const it = text.match(numbered.wideItem);
      const sub = p.lines.length === 1 && !text.includes('。') ? text.match(numbered.subItem) : null;
      if (s && toNumber(s[1]!) === c.section + 1 && !dateCell.test(s[2]!)) {
        c.section += 1;
        c.item = 0;
        c.subItem = 0;
        c.sectionId = `${partId || unit.id}-s${c.section}`;
        c.itemId = '';
        blocks.push(heading((2 + down) as 2 | 3, c.sectionId, s[1]!, s[1]!.length));
        continue;
      }
      if (it && toNumber(it[1]!) === c.item + 1 && c.section > 0) {
        c.item += 1;
        c.subItem = 0;
        c.itemId = `${c.sectionId}-${c.item}`;
        blocks.push(heading((3 + down) as 3 | 4, c.itemId, text.slice(0, text.search(/[）)]/) + 1), text.search(/[）)]/) + 1));
        continue;
      }
      if (sub && subItemNumber(sub[1]!) === c.subItem + 1 && c.item > 0) {
        c.subItem += 1;
        blocks.push(heading((4 + down) as 4 | 5, `${c.itemId}-${c.subItem}`, sub[1]!, sub[1]!.length));
        continue;
      }
    }

    if (short && unit.id === REPORT_UNITS.dataSets) {
      const d = text.match(numbered.dataSet);
      if (d && !d[2] && Number(d[1]) === c.section + 1) {
        c.section += 1;
        c.subsection = 0;
        c.sectionId = `a6-d${c.section}`;
        blocks.push(heading(2, c.sectionId, `データ ${d[1]}`, text.indexOf(d[1]!) + 1));
        continue;
      }
      if (d && d[2] && Number(d[1]) === c.section && Number(d[2]) === c.subsection + 1) {
        c.subsection += 1;
        blocks.push(heading(3, `${c.sectionId}-${c.subsection}`, `データ ${d[1]}.${d[2]}`, text.indexOf(d[2]!, text.indexOf('.')) + 1));
        continue;
      }
    }

    if (unit.id === REPORT_UNITS.ministryEvaluations) {
      const ministryId = ministries.get(text);
      const next = paragraphs[k + 1];
      if (ministryId && next && inlineText(next.children).trim() === text) {
        const merged: InlineParagraph = { ...p, lines: [...p.lines, ...next.lines], position: { start: p.position.start, end: next.position.end } };
        blocks.push({ type: 'heading', depth: 2, id: `a3-${ministryId}`, label: '', children: merged.children, lines: merged.lines, position: merged.position });
        k += 1;
        continue;
      }
    }

    const plain = inlineText(single.children).trim();
    const role: ParagraphRole = listRole(plain) ?? (isCaption(single, plain) ? 'caption' : 'plain');
    blocks.push({ type: 'paragraph', role, children: single.children, lines: single.lines, position: single.position });
  }
  return blocks;
}

function isWrappedHeadingTail(head: InlineParagraph, tail: InlineParagraph): boolean {
  const first = inlineText(head.children).trim();
  const second = inlineText(tail.children).trim();
  return (
    head.lines.length === 1 &&
    tail.lines.length === 1 &&
    first.length >= wrappedHeading.minFirstLength &&
    second.length <= wrappedHeading.maxSecondLength &&
    !wrappedHeading.notAnEnd.test(second) &&
    !wrappedHeading.notAnEnd.test(first) &&
    (numbered.subsection.test(first) || numbered.wideSection.test(first)) &&
    !listStart.test(second) &&
    !Object.values(numbered).some((pattern) => pattern.test(second)) &&
    !Object.hasOwn(sectionMarkers, second)
  );
}

/** Removes the printed number (and the spaces after it) from a heading's inline nodes; the number is kept as `label`. */
function dropLabel(children: readonly InlineNode[], labelLength: number): InlineNode[] {
  if (labelLength === 0) return [...children];
  const [first, ...rest] = children;
  if (first?.type !== 'text') return [...children];
  const value = first.value.trimStart().slice(labelLength).trimStart();
  return value === '' ? rest : [{ ...first, value }, ...rest];
}
