import type { BlockContext } from '../blockContext.ts';
import { fail, quoteLine } from '../../messages.ts';
import type { BlockNode, FigureNode, HeadingNode, InlineNode, ParagraphNode, TableCell, TableNode } from '../../types.ts';
import { inlineText } from '../inlines.ts';
import { blockLines, cell, cellInlines, joinedInlines, lineText, linesPosition, squash, tableNode } from './lines.ts';

/** A chart's axis ticks start it: L19505 `0.0%` (one a line), L19547 `0% 20% 40% 60% 80% 100%`. */
const TICKS = /^\d+(?:\.\d)?%(?: \d+(?:\.\d)?%)*$/;
/** The legend of the university survey's charts ends them: L19842 `行っている 行っていない 中途段階`, L20280 `… 該当なし`. */
const LEGEND = /^行っている 行っていない \S+$/;
/** Without a legend, the prose after the chart ends it: a bullet (L19583) or a sentence (L19535 ` 第２部の全てを…、…`). */
const PROSE = /^・|[、。]/;
/** The title of an agencies chart, printed under it: L19569 `款ごとの遵守率100%の法人割合`; not the axis label `法人割合`. */
const TITLE = /.+の法人割合$/;
/** An item of a university chart is a sentence over one to three lines: L19812–19814 `…支援を` + `…構築している。`. */
const ITEM_END = /。$/;
/** L19846 `・外部専門家の支援を…構築している法人は 46 法人（50％）である。`: the count and share of 行っている. */
const RESULT = /^・(.*?)法人は、? ?(\d+) ?法人（(\d+[％%])）/;
/** Least bigram overlap (Dice) between a result sentence and the chart item it reports on. */
const MIN_MATCH = 0.5;

interface Chart {
  lines: number[];
  legend?: number;
}

/**
 * 別添4-8 (seed-structure.md §3.5): the charts were images, but their text was extracted in between the
 * prose: axis ticks, item labels, a legend, a title, and words printed one character a line (L19531–19534
 * `法`/`人`/`割`/`合`). An agencies chart becomes a figure titled by its printed title, with that text as
 * its figure text. A university chart becomes a table of its items with the count and share of 法人 that
 * answered 行っている, read from the result sentences printed after it (which stay as they are); items no
 * sentence reports on keep empty cells. Its ticks and legend are the table's figure text.
 */
export function surveyCharts(blocks: readonly BlockNode[], context: BlockContext): BlockNode[] {
  const lines = blockLines(blocks).filter((l) => lineText(context, l).trim() !== '');
  const headingLines = new Set(blocks.flatMap((b) => (b.type === 'heading' ? b.lines : [])));
  const charts: Chart[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (!TICKS.test(lineText(context, lines[k]!).trim())) continue;
    const chart: Chart = { lines: [] };
    let legendAhead = false;
    // A legend before the next bullet, chart or heading: a university chart, whose items are sentences.
    for (let j = k + 1; j < lines.length && !headingLines.has(lines[j]!); j++) {
      const text = lineText(context, lines[j]!).trim();
      legendAhead = LEGEND.test(text);
      if (legendAhead || text.startsWith('・') || TICKS.test(text)) break;
    }
    for (; k < lines.length && !headingLines.has(lines[k]!); k++) {
      const text = lineText(context, lines[k]!).trim();
      if (!legendAhead && PROSE.test(text)) break;
      chart.lines.push(lines[k]!);
      if (legendAhead && LEGEND.test(text)) {
        chart.legend = lines[k]!;
        k += 1;
        break;
      }
    }
    k -= 1;
    charts.push(chart);
  }

  let result = [...blocks];
  for (const chart of charts) {
    const node = chart.legend === undefined ? agenciesFigure(chart, context) : universitiesTable(chart, result, context);
    result = placeChart(result, chart.lines, node, context);
  }
  return result;
}

/** Puts the chart in place of its lines; the prose that the extraction ran into it becomes a paragraph again. */
function placeChart(blocks: readonly BlockNode[], lines: readonly number[], node: BlockNode, context: BlockContext): BlockNode[] {
  const taken = new Set(lines);
  let placed = false;
  return blocks.flatMap((block): BlockNode[] => {
    const own = blockLines([block]).filter((l) => lineText(context, l).trim() !== '');
    if (!own.some((l) => taken.has(l))) return [block];
    if (block.type !== 'paragraph') fail({ line: own[0]!, column: 1, reason: `a ${block.type} holds chart text`, rule: 'surveyCharts/not-a-paragraph', fix: `an earlier stage made these lines a ${block.type}: check it, or TICKS and LEGEND in stages/annexes/surveyCharts.ts if these lines are no chart` });
    const rest = own.filter((l) => !taken.has(l));
    if (rest.some((l) => l < lines[lines.length - 1]!)) fail({ line: rest[0]!, column: 1, reason: 'prose before or inside a chart’s text', rule: 'surveyCharts/prose-inside', fix: 'a chart ends at its legend (LEGEND) or at prose (PROSE): adjust the rule in stages/annexes/surveyCharts.ts that ends this chart', found: quoteLine(context.lines[rest[0]! - 1]!.text) });
    const out: BlockNode[] = placed ? [] : [node];
    placed = true;
    if (rest.length > 0) {
      const text = lineText(context, rest[0]!).trim();
      out.push({ type: 'paragraph', role: text.startsWith('・') ? 'bullet' : 'plain', children: joinedInlines(context, rest), lines: rest, position: linesPosition(context, rest) });
    }
    return out;
  });
}

/** Paragraphs of chart text: one a line, but letters printed one a line (`法`/`人`/`割`/`合`, `D`/`o`) read as one word. */
function chartParagraphs(lines: readonly number[], context: BlockContext): ParagraphNode[] {
  const runs: number[][] = [];
  for (const line of lines) {
    const single = [...lineText(context, line).trim()].length === 1;
    const last = runs[runs.length - 1];
    if (single && last && [...lineText(context, last[0]!).trim()].length === 1) last.push(line);
    else runs.push([line]);
  }
  return runs.map((run) => ({ type: 'paragraph', role: 'plain', children: joinedInlines(context, run, 'cell'), lines: run, position: linesPosition(context, run) }));
}

function agenciesFigure(chart: Chart, context: BlockContext): FigureNode {
  const titles = chart.lines.filter((l) => TITLE.test(lineText(context, l).trim()));
  if (titles.length !== 1) fail({ line: chart.lines[0]!, column: 1, reason: `a chart with ${titles.length} titles`, rule: 'surveyCharts/title', fix: 'update TITLE in stages/annexes/surveyCharts.ts (a line ending in の法人割合) to the title printed under this chart', expected: 'one line ending in `の法人割合` (L19569 `款ごとの遵守率100%の法人割合`)' });
  const title = titles[0]!;
  return {
    type: 'figure',
    label: '',
    caption: { type: 'paragraph', role: 'caption', children: joinedInlines(context, [title]), lines: [title], position: linesPosition(context, [title]) },
    content: chartParagraphs(chart.lines.filter((l) => l !== title), context),
    position: linesPosition(context, chart.lines),
  };
}

const bigrams = (s: string): string[] => [...s].slice(1).map((c, i) => s[i] + c);
function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const pool = [...y];
  let common = 0;
  for (const g of x) {
    const at = pool.indexOf(g);
    if (at !== -1) (common += 1), pool.splice(at, 1);
  }
  return (2 * common) / (x.length + y.length || 1);
}

function universitiesTable(chart: Chart, blocks: readonly BlockNode[], context: BlockContext): TableNode {
  const [ticks, ...rest] = chart.lines;
  const itemLines = rest.filter((l) => l !== chart.legend);
  const items: number[][] = [];
  let open: number[] = [];
  for (const line of itemLines) {
    open.push(line);
    if (ITEM_END.test(lineText(context, line).trim())) items.push(open), (open = []);
  }
  if (open.length > 0) fail({ line: open[0]!, column: 1, reason: 'a chart item that does not end in 。', rule: 'surveyCharts/item-end', fix: 'an item ends in 。 (ITEM_END) and the chart ends at its legend (LEGEND): check both in stages/annexes/surveyCharts.ts', found: quoteLine(context.lines[open[0]! - 1]!.text) });
  const heading = blocks.filter((b): b is HeadingNode => b.type === 'heading' && b.lines[0]! < ticks!).at(-1);
  if (!heading) fail({ line: ticks!, column: 1, reason: 'a chart before any heading', rule: 'surveyCharts/heading', fix: 'the table is named after the heading above the chart: check that stages/headings.ts finds it' });
  // The result sentences under the same heading, after the chart.
  const after = blocks.slice(blocks.indexOf(heading) + 1);
  const end = after.findIndex((b) => b.type === 'heading');
  const sentences = (end === -1 ? after : after.slice(0, end))
    .filter((b): b is ParagraphNode => b.type === 'paragraph')
    .flatMap((p) => {
      // A sentence may still be joined to the chart's legend: take the text after it.
      const own = p.lines.filter((l) => !chart.lines.includes(l) && lineText(context, l).trim() !== '');
      const text = own.length === p.lines.length ? inlineText(p.children) : inlineText(joinedInlines(context, own));
      const m = text.trim().match(RESULT);
      return m ? [{ subject: squash(m[1]!), count: m[2]!, share: m[3]!, line: own[0]! }] : [];
    });
  const itemTexts = items.map((item) => squash(item.map((l) => lineText(context, l)).join('')).replace(/。$/, ''));
  const values = new Map<number, { count: string; share: string }>();
  for (const s of sentences) {
    const scores = itemTexts.map((t) => dice(s.subject, t));
    const best = scores.indexOf(Math.max(...scores));
    if (scores[best]! < MIN_MATCH || values.has(best)) {
      fail({ line: s.line, column: 1, reason: 'a result sentence matches no chart item of its own', rule: 'surveyCharts/result-item', fix: 'compare the sentence with the chart items: MIN_MATCH in stages/annexes/surveyCharts.ts sets how close they must read', expected: `an item not yet taken with bigram overlap ≥ ${MIN_MATCH}`, found: `${scores[best]!.toFixed(2)} for ${quoteLine(itemTexts[best]!)}` });
    }
    values.set(best, { count: s.count, share: s.share });
  }
  const number = (heading.label.match(/[０-９0-9]+/)?.[0] ?? '').normalize('NFKC');
  const text = (value: string | undefined): TableCell => cell(value === undefined ? [] : [{ type: 'text', value } satisfies InlineNode]);
  return tableNode(context, chart.lines, {
    id: `${heading.id}-results`,
    labelKey: { key: 'surveyResultsTable', params: { n: number } },
    head: [['surveyItem', 'surveyCount', 'surveyShare'].map((key): TableCell => ({ paragraphs: [[]], uiText: key }))],
    rows: items.map((item, k) => [cell(joinedInlines(context, item), true), text(values.get(k)?.count), text(values.get(k)?.share)]),
    figureText: [ticks!, chart.legend!].map((l) => cellInlines(context, l, lineText(context, l).trim())),
  });
}
