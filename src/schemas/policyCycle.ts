import { z } from 'zod';
import { LINK_METHODS } from './measure.ts';

/** The policy-cycle pages live at /policy-cycle/ (index) and /policy-cycle/<id>/ (one per 2部2章 section). */
export const POLICY_CYCLE_SLUG = 'policy-cycle';

/** A 2部2章 section number as printed (`1.1`, `5`) → its stable ASCII id (`1-1`, `5`). */
export const cycleId = (number: string): string => number.replace('.', '-');

const measureId = (year: 2019 | 2020) => z.string().regex(new RegExp(`^m${year}-[a-z0-9-]+$`));

/**
 * One of the 17 strategy sections of 2部2章 with its measures: the 2019 plan and result (別添2), the
 * government's 【評価】 and the 2020 plan (別添1), as the converter writes content/data/policy-cycle.json.
 */
export const PolicyCycleSectionSchema = z.object({
  /** Stable ASCII id, the page's path: `1-1` for 1.1, `5` for 5. */
  id: z.string().regex(/^\d(-\d)?$/, 'ids look like 1-1 or 5'),
  /** The section number as printed, shared by 2部2章 and the annexes' table nodes: `1.1`. */
  number: z.string().regex(/^\d(\.\d)?$/),
  /** The section's title in 2部2章 as printed, and its English title. */
  title: z.object({ ja: z.string().min(1), en: z.string().min(1) }),
  /** Rows of 別添1 (2020 plan) whose table node is in the section, in document order. */
  measures2020: z.array(measureId(2020)),
  /** Rows of 別添2 (2019 plan and result) whose table node is in the section, in document order. */
  measures2019: z.array(measureId(2019)),
  /** Every reviewed 2020 ⇄ 2019 link with one side in the section (content/measures/links.csv). */
  pairs: z.array(
    z.object({
      id2020: measureId(2020),
      id2019: measureId(2019),
      method: z.enum(LINK_METHODS),
      /** A reviewer read the link and kept it (a note in links.csv). */
      reviewed: z.boolean(),
    }),
  ),
  /** 2020 rows of the section without a 2019 counterpart. */
  new: z.array(measureId(2020)),
  /** 2019 rows of the section without a 2020 counterpart. */
  ended: z.array(measureId(2019)),
  /** Ids of the ministries named in the section's rows of either year, in order of first appearance. */
  ministries: z.array(z.string().regex(/^[a-z-]+$/)),
  /** Site path of the section's policy-cycle page; prefix the site's base URL. */
  url: z.string().regex(/^\/policy-cycle\/\d(-\d)?\/$/),
  /** Site path of the section's 【評価】 in 2部2章; prefix the site's base URL. */
  evaluationUrl: z.string().regex(/^\/part-2\/chapter-2\/#p2-c2-s[\d-]+-evaluation$/),
});

export type PolicyCycleSection = z.infer<typeof PolicyCycleSectionSchema>;

export const PolicyCycleFileSchema = z.object({ sections: z.array(PolicyCycleSectionSchema).length(17) });
