import type { BlockContext } from '../blockContext.ts';
import type { GlossaryRules } from '../../data/schema.ts';
import { fail, quoteLine } from '../../messages.ts';
import type { BlockNode, GlossaryNode, GlossaryTermNode } from '../../types.ts';
import { inlineText } from '../inlines.ts';
import { englishForm } from './englishForm.ts';
import { blockLines, joinedInlines, type LineStart, lineText, linesPosition, squash } from './lines.ts';

/** The term column is 16 display columns wide (8 full-width characters); seed-structure.md §6. */
const TERM_COLUMN = 17;
/** L24313 `A AI 人工知能の…`: an index letter (Latin capital, digit or kana) and a space open a row. */
const INDEX_ROW = /^ ?([A-Z0-9ぁ-ん]) (\S.*)$/;
/** L24323 ` AIST National…`: one or two spaces open a row whose index column is empty. */
const EMPTY_INDEX_ROW = /^ {1,2}(\S.*)$/;
/** L24311 ` 用  語 解  説 `: the column header. */
const COLUMN_HEADER = '用語解説';

const width = (text: string): number => [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x80 || (c >= '｡' && c <= 'ﾟ') ? 1 : 2), 0);

interface Row {
  index: string;
  term: string;
  termLines: number[];
  bodyLines: number[];
  /** Explanation text on the term's own line, after the term. */
  inlineBody?: { line: number; column: number };
}

/**
 * 別添8 as a glossary (seed-structure.md §6): rows open with an index letter or one or two spaces; a
 * row whose text fits the term column is a term wrapped over 2–3 lines (ending in a space), any other
 * row is `term explanation`, split at the first space unless a multi-word term begins there.
 */
export function glossary(blocks: readonly BlockNode[], context: BlockContext, rules: GlossaryRules): BlockNode[] {
  const header = blocks.findIndex((b) => b.type === 'paragraph' && b.lines.some((l) => squash(lineText(context, l)) === COLUMN_HEADER));
  if (header === -1) fail({ line: blocks[0] && 'position' in blocks[0] ? blocks[0].position.start.line : 1, column: 1, reason: 'the glossary has no column header', rule: 'glossary/header-missing', fix: 'update COLUMN_HEADER in stages/annexes/glossary.ts to the header as printed, or check 別添8 in scripts/convert/data/units.json', expected: '` 用  語 解  説 `' });
  const lines = blockLines(blocks.slice(header));
  const body = lines.filter((l) => squash(lineText(context, l)) !== COLUMN_HEADER && lineText(context, l).trim() !== '');

  const rows: Row[] = [];
  let index = '';
  let k = 0;
  while (k < body.length) {
    const line = body[k]!;
    const text = lineText(context, line);
    const open = rows[rows.length - 1];
    const indexed = text.match(INDEX_ROW);
    const rest = indexed ? indexed[2]! : (text.match(EMPTY_INDEX_ROW)?.[1] ?? '');
    const startsRow = (indexed !== null || rest !== '') && rowShape(rest, rules) !== 'continuation';
    if (!startsRow) {
      if (!open) fail({ line, column: 1, reason: 'glossary text before the first term', rule: 'glossary/orphan-text', fix: 'the first row opens with an index letter (INDEX_ROW in stages/annexes/glossary.ts): widen INDEX_ROW to this line', found: quoteLine(context.lines[line - 1]!.text) });
      open.bodyLines.push(line);
      k += 1;
      continue;
    }
    if (indexed) index = indexed[1]!;
    const restColumn = text.indexOf(rest) + 1;
    if (rowShape(rest, rules) === 'inline') {
      const term = rules.multiWordTerms.find((t) => rest.startsWith(`${t} `)) ?? rest.slice(0, rest.indexOf(' '));
      const after = rest.slice(term.length);
      rows.push({ index, term, termLines: [line], bodyLines: [], inlineBody: { line, column: restColumn + term.length + (after.length - after.trimStart().length) } });
      k += 1;
      continue;
    }
    // A wrapped term: fragments up to the one that ends in a space (L24563 ` IoT推進コンソー` + `シアム `).
    const termLines = [line];
    let term = rest.trim();
    while (!context.lines[termLines[termLines.length - 1]! - 1]!.text.endsWith(' ')) {
      const next = body[k + termLines.length];
      if (next === undefined || width(lineText(context, next).trim()) > TERM_COLUMN) fail({ line, column: 1, reason: 'a wrapped glossary term does not end', rule: 'glossary/term-unended', fix: 'add the term to `multiWordTerms` in scripts/convert/data/glossary.json if it holds a space, or check TERM_COLUMN in stages/annexes/glossary.ts', expected: 'a short line ending in a space', found: quoteLine(context.lines[line - 1]!.text) });
      termLines.push(next);
      term += lineText(context, next).trim();
    }
    // L24623 `ISO/IEC JTC 1 SC ` + `27 `: the second fragment of a multi-word term is on a line of its own.
    const next = body[k + termLines.length];
    const spaced = next === undefined ? undefined : rules.multiWordTerms.find((t) => t === `${term} ${lineText(context, next).trim()}`);
    if (spaced && next !== undefined) {
      termLines.push(next);
      term = spaced;
    }
    rows.push({ index, term, termLines, bodyLines: [] });
    k += termLines.length;
  }

  const letters: GlossaryNode['letters'] = [];
  const ids = new Set<string>();
  for (const row of rows) {
    const id = termId(row, rules, letters.find((l) => l.index === row.index)?.terms.length ?? 0);
    if (ids.has(id)) fail({ line: row.termLines[0]!, column: 1, reason: `two glossary terms get the id \`${id}\``, rule: 'glossary/duplicate-id', fix: 'give one of them an id in scripts/convert/data/glossary.json' });
    ids.add(id);
    const allLines = [...row.termLines, ...row.bodyLines];
    const node: GlossaryTermNode = {
      type: 'glossaryTerm',
      id,
      index: row.index,
      term: row.term,
      definition: definitionParagraphs(row, context),
      lines: allLines,
      position: linesPosition(context, allLines),
    };
    let letter = letters.find((l) => l.index === row.index);
    if (!letter) {
      letter = { index: row.index, id: `index-${indexKey(row, rules)}`, terms: [] };
      letters.push(letter);
    }
    const english = englishForm(node.term, node.definition.map((p) => inlineText(p)).join('').trim());
    letter.terms.push(english ? { ...node, english } : node);
  }
  return [...blocks.slice(0, header), { type: 'glossary', letters, lines, position: linesPosition(context, lines) }];
}

/** `inline` for `term explanation`, `wrapped` for a term fragment alone on its line, `continuation` for explanation text. */
function rowShape(rest: string, rules: GlossaryRules): 'inline' | 'wrapped' | 'continuation' {
  const trimmed = rest.trimEnd();
  if (width(trimmed) <= TERM_COLUMN) return 'wrapped';
  if (rules.multiWordTerms.some((t) => trimmed.startsWith(`${t} `))) return 'inline';
  const space = trimmed.indexOf(' ');
  // L24541 ` 2008年４月から運用を開始した…`: a space-led paragraph of the explanation, no term column.
  return space > 0 && width(trimmed.slice(0, space)) <= TERM_COLUMN ? 'inline' : 'continuation';
}

/** ASCII key of an index letter: `a` for A, `jp-a` for あ (kana keys are prefixed so that あ and A, い and I stay apart). */
function indexKey(row: Row, rules: GlossaryRules): string {
  if (/^[A-Z0-9]$/.test(row.index)) return row.index.toLowerCase();
  const romaji = rules.indexRomaji[row.index];
  if (!romaji) fail({ line: row.termLines[0]!, column: 1, reason: `index letter \`${row.index}\` has no ASCII spelling`, rule: 'glossary/index-romaji', fix: 'add it to `indexRomaji` in scripts/convert/data/glossary.json' });
  return `jp-${romaji}`;
}

/** ASCII ids: a Latin term is its own slug (`term-apache-struts`); others are their index key and their place under it (`term-jp-sa-3`, `term-i-6`). */
function termId(row: Row, rules: GlossaryRules, countSoFar: number): string {
  if (/^[\x21-\x7e ]+$/.test(row.term)) return `term-${row.term.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  return `term-${indexKey(row, rules)}-${countSoFar + 1}`;
}

/** The explanation, one paragraph per run of lines closed by a trailing space that the paragraph rule kept as an end. */
function definitionParagraphs(row: Row, context: BlockContext): GlossaryTermNode['definition'] {
  const starts: LineStart[] = [...(row.inlineBody ? [row.inlineBody] : []), ...row.bodyLines.map((line) => ({ line }))];
  const paragraphs: GlossaryTermNode['definition'] = [];
  let open: LineStart[] = [];
  for (const start of starts) {
    open.push(start);
    if (context.lines[start.line - 1]!.text.endsWith(' ') && !context.joinedLines.has(start.line)) {
      paragraphs.push(joinedInlines(context, open));
      open = [];
    }
  }
  if (open.length > 0) paragraphs.push(joinedInlines(context, open));
  return paragraphs;
}
