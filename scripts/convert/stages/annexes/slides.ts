import type { BlockContext } from '../blockContext.ts';
import type { UnitDeclaration, VerticalLabel } from '../../data/schema.ts';
import { fail, quoteLine } from '../../messages.ts';
import type { BlockNode, ColumnNode, HeadingNode, ParagraphNode } from '../../types.ts';
import { STOPS_AT_KANA } from '../lineEnds.ts';
import { blockLines, joinedInlines, lineText, linesPosition } from './lines.ts';

/** A line that starts an item of its own inside a slide: a bullet, a （n） item, a quoted title, a ＜…＞ label. */
const ITEM_START = /^(・|•|[（(][0-9０-９]+[）)]|「|｢|＜)/;
/** A slide line at least this long that ends no sentence runs on (L20801 `…事業者等が実施す` + `るリスク…`); the slide's text is about 60 characters wide. */
const WRAP_LENGTH = 38;
/**
 * A line that opens with kana or closing punctuation continues a word (L20793 `の要点の整理`), and one that opens
 * with a note in brackets or a slash belongs to the label above it (L21004 `（監視・統括）`, L20921 `／予防・抑止`).
 */
const CONTINUES = /^([ぁ-ゖー、。）／]|[（(](?![0-9０-９]+[）)]))/;
/** Vertical text prints a letter or a few a line (L20876 `重`, L20879 `インフ`): such lines next to each other read as one. */
const VERTICAL_LENGTH = 3;

/**
 * 別添5-1 is a set of slides printed two to a page (seed-structure.md §7.4: their text has no closing spaces
 * and no blank lines). The only closed lines are the slide titles (L20718 `第４次行動計画 施策①：…␠`). On each page
 * the extraction prints the titles first and then the text inside the slides, which belongs to the page's first
 * slide (L20725 「各関係主体…の在り方」 under L20713 `第４次行動計画の基本的考え方・要点`, printed after L20718).
 * Each slide becomes a block headed by its title, holding its text one printed item per paragraph. The image-only
 * sub-annexes (別添5-3 … 5-9) are slides of the same print: there a slide with no text of its own is marked
 * image-only (L23046 `調査概要`), and one with text keeps it (L23196 under L23178 in 別添5-6). In 別添5-1 a slide
 * is marked so when no slide of its page has text (L20707, L20712).
 */
export function slides(blocks: readonly BlockNode[], context: BlockContext, declaration: UnitDeclaration): BlockNode[] {
  const own = blockLines(blocks).filter((l) => lineText(context, l).trim() !== '');
  const ownSet = new Set(own);
  const found: { title: number; body: number[]; pageFirst: number }[] = [];
  let pageFirst = 0;
  for (const line of own) {
    if (startsPage(line, ownSet, context)) pageFirst = found.length;
    if (context.lines[line - 1]!.text.endsWith(' ')) {
      found.push({ title: line, body: [], pageFirst });
      continue;
    }
    const slide = found[pageFirst];
    if (!slide) {
      fail({ line, column: 1, reason: 'slide text on a page that prints no slide title', rule: 'slides/no-title', fix: 'a slide title is a line ending in a space: check startsPage() in stages/annexes/slides.ts, which decides where a page starts', found: quoteLine(context.lines[line - 1]!.text), expected: 'a slide title (a line ending in a space) on the same page, before the text' });
    }
    slide.body.push(line);
  }
  const labels = context.verticalLabels.filter((l) => l.unit === declaration.id);
  const unread = new Set(labels);
  const grouped = found.map(({ title, body, pageFirst }) => ({ title, pageFirst, groups: readVerticalLabels(items(body, context), labels, unread, context) }));
  const stale = [...unread][0];
  if (stale) {
    fail({ line: own[0] ?? 1, column: 1, reason: `no run of vertical text reads ${stale.reads.map((r) => `「${r}」`).join(' ')}`, rule: 'slides/vertical-labels', expected: 'a run of lines of up to three letters whose letters are exactly those of the labels', fix: 'correct or remove the entry in scripts/convert/data/vertical-labels.json' });
  }
  // A page's text all lands under its first slide, so only a page without any text shows its slides were images.
  const textlessPage = (first: number): boolean => found.every((f) => f.pageFirst !== first || f.body.length === 0);
  return grouped.map(({ title, pageFirst, groups }, k): ColumnNode => {
    const body = groups.flat();
    const id = `${declaration.id}-slide${k + 1}`;
    const heading: HeadingNode = { type: 'heading', depth: 2, id, label: '', children: joinedInlines(context, [title]), lines: [title], position: linesPosition(context, [title]) };
    const paragraphs = groups.map((lines): ParagraphNode => {
      const text = lineText(context, lines[0]!).trim();
      return { type: 'paragraph', role: /^(・|•)/.test(text) ? 'bullet' : 'plain', children: joinedInlines(context, lines), lines, position: linesPosition(context, lines) };
    });
    const imageOnly = (declaration.imageOnly === true && body.length === 0) || textlessPage(pageFirst) ? { imageOnly: true as const } : {};
    return { type: 'column', id, children: [heading, ...paragraphs], ...imageOnly, position: linesPosition(context, [title, ...body]) };
  });
}

/**
 * A page starts at a line led by one space right after a text line (seed-structure.md §2.1), or at the first
 * line after page furniture or the unit's title (L20766 after the page header and `- 259 -`).
 */
function startsPage(line: number, own: ReadonlySet<number>, context: BlockContext): boolean {
  if (/^ \S/.test(context.lines[line - 1]!.text) && context.lines[line - 2]?.text !== '') return true;
  for (let l = line - 1; l > 0; l--) if (context.lines[l - 1]!.text.trim() !== '') return !own.has(l);
  return true;
}

/**
 * The slide's lines grouped into items. A blank line always separates two items; a line right below another
 * continues it when that one ends no sentence and runs on (long, or stopped mid-phrase, or followed by kana),
 * unless it starts an item of its own. Vertical text (L20813 `第`, `４`, `次` …) is read whole; where it prints a
 * letter a line with a blank line between letters (L20929 `要`, ``, `イ`, `ン`, `フ`, ``, `ラ` …), a blank next to a
 * single letter is letter spacing, while a blank between two runs of letters parts two columns of text
 * (L20836 `リ`…`ン`, ``, `及`…`議`), which stay apart. Two lines alone between blank lines are one box of the
 * diagram when the second is no longer than the first, as text wraps in a box (L21016 `重要インフラサービス障害対応` + `状況の対外説明`);
 * a longer second line is the box's content under its label (L21112 `防護基盤の強化`), and a first line printing
 * two boxes side by side (L20905 `機会の提供 監査観点の整理`) wraps neither.
 */
function items(body: readonly number[], context: BlockContext): number[][] {
  const groups: number[][] = [];
  for (const line of body) {
    const text = lineText(context, line).trim();
    const last = groups[groups.length - 1];
    const previousLine = last?.[last.length - 1];
    const previous = previousLine === undefined ? '' : lineText(context, previousLine).trim();
    const adjacent = previousLine !== undefined && line === previousLine + 1;
    const vertical = text.length <= VERTICAL_LENGTH && previous.length <= VERTICAL_LENGTH && (adjacent || (line === previousLine! + 2 && (verticalRun(last!, previousLine!, -1, context) === 1 || verticalRun(body, line, 1, context) === 1)));
    const boxWrap = last?.length === 1 && blank(context, previousLine! - 1) && blank(context, line + 1) && previous.length > VERTICAL_LENGTH && !previous.includes(' ') && text.length <= previous.length;
    const runsOn = !previous.endsWith('。') && !ITEM_START.test(text) && (previous.length >= WRAP_LENGTH || CONTINUES.test(text) || STOPS_AT_KANA.test(previous) || boxWrap);
    if (last && (vertical || (adjacent && runsOn))) last.push(line);
    else groups.push([line]);
  }
  return groups;
}

const isVertical = (group: readonly number[], context: BlockContext): boolean => group.every((l) => lineText(context, l).trim().length <= VERTICAL_LENGTH);
const letters = (group: readonly number[], context: BlockContext): string => group.map((l) => lineText(context, l).trim()).join('');

/**
 * Runs of vertical text regrouped as the reviewed labels read (data/vertical-labels.json): consecutive vertical
 * items whose letters are exactly an entry's labels become one item per label, split at the lines where each
 * label ends. An entry is taken off `unread` once used.
 */
function readVerticalLabels(groups: number[][], labels: readonly VerticalLabel[], unread: Set<VerticalLabel>, context: BlockContext): number[][] {
  const result: number[][] = [];
  for (let k = 0; k < groups.length; k++) {
    const entry = isVertical(groups[k]!, context) ? labels.find((l) => unread.has(l) && windowEnd(groups, k, l.reads.join(''), context) !== -1) : undefined;
    if (!entry) {
      result.push(groups[k]!);
      continue;
    }
    const end = windowEnd(groups, k, entry.reads.join(''), context);
    const lines = groups.slice(k, end).flat();
    for (const label of entry.reads) {
      const take: number[] = [];
      while (letters(take, context) !== label) {
        if (lines.length === 0 || letters(take, context).length >= label.length) {
          fail({ line: take[0] ?? groups[k]![0]!, column: 1, reason: `the vertical label 「${label}」 does not end at the end of a line`, rule: 'slides/vertical-labels', expected: 'labels that end where a line ends', fix: 'correct the entry in scripts/convert/data/vertical-labels.json' });
        }
        take.push(lines.shift()!);
      }
      result.push(take);
    }
    unread.delete(entry);
    k = end - 1;
  }
  return result;
}

/** The end (exclusive) of the run of vertical items from `start` whose letters are exactly `text`, or -1. */
function windowEnd(groups: readonly number[][], start: number, text: string, context: BlockContext): number {
  let sofar = '';
  for (let k = start; k < groups.length && isVertical(groups[k]!, context); k++) {
    sofar += letters(groups[k]!, context);
    if (sofar === text) return k + 1;
    if (!text.startsWith(sofar)) return -1;
  }
  return -1;
}

/** How many lines of vertical text run on from `from` (included) in `step` direction, -1 back or 1 forward, with no line between. */
function verticalRun(lines: readonly number[], from: number, step: 1 | -1, context: BlockContext): number {
  const present = new Set(lines);
  let count = 0;
  while (present.has(from + count * step) && lineText(context, from + count * step).trim().length <= VERTICAL_LENGTH) count += 1;
  return count;
}

const blank = (context: BlockContext, line: number): boolean => (context.lines[line - 1]?.text.trim() ?? '') === '';
