/** Measure keys (`1.1(1)(ア)`) and their stable ASCII ids (`m2020-1-1-1-a`). */

/** Hepburn romanisation of the katakana 項番 labels, in gojūon order (labels run to (メ) at most). */
const kanaToRomaji: Readonly<Record<string, string>> = {
  ア: 'a', イ: 'i', ウ: 'u', エ: 'e', オ: 'o',
  カ: 'ka', キ: 'ki', ク: 'ku', ケ: 'ke', コ: 'ko',
  サ: 'sa', シ: 'shi', ス: 'su', セ: 'se', ソ: 'so',
  タ: 'ta', チ: 'chi', ツ: 'tsu', テ: 'te', ト: 'to',
  ナ: 'na', ニ: 'ni', ヌ: 'nu', ネ: 'ne', ノ: 'no',
  ハ: 'ha', ヒ: 'hi', フ: 'fu', ヘ: 'he', ホ: 'ho',
  マ: 'ma', ミ: 'mi', ム: 'mu', メ: 'me', モ: 'mo',
};

/** The katakana labels in order, for checking that 項番 run without gaps. */
export const kanaOrder: readonly string[] = Object.keys(kanaToRomaji);

/** `1.1(1)` → `1-1-1`, `2.6` → `2-6`, `5` → `5`. */
export function nodeKeyToSlug(nodeKey: string): string {
  return nodeKey.replace(/[.()]+/g, '-').replace(/-$/, '');
}

export function measureKeyToId(year: number, nodeKey: string, kana: string): string {
  const romaji = kanaToRomaji[kana];
  if (!romaji) throw new Error(`no romanisation for 項番 (${kana})`);
  return `m${year}-${nodeKeyToSlug(nodeKey)}-${romaji}`;
}

export function nodeKeyToTableId(year: number, nodeKey: string, part: number): string {
  return `t${year}-${nodeKeyToSlug(nodeKey)}${part > 1 ? `-${part}` : ''}`;
}
