/** The proof sheets as HTML: one page's source beside its blocks, and the index of all sheets. */
import type { LineView, Sheet, SheetRow } from './align.ts';
import type { ProofBlock, RenderedLine, Span } from './blocks.ts';

const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The file a page's sheet is written to: its slug with `/` as `--`. */
export const sheetFile = (slug: string): string => `${slug.replaceAll('/', '--')}.html`;

const STYLE = `
:root { --ja: "Noto Sans JP", "Noto Sans CJK JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, sans-serif;
  --mono: "Noto Sans Mono CJK JP", "BIZ UDGothic", "MS Gothic", ui-monospace, monospace; }
body { margin: 0; font: 15px/1.6 var(--ja); color: #1b1b1b; background: #fff; }
header { position: sticky; top: 0; z-index: 1; background: #e8e8e8; border-bottom: 1px solid #999; padding: .2rem .5rem 0; }
header h1 { font-size: 1.1rem; margin: 0; }
header p { margin: 0; font-size: .8rem; }
.cols { display: grid; grid-template-columns: 50% 50%; font-weight: bold; padding: .2rem 0; }
table.proof { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.proof > tbody > tr > td { vertical-align: top; border-top: 1px solid #ccc; padding: .2rem .5rem; }
td.src { width: 50%; font-family: var(--mono); font-size: 14px; }
.l { display: flex; gap: .5rem; white-space: pre-wrap; word-break: break-all; }
.l:target, .blk:target, .row:target { outline: 3px solid #c60; }
.l, .blk, .row { scroll-margin-top: 7rem; }
.n { flex: none; width: 3.5rem; text-align: right; color: #666; user-select: none; }
.n a { color: inherit; text-decoration: none; }
.t { flex: 1; }
.sp { background: #f8b4cf; box-shadow: inset 0 0 0 1px #c36; }
.end { flex: none; font-family: var(--ja); font-size: .75rem; padding: 0 .3rem; border-radius: 3px; align-self: start; }
.end.join, .end.within { color: #555; }
.end.split { color: #fff; background: #555; }
.end.resume { color: #036; background: #def; }
.end.decision { color: #000; background: #fc3; font-weight: bold; }
.badge { font-family: var(--ja); font-size: .75rem; border: 1px solid currentColor; border-radius: 3px; padding: 0 .3rem; margin-right: .4rem; }
.blank { color: #999; font-size: 9px; line-height: 1.1; }
mark.fn { background: #cde; color: #00c; font-weight: bold; }
.furniture { background: repeating-linear-gradient(135deg, #eee 0 6px, #f8f8f8 6px 12px); color: #555; }
.footnote { background: #eef6ff; }
.elsewhere td { background: #f8f8f8; color: #555; font-style: italic; }
.blk h2 { font-size: .8rem; font-weight: normal; color: #555; margin: 0 0 .2rem; font-family: var(--mono); }
.blk h2 a { color: inherit; }
.cont { color: #777; font-size: .85rem; }
.rl { display: flex; gap: .5rem; margin: .1rem 0; }
.tag { flex: none; min-width: 5rem; font-size: .75rem; color: #036; background: #eef; padding: 0 .3rem; border-radius: 3px; align-self: start; }
.cells { flex: 1; display: flex; flex-wrap: wrap; }
.cell { border-left: 2px solid #69c; padding: 0 .4rem; }
.cell:first-child { border-left: none; padding-left: 0; }
.cells.many .cell:first-child { border-left: 2px solid #69c; padding-left: .4rem; }
sup.fnref { color: #00c; font-weight: bold; }
.term { text-decoration: underline dotted; }
.ui { color: #666; font-style: italic; }
.pbreak { color: #999; }
.row { border-top: 1px dotted #bbb; }
.warn { color: #b00; }
table.index { border-collapse: collapse; }
table.index th, table.index td { border: 1px solid #ccc; padding: .2rem .5rem; text-align: right; }
table.index th:nth-child(2), table.index td:nth-child(2), table.index th:nth-child(3), table.index td:nth-child(3) { text-align: left; }
`;

/** A page whose header (title, legend, column names) stays in view while scrolling. */
function page(title: string, head: string, columns: string, table: string): string {
  return `<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><style>${STYLE}</style></head>
<body>
<header>${head}${columns}</header>
<main>${table}</main>
</body>
</html>
`;
}

function spanHtml(s: Span): string {
  if (s.kind === 'fnref') return `<sup class="fnref" title="footnote ${escape(s.target)}">[^${escape(s.text)}]</sup>`;
  if (s.kind === 'term') return `<span class="term" title="glossary ${escape(s.target)}">${escape(s.text)}</span>`;
  if (s.kind === 'ui') return `<span class="ui">[${escape(s.text)}]</span>`;
  if (s.kind === 'break') return '<span class="pbreak"> ¶ </span>';
  return escape(s.text);
}

function renderedLine(line: RenderedLine): string {
  const cells = line.cells.map((c) => `<span class="cell">${c.map(spanHtml).join('')}</span>`).join('');
  return `<div class="rl"><span class="tag">${escape(line.tag)}</span><span class="cells${line.cells.length > 1 ? ' many' : ''}">${cells}</span></div>`;
}

function blockHtml(block: ProofBlock, unitSlug: string): string {
  const meta = [block.kind, block.within, block.page !== unitSlug ? `shown on /${block.page}/` : ''].filter(Boolean).join(' · ');
  const rows = (block.rows ?? []).map(
    (r) =>
      `<div class="row" id="${escape(r.id)}"><h2><a href="#${escape(r.id)}">${escape(r.id)}</a> · ${r.lines.length > 0 ? `L${r.lines[0]}–${r.lines[r.lines.length - 1]} (found by text)` : '<span class="warn">cells not found in the source</span>'}</h2>${r.text.map(renderedLine).join('')}</div>`,
  );
  return `<div class="blk" id="${escape(block.id)}"><h2><a href="#${escape(block.id)}">${escape(block.id)}</a> · ${escape(meta)}</h2>${block.text.map(renderedLine).join('')}${rows.join('')}</div>`;
}

/**
 * Source text with the trailing spaces, which decide paragraph ends, shown as a pink box (fonts lack ␠),
 * and the digits the converter took as footnote references highlighted.
 */
function sourceText(v: LineView): string {
  const body = v.text.trimEnd();
  const trailing = v.text.length - body.length;
  let html = '';
  let cursor = 0;
  for (const m of [...(v.marks ?? [])].sort((a, b) => a.column - b.column)) {
    html += escape(body.slice(cursor, m.column - 1));
    html += `<mark class="fn" title="footnote reference → ${escape(m.footnoteId)}">${escape(body.slice(m.column - 1, m.column - 1 + m.length))}</mark>`;
    cursor = m.column - 1 + m.length;
  }
  html += escape(body.slice(cursor));
  return `${html}${trailing > 0 ? `<span class="sp" title="${trailing} trailing space${trailing > 1 ? 's' : ''}">${' '.repeat(trailing)}</span>` : ''}`;
}

function endMark(v: LineView): string {
  if (v.decision) return `<span class="end decision" title="${escape(v.decision.reason)}">${v.decision.decision === 'joined' ? '↩ joined' : '¶ kept'}: ${escape(v.decision.reason)}</span>`;
  if (v.end.mark === 'join') return '<span class="end join" title="joined to the next line: same block, no break">↩</span>';
  if (v.end.mark === 'within') return '<span class="end within" title="the next line is in the same block, another part of it (cell, row) or the tree does not say">⋯</span>';
  if (v.end.mark === 'split') return '<span class="end split" title="the block ends; the next line starts a new block">¶ split</span>';
  if (v.end.mark === 'resume') return `<span class="end resume" title="the block goes on after other lines"><a href="#L${v.end.at}">→ L${v.end.at}</a></span>`;
  return '';
}

function lineHtml(v: LineView): string {
  const { role, target } = v.fate;
  const cls = role === 'blank' ? 'blank' : role === 'furniture' ? 'furniture' : role === 'footnote' ? 'footnote' : '';
  const badge = role === 'furniture' ? `<span class="badge">${escape(target)}</span>` : role === 'footnote' ? `<span class="badge">注 ${escape(target)}</span>` : '';
  return `<div class="l${cls ? ` ${cls}` : ''}" id="L${v.line}"><span class="n"><a href="#L${v.line}">${v.line}</a></span><span class="t">${badge}${role === 'blank' ? '' : sourceText(v)}</span>${endMark(v)}</div>`;
}

function rowHtml(row: SheetRow, unitSlug: string): string {
  if (row.kind === 'elsewhere') {
    return `<tr class="elsewhere"><td colspan="2">L${row.from}–${row.to}: on the sheet of <a href="${sheetFile(row.page)}#L${row.from}">/${escape(row.page)}/</a></td></tr>`;
  }
  const right = !row.block
    ? ''
    : row.first
      ? blockHtml(row.block, unitSlug)
      : `<p class="cont">… continues <a href="#${escape(row.block.id)}">${escape(row.block.id)}</a> (from L${row.block.lines[0]})</p>`;
  return `<tr><td class="src">${row.lines.map(lineHtml).join('')}</td><td>${right}</td></tr>`;
}

export interface SheetCounts {
  lines: number;
  blocks: number;
  furniture: number;
  blank: number;
  footnote: number;
  joins: number;
  splits: number;
  decisions: number;
}

export function sheetCounts(sheet: Sheet): SheetCounts {
  const views = sheet.rows.flatMap((r) => (r.kind === 'lines' ? r.lines : []));
  const count = (p: (v: LineView) => boolean): number => views.filter(p).length;
  return {
    lines: views.length,
    blocks: sheet.rows.filter((r) => r.kind === 'lines' && r.first).length,
    furniture: count((v) => v.fate.role === 'furniture'),
    blank: count((v) => v.fate.role === 'blank'),
    footnote: count((v) => v.fate.role === 'footnote'),
    joins: count((v) => v.end.mark === 'join'),
    splits: count((v) => v.end.mark === 'split'),
    decisions: count((v) => v.decision !== undefined),
  };
}

const LEGEND =
  '↩ joined to the next line · ⋯ next line in the same block, another part (cell, row) · <span class="end split">¶ split</span> block ends · <span class="end resume">→ L</span> block goes on later · <span class="end decision">decision</span> a line end the paragraph rule flagged · <span class="sp"> </span> trailing space · <span class="furniture">hatched</span>: furniture, dropped · <span class="footnote">blue</span>: footnote lines · tiny numbers: blank lines · <mark class="fn">3</mark> / <sup class="fnref">[^3]</sup> footnote reference · <span class="ui">[…]</span> generated, not report text';

export function sheetHtml(sheet: Sheet): string {
  const c = sheetCounts(sheet);
  const head = `<h1>${escape(sheet.unit.title)} <small>/${escape(sheet.unit.slug)}/</small></h1><p><a href="index.html">all sheets</a> · ${c.lines} lines, ${c.blocks} blocks, ${c.furniture} furniture, ${c.decisions} flagged line ends · ${LEGEND}</p>`;
  const columns = '<div class="cols"><span>source (content/source/cybersecurity2020.txt)</span><span>rendered</span></div>';
  const table = `<table class="proof" aria-label="source lines beside rendered blocks"><tbody>${sheet.rows.map((r) => rowHtml(r, sheet.unit.slug)).join('\n')}</tbody></table>`;
  return page(`proof: ${sheet.unit.title}`, head, columns, table);
}

export function indexHtml(sheets: readonly Sheet[]): string {
  const counts = sheets.map(sheetCounts);
  const columns = ['lines', 'blocks', 'furniture', 'blank', 'footnote', 'joins', 'splits', 'decisions'] as const;
  const rows = sheets.map((s, i) => {
    const first = s.rows.find((r) => r.kind === 'lines');
    const from = first?.kind === 'lines' ? first.lines[0]!.line : 0;
    return `<tr><td>${i + 1}</td><td><a href="${sheetFile(s.unit.slug)}">/${escape(s.unit.slug)}/</a></td><td>${escape(s.unit.title)}</td><td>L${from}</td>${columns.map((k) => `<td>${counts[i]![k]}</td>`).join('')}</tr>`;
  });
  const total = columns.map((k) => `<td>${counts.reduce((n, c) => n + c[k], 0)}</td>`).join('');
  const head = `<h1>Proof sheets: サイバーセキュリティ2020</h1><p>${sheets.length} pages. Each sheet puts the source lines beside the blocks the converter made of them. ${LEGEND}</p>`;
  const names = ['#', 'page', 'title', 'from', ...columns].map((c) => `<th scope="col">${c}</th>`).join('');
  const table = `<table class="index"><thead><tr>${names}</tr></thead><tbody>${rows.join('\n')}<tr><th scope="row" colspan="4">total</th>${total}</tr></tbody></table>`;
  return page('proof sheets', head, '', table);
}
