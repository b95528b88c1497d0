import { normaliseSpacing } from './spacing.ts';

/** Printed title labels that are followed by a real separator, not an extraction space. */
const titleLabels: readonly RegExp[] = [
  /^(別添[１-９](?:－[0-9０-９]+)?)\s+(.*)$/, // L5087 ` 別添１ 2020 年度の…`
  /^([0-9])\s?(部|章)\s+(.*)$/, // L87 `1 部 サイバー…`, L89 `1章 サイバー…`
  /^([0-9])\s+(.*)$/, // L8050 ` 1 経済社会の…`
];

/** The display form of a printed title: its label, one space, then the title with normalised spacing. */
export function displayTitle(printed: string): string {
  const text = printed.trim();
  for (const pattern of titleLabels) {
    const match = text.match(pattern);
    if (!match) continue;
    const parts = match.slice(1);
    const rest = parts.pop()!;
    return `${parts.join('')} ${normaliseSpacing(rest)}`;
  }
  return normaliseSpacing(text);
}
