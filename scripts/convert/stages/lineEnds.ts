import { columns, isWide } from '../../../src/lib/chars.ts';

/**
 * The width a line wraps at is measured on its neighbours: the median width of the wrapped lines
 * (those without a trailing space) among the nearest content lines. A median, not a maximum, because a
 * table row's first line also carries the 項番 and ministry cells and is wider.
 */
const MEASURE_WINDOW = 20;
const MEASURE_SAMPLES = 3;
/** Narrower columns (the numbers of 別添5-5, the labels of 別添6's charts) show no measure to fill. */
const MEASURE_MIN = 30;
/** Kinsoku and justification leave up to two wide characters unused at a wrap (L5614 is 96 of 97). */
const MEASURE_SLACK = 4;

export function measures(texts: readonly string[]): (number | undefined)[] {
  const wrapped = texts.map((t) => (t.trim() !== '' && !t.endsWith(' ') ? columns(t) : undefined));
  return texts.map((_, k) => {
    const near = wrapped.slice(Math.max(0, k - MEASURE_WINDOW), k + MEASURE_WINDOW + 1).filter((w): w is number => w !== undefined);
    if (near.length < MEASURE_SAMPLES) return undefined;
    near.sort((a, b) => a - b);
    const median = near[Math.floor(near.length / 2)]!;
    return median >= MEASURE_MIN ? median : undefined;
  });
}

/** What the page shows around the end of a line that ends in a space. */
export interface LineEndInput {
  /** The line, trailing spaces included. */
  text: string;
  /** The next content line ('' at the end of a unit). */
  next: string;
  /** The width the line's neighbours wrap at, when they show one. */
  measure: number | undefined;
  /** The paragraph this line would close, from its first line through this one. */
  paragraph: string;
}

export interface LineEnd {
  decision: 'joined' | 'kept';
  /**
   * A joined line keeps one space unless both sides are wide: between two words (L1457 `Data Free␠` →
   * `Flow`) it is the word space, beside Japanese the spacing step treats it like any other.
   */
  space: boolean;
  reason: string;
  /** Whether a proofreader should see this decision in the review list. */
  review: boolean;
}

/** A sentence or item that ends here: final punctuation, a closing bracket, a colon. */
const ENDED = /[。．！？!?」』）)】〕］：:]$/;
/** A list that goes on: a comma or a middle dot (L17567 `…体制の強化・␠` → `意識の向上`). */
export const LIST_GOES_ON = /[、，・]$/;
/** A phrase stopped at a hiragana (L20975 `情報の取扱いについての`): in slides and figure text, where lines end in no space, it goes on. */
export const STOPS_AT_KANA = /[ぁ-ゖ]$/;
/** Characters no line of text begins with: small kana, the long-vowel mark, closing punctuation. */
export const CANNOT_START = /^[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶーゝゞ、。，．）」』】〕］]/;
/**
 * What starts a new item, heading, note or table row: bullets and marks, circled and bracketed numbers,
 * section numbers, 【…】 labels, and the 項番 header of the action-plan tables.
 */
const STARTS_ITEM =
  /^(?:[・※●○◎■□◆◇▼▲►＜<「【]|[①-⑳]|[（(](?:[0-9０-９]+|[ア-ンァ-ヶ一二三四五六七八九十]+)[)）]|[0-9０-９]+(?:[.．][0-9０-９]+)*[ .．、　]|[0-9０-９]+$|[ア-ン][ 　]|[A-Z][ 　]|項番|別添|図表|データ|表[0-9０-９]|第[0-9０-９一二三四五六七八九十]|注|出典|参考)/;
/** Words a sentence opens with; any other hiragana at the start of a line is the rest of a word. */
const OPENS_SENTENCE =
  /^(?:また|さらに|なお|この|その|これ|それ|こう|そう|こちら|そこで|しかし|しかも|ただし|したがって|とりわけ|かかる|ほか|いわゆる|あわせて|ついては|まず|なかでも|とくに|ちなみに|すなわち|[\u3041-\u309f][ 　])/;
const HIRAGANA = /^[\u3041-\u309f]/;
const KATAKANA_END = /[ァ-ヶー]$/;
const KATAKANA_START = /^[ァ-ヶー]/;
const ASCII_WRAP = { end: /[A-Za-z,]$/, next: /^[A-Za-z0-9]/ } as const;
const FULLWIDTH_LETTER = /[Ａ-Ｚａ-ｚ]/;
/** A running sentence: a full stop, or a bullet item (L13911). */
const RUNNING_TEXT = /[。．]|^\s*・/;
/**
 * A numbered heading (L12529 `3.1 自由、公正かつ安全なサイバー空間の堅持`, `(1) …`) may hold a comma; a
 * numbered paragraph (L17445 `(2) このような中、…、…、省内18␠`) holds more.
 */
const HEADING_NUMBER = /^\s*(?:\d+(?:\.\d+)*\s|[(（][0-9０-９]+[)）])/;
const COMMA = /[、，]/g;
/** Two table cells printed on one line are parted by a space between wide characters (L18717 `・令和元年度のトピック ほか`). */
const CELL_GAP = /(?<=[^\x00-\xff]) +(?=[^\x00-\xff])/g;
const OPENERS = /[（(「『【]/g;
const CLOSERS = /[）)」』】]/g;

/** A Latin name goes on: no line of text begins with `&` or a half-width closing bracket (L19267 `& Conformance)`). */
const LATIN_GOES_ON = /^[&)]/;

const quote = (text: string): string => `「${text}」`;

/**
 * A sentence is running: it has a full stop, a comma (two after a heading number), or a bracket it has
 * not closed (L22938 `（セプターカウンシル␠`).
 */
function running(paragraph: string): boolean {
  const commas = paragraph.match(COMMA)?.length ?? 0;
  if (commas >= (HEADING_NUMBER.test(paragraph) ? 2 : 1)) return true;
  return RUNNING_TEXT.test(paragraph) || (paragraph.match(OPENERS)?.length ?? 0) > (paragraph.match(CLOSERS)?.length ?? 0);
}

/**
 * The paragraph holds a bracket it has not closed and the next line closes it before opening another
 * (L17563 `…（以下「人材確保・育成計画」␠` → `という。）…`): the bracket, and so the sentence, goes on.
 */
function closesOnNextLine(paragraph: string, next: string): boolean {
  if ((paragraph.match(OPENERS)?.length ?? 0) <= (paragraph.match(CLOSERS)?.length ?? 0)) return false;
  const close = next.search(CLOSERS);
  const open = next.search(OPENERS);
  return close !== -1 && (open === -1 || close < open);
}

/**
 * Decides whether a line that ends in a space closes its paragraph. The trailing space is the
 * extraction's paragraph mark (seed-structure.md §4.1), but it also falls in mid-sentence and even
 * mid-word (L5614 `…ことによ␠` → `る…`, L17571 `…ＣＳＩＲ␠` → `Ｔ訓練…`). The page shows more: a line
 * that fills the measure, a sentence or list that has not ended, a next line that cannot begin a text.
 */
export function decideLineEnd(input: LineEndInput): LineEnd {
  const body = input.text.trimEnd();
  const next = input.next.trim();
  const last = [...body].at(-1) ?? '';
  const first = [...next][0] ?? '';
  const space = !(isWide(last) && isWide(first));
  const join = (reason: string): LineEnd => ({ decision: 'joined', space, reason, review: true });
  const keep = (reason: string, review: boolean): LineEnd => ({ decision: 'kept', space: false, reason, review });
  if (next === '') return keep('the last line of its unit', false);
  const numbered = /^(?:\d+(?:\.\d+)* |\(\d+\))/.test(next);
  if (ASCII_WRAP.end.test(body) && !input.text.endsWith('  ') && ASCII_WRAP.next.test(next) && !numbered)
    return join(`an ASCII word wraps: ${quote(last)} and ${quote(first)} are two words, one space stays`);
  if (LATIN_GOES_ON.test(next)) return join(`the next line starts with ${quote(first)}, the rest of a Latin name`);
  if (CANNOT_START.test(next)) return join(`the next line starts with ${quote(first)}, which cannot begin a line of text`);
  if (FULLWIDTH_LETTER.test(last) && FULLWIDTH_LETTER.test(first)) return join(`a full-width word runs on: ${quote(last)} + ${quote(first)}`);
  if (closesOnNextLine(input.paragraph, next)) return join(`the bracket the paragraph opened closes on the next line, ${quote([...next].slice(0, 12).join(''))}`);
  if (ENDED.test(body)) return keep(`the line ends with ${quote(last)}`, false);
  if (STARTS_ITEM.test(next)) return keep(`the next line starts a new item with ${quote(first)}`, false);
  if (LIST_GOES_ON.test(body)) return join(`the line ends with ${quote(last)}: the list goes on, and the next line starts no new item`);
  const measure = input.measure;
  const fills = measure !== undefined && columns(body) >= measure - MEASURE_SLACK;
  const width = measure === undefined ? '' : ` (${columns(body)} of ${measure} columns)`;
  const restOfWord = HIRAGANA.test(next) && !OPENS_SENTENCE.test(next);
  if (!fills) {
    if (running(input.paragraph) && restOfWord)
      return keep(`the sentence has not ended and the next line starts with ${quote(first)}, but the line is short${width}`, true);
    return keep('a short line without 。: a title or a label', false);
  }
  const lastCell = body.split(CELL_GAP).at(-1)!;
  if (lastCell !== body && columns(lastCell) < measure! / 2) return keep(`the line ends in a table cell of its own, ${quote(lastCell.trim())}`, false);
  if (restOfWord) return join(`fills the measure${width} and the next line starts with ${quote(first)}, the rest of a word`);
  if (KATAKANA_END.test(body) && KATAKANA_START.test(next)) return join(`fills the measure${width} and a katakana word runs on: ${quote(last)} + ${quote(first)}`);
  if (input.next.endsWith(' ') && columns(next) <= Math.max(4, measure! / 4)) return join(`fills the measure${width} and the next line, ${quote(next)}, is the short rest of it`);
  if (running(input.paragraph)) return join(`fills the measure${width} and the sentence has not ended with 。`);
  if (HEADING_NUMBER.test(input.paragraph)) return keep(`a numbered heading that fills the measure${width}`, false);
  return keep(`fills the measure${width} without 。, but reads as a title`, true);
}
