/**
 * The cells of a table row the extraction printed on one line. The annex stages know what a row's cells say
 * (from a pattern or from the printed header); this finds where each one stands, so that its footnote
 * markers and source position come with it.
 */

/** A cell of a source line: its text and the 1-based column where it starts. */
export interface LineCell {
  text: string;
  column: number;
}

/**
 * Each of `texts` found on `line` in order, each where the one before it ends (the first at or after column
 * `from`), so that two cells reading the same (`13 億円 52 億円 13 億円`) keep their own places. A text is
 * looked for, not split at spaces, so a cell may hold spaces (`621.1 億円`); an empty text is an empty cell
 * where the cursor stands (L23938 `  応募者数  52,043 52,043`). `undefined` when a text is not there in that order.
 */
export function cellsAt(line: string, texts: readonly string[], from = 1): LineCell[] | undefined {
  const cells: LineCell[] = [];
  let cursor = from - 1;
  for (const text of texts) {
    const at = line.indexOf(text, cursor);
    if (at === -1) return undefined;
    cells.push({ text, column: at + 1 });
    cursor = at + text.length;
  }
  return cells;
}

/**
 * The cells of a line by their shape: each match of `shape` is a cell, and so is the text between two of them,
 * trimmed (L23449 `1 位 1 位 23/TCP 461.78 件`: the port between the ranks and the count).
 */
export function cellsByShape(line: string, shape: RegExp): LineCell[] {
  const texts = line
    .split(new RegExp(`(${shape.source})`, shape.flags.replace('g', '')))
    .map((t) => t.trim())
    .filter((t) => t !== '');
  // Every piece is a piece of the line, in order, so each is found.
  return cellsAt(line, texts)!;
}
