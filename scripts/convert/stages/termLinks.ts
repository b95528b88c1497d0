import type { GlossaryRules } from '../data/schema.ts';
import { pageHref } from '../pageHref.ts';
import { normaliseSpacing } from '../emit/spacing.ts';
import type { TreeStage } from '../stage.ts';
import type { InlineNode } from '../types.ts';
import { inlineText } from './inlines.ts';
import { mapProse } from './proseRuns.ts';

/** Katakana and the long-vowel mark: a katakana term glued to more katakana is part of a longer word (ボット in ロボット). */
const KATAKANA = /[\u30a1-\u30fa\u30fc]/;
/** An ASCII term glued to more letters or digits is part of a longer word (CC in CCRA). */
const ALNUM = /[A-Za-z0-9]/;

/**
 * Links the first use of each glossary term on every page to its definition in 別添8. The rule, so
 * that common words do not turn into a sea of links:
 *  - only paragraphs and list items of the body (not headings, captions, tables, footnotes, 別添8 itself);
 *  - only terms of at least `minLinkLength` characters (AI, 5G, OS… are skipped);
 *  - the longest term wins where terms overlap, and a term must not be part of a longer word:
 *    no letter or digit around an ASCII term, no katakana around a katakana one;
 *  - once per page: the first occurrence only.
 */
export function termLinks(rules: GlossaryRules): TreeStage {
  return (root) => {
    const glossaryUnit = root.children.find((u) => u.children.some((b) => b.type === 'glossary'));
    if (!glossaryUnit) return root;
    const glossarySlug = glossaryUnit.slug;
    const terms = glossaryUnit.children.flatMap((b) => (b.type === 'glossary' ? b.letters.flatMap((l) => l.terms) : []));
    const candidates = terms
      .filter((t) => [...t.term].length >= rules.minLinkLength)
      .map((t) => ({ term: t, text: normaliseSpacing(t.term) }))
      .sort((a, b) => b.text.length - a.text.length);
    if (candidates.length === 0) return root;
    const pattern = new RegExp(candidates.map((c) => c.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    const byText = new Map(candidates.map((c) => [c.text, c.term]));

    const linkedOn = new Map<string, Set<string>>();
    return mapProse(root, (children, { unit, holder, role, within }) => {
      const body = holder === 'paragraph' && (within === 'unit' || within === 'column') && role !== 'caption' && role !== 'divisionLabel';
      if (!body || unit.slug === glossarySlug) return [...children];
      const linked = linkedOn.get(unit.id) ?? linkedOn.set(unit.id, new Set()).get(unit.id)!;
      return children.flatMap((node): InlineNode[] => {
        if (node.type !== 'text') return [node];
        const value = normaliseSpacing(node.value);
        const out: InlineNode[] = [];
        let cursor = 0;
        for (const match of value.matchAll(pattern)) {
          const term = byText.get(match[0])!;
          if (linked.has(term.id) || !standsAlone(value, match.index, match[0])) continue;
          linked.add(term.id);
          if (match.index > cursor) out.push({ type: 'text', value: value.slice(cursor, match.index) });
          out.push({
            type: 'termReference',
            termId: term.id,
            value: match[0],
            url: pageHref(unit.slug, glossarySlug, term.id),
            definition: inlineText(term.definition[0] ?? []),
          });
          cursor = match.index + match[0].length;
        }
        if (cursor === 0) return [node];
        if (cursor < value.length) out.push({ type: 'text', value: value.slice(cursor) });
        return out;
      });
    });
  };
}

function standsAlone(text: string, at: number, term: string): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at + term.length] ?? '';
  const glued = (edge: string, neighbour: string): boolean =>
    (ALNUM.test(edge) && ALNUM.test(neighbour)) || (KATAKANA.test(edge) && KATAKANA.test(neighbour));
  return !glued(term[0]!, before) && !glued(term[term.length - 1]!, after);
}
