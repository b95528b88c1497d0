/**
 * The one escape for report text in MDX. The seed has none of these characters today (seed-structure.md
 * §7.1), but the generator must stay safe whatever the source contains.
 */

/** Characters that start MDX or Markdown syntax anywhere in a line: expressions, JSX, code, emphasis, links, tables, strikethrough, entities. */
const INLINE_UNSAFE = /[\\`*_{}[\]<>|~&#!]/g;

/** Line starts that Markdown reads as a block: list markers, quotes, setext underlines, ordered lists. */
const LIST_OR_RULE_START = /^([-+=])/;
const ORDERED_LIST_START = /^(\d+)([.)])/;
/**
 * GFM turns an e-mail address or a `www.` name in text into a link, whatever escapes it carries: the report's
 * sample addresses (4-6 図表１ `From : aaa@xxx.go.jp`) are not links. A string expression for the `@` or the dot
 * keeps the text as printed and out of the autolink.
 */
const AUTOLINK_TRIGGER = /@|(?<=\bwww)\./gi;
/** MDX reads a line starting with `import`/`export` as JavaScript; a character reference for the first letter keeps it text. */
const ESM_START = /^(i)(?=mport\b)|^(e)(?=xport\b)/;

export function escapeMdxText(text: string): string {
  return text
    .replace(INLINE_UNSAFE, (c) => `\\${c}`)
    .replace(LIST_OR_RULE_START, '\\$1')
    .replace(ORDERED_LIST_START, '$1\\$2')
    .replace(ESM_START, (letter) => `&#x${letter.charCodeAt(0).toString(16)};`)
    .replace(AUTOLINK_TRIGGER, (c) => `{${JSON.stringify(c)}}`);
}

/** A JSX attribute value written as a JS string expression, so that no character can end it early. */
export function jsxAttribute(name: string, value: string): string {
  return `${name}={${JSON.stringify(value)}}`;
}

/**
 * Text written as a JS string expression: MDX renders it verbatim, so Markdown cannot reinterpret it (a URL
 * written as text inside `<a>` would otherwise be autolinked again, nesting a second `<a>` in the first).
 */
export function jsxText(value: string): string {
  return `{${JSON.stringify(value)}}`;
}

/** A YAML scalar for front matter: JSON strings are valid YAML. */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}
