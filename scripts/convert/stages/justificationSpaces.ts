import type { TreeStage } from '../stage.ts';
import type { InlineNode, SourceLine, SpaceDecision } from '../types.ts';
import { mapProse } from './proseRuns.ts';

/**
 * Spaces the extraction put inside a sentence (issue 11). Justified lines, above all in the narrow
 * columns of 別添2, come out of the PDF with a gap read as a space between two characters of one
 * sentence: 「民間企業における␠サイバーセキュリティ対策の」, 「サービス␠を提供している」, 「ことによ␠る」.
 * Japanese prose has no such spaces, so one between two word characters (kana, kanji, full-width digits
 * and letters) is dropped when it stands in a sentence that ends with 。 and outside brackets, where a
 * title or a name may keep one as printed (「「Wi-Fi利用者向け 簡易マニュアル」」). An item number keeps
 * its space (「※１␠設定された…。」, 「）２␠政府機関における」). Headings, names and table heads have no
 * sentence and are left as printed.
 */
const WORD = /[\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;
const DIGITS = /^[0-9０-９]+$/u;
const OPENING = '「『（(【〔［｛';
const CLOSING = '」』）)】〕］｝';
const SENTENCE_END = '。';
/** Stands for a footnote reference or a link in the text scanned: neither a word character nor a space. */
const OTHER = '\u0000';

/** Offsets of the spaces in `text` that the extraction put inside a sentence. */
export function sentenceSpaces(text: string): number[] {
  const found: number[] = [];
  let depth = 0;
  let sentenceStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (OPENING.includes(c)) depth += 1;
    else if (CLOSING.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === SENTENCE_END) sentenceStart = i + 1;
    else if (c === ' ' && depth === 0 && WORD.test(text[i - 1] ?? '') && WORD.test(text[i + 1] ?? '') && text.includes(SENTENCE_END, i) && !afterItemNumber(text, sentenceStart, i)) {
      found.push(i);
    }
  }
  return found;
}

/**
 * The word before the space is an item number: a number that begins the sentence or follows a bracket
 * or a mark (「）２␠政府機関」, 「※１␠設定」), not one between two spaces of a sentence (「を␠５␠件」).
 */
function afterItemNumber(text: string, sentenceStart: number, space: number): boolean {
  let start = space;
  while (start > sentenceStart && WORD.test(text[start - 1]!)) start -= 1;
  return DIGITS.test(text.slice(start, space)) && (start === sentenceStart || text[start - 1] !== ' ');
}

/** The run without its sentence spaces, and the words around each one dropped. */
export function withoutSentenceSpaces(nodes: readonly InlineNode[]): { nodes: InlineNode[]; dropped: string[] } {
  const text = nodes.map((n) => (n.type === 'text' ? n.value : OTHER)).join('');
  const drop = new Set(sentenceSpaces(text));
  if (drop.size === 0) return { nodes: [...nodes], dropped: [] };
  const dropped = [...drop].map((i) => `${text.slice(Math.max(0, i - 8), i)}␠${text.slice(i + 1, i + 9)}`.replaceAll(OTHER, ''));
  let offset = 0;
  const out = nodes.map((node): InlineNode => {
    const start = offset;
    if (node.type !== 'text') {
      offset += 1;
      return node;
    }
    offset += node.value.length;
    return { ...node, value: node.value.split('').filter((_, k) => !drop.has(start + k)).join('') };
  });
  return { nodes: out, dropped };
}

/** Every unit with the sentence spaces of its prose dropped; where each one was goes to `file.data.spaces`, for review. */
export function justificationSpaces(lines: readonly SourceLine[]): TreeStage {
  return (root, file) => {
    const spaces: SpaceDecision[] = (file.data.spaces ??= []);
    return mapProse(root, (nodes, { lines: where }) => {
      const { nodes: kept, dropped } = withoutSentenceSpaces(nodes);
      for (const context of dropped) {
        const [left, right] = context.split('␠').map((side) => [...side]);
        const printed = `${left!.at(-1)} ${right![0]}`;
        spaces.push({ line: where.find((l) => lines[l - 1]!.text.includes(printed)) ?? where[0]!, context });
      }
      return kept;
    });
  };
}
