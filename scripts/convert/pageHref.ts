/**
 * A link from one page to another of the same language that works under any base path: pages are
 * served at `/<slug>/`, and both pages of a link carry the same locale prefix, so the relative path
 * between them does not depend on it. Stages (term links, bylines) and emitters share it.
 */
export function pageHref(from: string, to: string, hash = ''): string {
  const up = from === '' ? './' : '../'.repeat(from.split('/').length);
  return `${up}${to ? `${to}/` : ''}${hash ? `#${hash}` : ''}`;
}
