/**
 * The one escape for report text in MDX. The seed has none of these characters today (seed-structure.md
 * §7.1), but the generator must stay safe whatever the source contains.
 */

/** Characters that start MDX or Markdown syntax anywhere in a line: expressions, JSX, code, emphasis, links, tables, strikethrough, entities. */
const INLINE_UNSAFE = /[\\`*_{}[\]<>|~&#!]/g;

/** Line starts that Markdown reads as a block: list markers, headings, quotes, setext underlines, ordered lists. */
const BLOCK_START_UNSAFE: readonly RegExp[] = [/^([-+=])/, /^(\d+)([.)])/];

export function escapeMdxText(text: string): string {
  let escaped = text.replace(INLINE_UNSAFE, (c) => `\\${c}`);
  const [marker, ordered] = BLOCK_START_UNSAFE;
  escaped = escaped.replace(marker!, '\\$1').replace(ordered!, '$1\\$2');
  return escaped;
}

/** A JSX attribute value written as a JS string expression, so that no character can end it early. */
export function jsxAttribute(name: string, value: string): string {
  return `${name}={${JSON.stringify(value)}}`;
}

/** A YAML scalar for front matter: JSON strings are valid YAML. */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}
