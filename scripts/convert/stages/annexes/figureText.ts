import type { BlockContext } from '../blockContext.ts';
import type { BlockNode, FigureNode, ParagraphNode } from '../../types.ts';
import { toFigure } from '../figures.ts';
import type { InlineParagraph } from '../headings.ts';
import { listRole } from '../headings.ts';
import { inlineText } from '../inlines.ts';
import { CANNOT_START, LIST_GOES_ON, STOPS_AT_KANA } from '../lineEnds.ts';
import { blockLines, joinedInlines, lineText, linesPosition } from './lines.ts';

/** A figure's title: a 図表 caption (L19153 `図表１ SPFを活用した…`) or a ＜…＞ title (L19058 `＜カリキュラム概要＞`). */
const isFigureTitle = (b: BlockNode): b is ParagraphNode =>
  b.type === 'paragraph' && (b.role === 'caption' || /^＜[^＞]+＞$/.test(inlineText(b.children).trim()));

/**
 * A page starts at a line led by exactly one space that follows a text line directly (seed-structure.md §2.1).
 * Only a start glued to an unclosed line of figure text ends it (L19207 `ブロック` + L19208 ` ２ 取組の結果及び今後の
 * 課題`): inside the 別添4-5 curriculum, L19104 ` ⑤…` follows a closed cell (L19103) and the figure goes on.
 */
const isGluedPageStart = (context: Pick<BlockContext, 'lines'>, line: number): boolean =>
  line > 1 && /^ \S/.test(context.lines[line - 1]!.text) && context.lines[line - 2]!.text !== '' && !context.lines[line - 2]!.text.endsWith(' ');

/**
 * Figure text printed after a page's footnotes belongs to that page: the next page starts a new block. Figure
 * text has no closing spaces, so the extraction glued the next page's first line to it (L19207 `ブロック` +
 * L19208 ` ２ 取組の結果及び今後の課題`, which a heading must not lose to the figure); the paragraph is cut there.
 */
export function figureTextPageEnds(paragraphs: readonly InlineParagraph[], context: BlockContext): InlineParagraph[] {
  const result: InlineParagraph[] = [];
  let inFigureText = false;
  for (const p of paragraphs) {
    if (followsFootnote(p.lines[0]!, context)) inFigureText = true;
    const cut = inFigureText ? p.lines.findIndex((l, k) => k > 0 && isGluedPageStart(context, l)) : -1;
    if (cut === -1) {
      result.push(p);
      continue;
    }
    const part = (lines: number[]): InlineParagraph => ({ children: joinedInlines(context, lines), lines, position: linesPosition(context, lines) });
    result.push(part(p.lines.slice(0, cut)), part(p.lines.slice(cut)));
    inFigureText = false;
  }
  return result;
}

/**
 * Text printed after a page's footnotes, up to the next heading or page, is the text of a figure on that page
 * that the extraction put last (別添4-5 §6 L19065, 4-6 L19178, 4-7 L19299; seed-structure.md §3.9). It
 * becomes the text of the figure whose title is the last one above it in the same section, placed right
 * after that title; with no title above, it stays where it is, titled by its own first line.
 */
export function figureText(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  let result = [...blocks];
  for (;;) {
    const start = result.findIndex((b) => b.type !== 'heading' && b.type !== 'figure' && followsFootnote(blockLines([b])[0]!, context));
    if (start === -1) return result;
    let end = start + 1;
    while (end < result.length && result[end]!.type !== 'heading' && !isGluedPageStart(context, blockLines([result[end]!])[0]!)) end += 1;
    const run = result.slice(start, end).flatMap((b) => figureLabels(b, context));
    let title = -1;
    for (let k = start - 1; k >= 0 && result[k]!.type !== 'heading'; k--) {
      if (isFigureTitle(result[k]!)) {
        title = k;
        break;
      }
    }
    if (title !== -1) {
      const figure: FigureNode = { ...toFigure(result[title] as ParagraphNode), content: run };
      result = [...result.slice(0, title), figure, ...result.slice(title + 1, start), ...result.slice(end)];
      continue;
    }
    // No title above: the run's first line is the figure's title (L19299 `政府機関の暗号アルゴリズムに係る移行指針の改定概要`).
    const lines = blockLines(run);
    const first = lines[0]!;
    const firstBlock = run[0] as ParagraphNode;
    const rest = firstBlock.lines.filter((l) => l !== first && lineText(context, l).trim() !== '');
    const caption: ParagraphNode = { type: 'paragraph', role: 'caption', children: joinedInlines(context, [first]), lines: [first], position: linesPosition(context, [first]) };
    const remainder: BlockNode[] = rest.length > 0 ? [{ ...firstBlock, children: joinedInlines(context, rest), lines: rest, position: linesPosition(context, rest) }] : [];
    const figure: FigureNode = { type: 'figure', label: '', caption, content: [...remainder, ...run.slice(1)], position: linesPosition(context, lines) };
    result = [...result.slice(0, start), figure, ...result.slice(end)];
  }
}

/** A particle, which continues the words before it and starts no label. */
const PARTICLE_START = /^[をがはにでへと]/;

/**
 * Figure text is the words of a diagram. Its lines end in no space, so the paragraph rule ran all of them
 * together (4-6 図表１ `通常のメール` `From : aaa@xxx.go.jp` ¶ `なりすましメール` … ¶ `送信元IPの取得`). Where the
 * extraction printed the figure densely, the lines of one box next to each other (4-7 `【認証局】電子証`,
 * `明書の新たな暗`, `号への切替え`), a blank line is a gap between two boxes and parts two labels, unless the text
 * visibly runs on: a bracket still open, a list that goes on (`、`, `・`), a phrase stopped at a kana
 * (`DNSに登録されている` + `送信サーバのIPと比較`), or a next line that starts with a particle or cannot begin
 * a text (`…SHA-1及びRSA1024` + `と呼ばれる…`; a label may start with other kana, `なりすましメール`). Figure
 * text spaced a blank line a line (the 4-5 curriculum, L19065 `…イントロ`, ``, `ダクション`) has no such gaps to
 * read, and keeps the paragraph rule.
 */
export function figureLabels(block: BlockNode, context: BlockContext): BlockNode[] {
  if (block.type !== 'paragraph' || block.role === 'caption') return [block];
  const lines = block.lines.filter((l) => lineText(context, l).trim() !== '');
  if (!lines.some((l, k) => k > 0 && l === lines[k - 1]! + 1)) return [block];
  const groups: number[][] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    const sofar = last ? last.map((l) => lineText(context, l).trim()).join('') : '';
    const open = (sofar.match(/[（(「]/g) ?? []).length > (sofar.match(/[）)」]/g) ?? []).length;
    const next = lineText(context, line).trim();
    const runsOn = open || LIST_GOES_ON.test(sofar) || STOPS_AT_KANA.test(sofar) || CANNOT_START.test(next) || PARTICLE_START.test(next);
    if (last && (line === last[last.length - 1]! + 1 || runsOn)) last.push(line);
    else groups.push([line]);
  }
  if (groups.length <= 1) return [block];
  return groups.map((group): ParagraphNode => {
    const children = joinedInlines(context, group);
    return { type: 'paragraph', role: listRole(inlineText(children).trim()) ?? 'plain', children, lines: group, position: linesPosition(context, group) };
  });
}

/** The nearest non-blank line above `line` is footnote text. */
function followsFootnote(line: number, context: BlockContext): boolean {
  for (let l = line - 1; l > 0; l--) {
    if (context.lines[l - 1]!.text.trim() === '') continue;
    return context.footnoteLines.has(l);
  }
  return false;
}
