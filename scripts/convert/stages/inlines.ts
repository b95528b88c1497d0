import type { FootnoteMarker, InlineNode } from '../types.ts';
import type { RawParagraph, Segment } from './paragraphs.ts';

/** seed-structure.md §7.3: URLs are never split across lines and stop at full-width brackets and punctuation. */
const URL_PATTERN = /https?:\/\/[^\s）)」、。]+/g;

/**
 * Turns a paragraph's segments into inline nodes: text, footnote references at their markers, and links
 * for the printed URLs. Text values are as printed; spacing is normalised later, at output.
 */
export function inlines(paragraph: RawParagraph, markersByLine: ReadonlyMap<number, FootnoteMarker[]>): InlineNode[] {
  const nodes: InlineNode[] = [];
  const pushText = (value: string): void => {
    if (value === '') return;
    const last = nodes[nodes.length - 1];
    if (last?.type === 'text') last.value += value;
    else nodes.push({ type: 'text', value });
  };
  for (const segment of paragraph.segments) {
    let cursor = 0;
    for (const marker of markersIn(segment, markersByLine)) {
      const at = marker.position.start.column - segment.column;
      pushText(segment.text.slice(cursor, at));
      nodes.push({ type: 'footnoteReference', footnoteId: marker.footnoteId, label: marker.label, refId: marker.refId, position: marker.position });
      cursor = at + marker.label.length;
    }
    pushText(segment.text.slice(cursor));
  }
  return nodes.flatMap((node) => (node.type === 'text' ? splitUrls(node.value) : [node]));
}

function markersIn(segment: Segment, markersByLine: ReadonlyMap<number, FootnoteMarker[]>): FootnoteMarker[] {
  const end = segment.column + segment.text.length;
  return (markersByLine.get(segment.line) ?? [])
    .filter((m) => m.position.start.column >= segment.column && m.position.start.column < end)
    .sort((a, b) => a.position.start.column - b.position.start.column);
}

function splitUrls(value: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let cursor = 0;
  for (const match of value.matchAll(URL_PATTERN)) {
    if (match.index > cursor) nodes.push({ type: 'text', value: value.slice(cursor, match.index) });
    nodes.push({ type: 'link', url: match[0] });
    cursor = match.index + match[0].length;
  }
  if (cursor < value.length) nodes.push({ type: 'text', value: value.slice(cursor) });
  return nodes;
}

export function inlineText(nodes: readonly InlineNode[]): string {
  return nodes.map((n) => (n.type === 'text' || n.type === 'termReference' ? n.value : n.type === 'link' ? (n.label ?? n.url) : n.label)).join('');
}
