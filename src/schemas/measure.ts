import { z } from 'zod';

/**
 * How a row's counterpart in the other year was found: by the linker (`section`: same node; `twin`: a reprint;
 * `moved`: another node), by hand (`manual`), or there is none (`new` in 2020, `ended` in 2019).
 */
export const LINK_METHODS = ['section', 'twin', 'moved', 'manual', 'new', 'ended'] as const;
export type LinkMethod = (typeof LINK_METHODS)[number];

/** One row of 別添1 (2020 plan) or 別添2 (2019 plan and result), as published in /data/measures.json. */
export const MeasureSchema = z.object({
  /** Stable ASCII id, shared by every language: `m2020-1-1-1-a`. */
  id: z.string().regex(/^m(2019|2020)-[a-z0-9-]+$/, 'ids look like m2020-1-1-1-a'),
  year: z.union([z.literal(2019), z.literal(2020)]),
  /** Table node + 項番 as printed, half-width parentheses: `1.1(1)(ア)`. */
  key: z.string().regex(/^\d(\.\d)?(\(\d\))?\([ア-ン]\)$/, 'keys look like 1.1(1)(ア)'),
  /** Table node, `1.1(1)`, `2.6`, `5`. */
  node: z.string().min(1),
  /** Ministries as printed in the 担当府省庁 cell, in cell order. */
  ministries: z.array(z.string().min(1)).min(1).max(6),
  /** ASCII ids of the ministries, same order (see /ministries/). */
  ministryIds: z.array(z.string().regex(/^[a-z-]+$/)),
  /** The plan cell; paragraphs separated by a line feed. */
  plan: z.string().min(1),
  /** 取組の成果、進捗状況 (2019); null for 2020. */
  result: z.string().min(1).nullable(),
  /** Marked （再掲）: the measure is listed again under another node. */
  reprint: z.boolean(),
  /** Id of the same measure in the other year, or null. */
  counterpart: z.string().nullable(),
  /** How the counterpart was found (see content/measures/links.csv), or `new` (2020) / `ended` (2019). */
  link: z.enum(LINK_METHODS),
  /** Site path of the row, with its anchor; prefix the site's base URL. */
  url: z.string().regex(/^\/[a-z0-9/-]+\/#m(2019|2020)-[a-z0-9-]+$/),
});

export type Measure = z.infer<typeof MeasureSchema>;

export const MeasuresFileSchema = z.object({ measures: z.array(MeasureSchema) });
