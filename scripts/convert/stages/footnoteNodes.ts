import { segmentsPosition } from '../source.ts';
import type { TreeStage } from '../stage.ts';
import type { FootnoteMarker, FootnoteNode, SourceLine, UnitNode } from '../types.ts';
import { inlines } from './inlines.ts';
import type { RawFootnote } from './pageFurniture.ts';

/**
 * The footnote texts pageFurniture took out of the flow become footnote nodes (the printed number is
 * the label, not text), each on the page of its first marker with the ids of every reference to it.
 */
export function footnoteNodes(lines: readonly SourceLine[], footnotes: readonly RawFootnote[], markers: readonly FootnoteMarker[], pageOfLine: (line: number) => UnitNode): TreeStage {
  return (root) => {
    const nodes = footnotes.map((raw): { page: string; node: FootnoteNode } => {
      const segments = raw.lines.map((line, k) => {
        const source = lines[line - 1]!;
        const labelLength = k === 0 ? source.text.match(/^\d+ ?/)![0].length : 0;
        const body = source.text.slice(labelLength);
        return { line, column: labelLength + 1, text: k === raw.lines.length - 1 ? body.trimEnd() : body };
      });
      const cited = markers.filter((m) => m.footnoteId === raw.id);
      const node: FootnoteNode = {
        type: 'footnote',
        id: raw.id,
        series: raw.series,
        label: raw.label,
        refIds: cited.map((m) => m.refId),
        children: inlines({ segments }, new Map()),
        lines: raw.lines,
        position: segmentsPosition(lines, segments),
      };
      return { page: pageOfLine(cited[0]!.position.start.line).id, node };
    });
    return { ...root, children: root.children.map((unit) => ({ ...unit, footnotes: [...unit.footnotes, ...nodes.filter((n) => n.page === unit.id).map((n) => n.node)] })) };
  };
}
