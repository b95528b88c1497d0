import type { Measure } from '../../../../src/schemas/measure.ts';
import { cycleId, POLICY_CYCLE_SLUG, PolicyCycleFileSchema, type PolicyCycleSection } from '../../../../src/schemas/policyCycle.ts';
import type { LinkRow } from '../../../measures/linksFile.ts';
import { inlineText } from '../../stages/inlines.ts';
import { REPORT_UNITS } from '../../reportUnits.ts';
import { areaOf, narrativeNumber } from '../../stages/narrativeLinks.ts';
import type { HeadingNode, Root } from '../../types.ts';
import { normaliseSpacing } from '../spacing.ts';

/** A section's heading in 2部2章 and the ids of its three printed blocks (【昨年度の取組実績】【評価】【今年度の取組】). */
export interface CycleHeadings {
  /** The slug of the 2部2章 page. */
  page: string;
  section: HeadingNode;
  results: string;
  evaluation: string;
  plan: string;
}

/** The 17 strategy sections of 2部2章 in the report's order, by number (`1.1` … `5`). */
export function cycleHeadings(root: Root): Map<string, CycleHeadings> {
  const narrative = root.children.find((u) => u.id === REPORT_UNITS.policyNarrative);
  const headings = (narrative?.children ?? []).filter((b): b is HeadingNode => b.type === 'heading');
  const ids = new Set(headings.map((h) => h.id));
  const out = new Map<string, CycleHeadings>();
  for (const h of headings) {
    const n = narrativeNumber(h.id);
    const blocks = { results: `${h.id}-results`, evaluation: `${h.id}-evaluation`, plan: `${h.id}-plan` };
    // The areas 1–4 head their x.y sections and print no blocks of their own; 5 has no x.y and prints them.
    if (n && Object.values(blocks).every((id) => ids.has(id))) out.set(n, { page: narrative!.slug, section: h, ...blocks });
  }
  return out;
}

/**
 * Each section's cycle as data: its rows of both annexes (by table node number, as 2部2章 and the
 * annexes share it), the reviewed links with a side in it, what is new and what ended, and its ministries.
 */
export function policyCycleSections(root: Root, measures: readonly Measure[], links: readonly LinkRow[], headingsEn: ReadonlyMap<string, string>): PolicyCycleSection[] {
  const reviewed = new Set(links.filter((l) => l.note.trim() !== '' && l.id2020 && l.id2019).map((l) => `${l.id2020}:${l.id2019}`));
  const byId = new Map(measures.map((m) => [m.id, m]));
  const sections = [...cycleHeadings(root)].map(([number, { page, section, evaluation }]): PolicyCycleSection => {
    const own = measures.filter((m) => areaOf(m.node) === number);
    const of = (year: number) => own.filter((m) => m.year === year);
    // A pair belongs to every section one of its rows is in: a measure moved between sections shows on both pages.
    const pairs = measures
      .filter((m) => m.year === 2020 && m.counterpart && (areaOf(m.node) === number || areaOf(byId.get(m.counterpart)!.node) === number))
      .map((m) => ({ id2020: m.id, id2019: m.counterpart!, method: m.link, reviewed: reviewed.has(`${m.id}:${m.counterpart}`) }));
    return {
      id: cycleId(number),
      number,
      title: { ja: normaliseSpacing(inlineText(section.children).trim()), en: headingsEn.get(section.id)?.replace(/^[\d.]+ /, '') ?? '' },
      measures2020: of(2020).map((m) => m.id),
      measures2019: of(2019).map((m) => m.id),
      pairs,
      new: of(2020).filter((m) => m.link === 'new').map((m) => m.id),
      ended: of(2019).filter((m) => m.link === 'ended').map((m) => m.id),
      ministries: [...new Set(own.flatMap((m) => m.ministryIds))].filter(Boolean),
      url: `/${POLICY_CYCLE_SLUG}/${cycleId(number)}/`,
      evaluationUrl: `/${page}/#${evaluation}`,
    };
  });
  return PolicyCycleFileSchema.parse({ sections }).sections;
}
