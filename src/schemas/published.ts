import { z } from 'zod';
import { GlossaryEntrySchema } from '../lib/glossary.ts';
import { MeasureSchema } from './measure.ts';
import { PolicyCycleSectionSchema } from './policyCycle.ts';

/** URLs in the published files start with the site's base path (`/<repo>/` on a mirror). */
const withBase = (anchor: RegExp) => z.string().regex(anchor, 'a site path ending in the row or term anchor');

/** /data/measures.json: every row of 別添1 and 別添2. */
export const PublishedMeasuresSchema = z.array(MeasureSchema.extend({ url: withBase(/\/#m(2019|2020)-[a-z0-9-]+$/) })).meta({
  title: 'Cybersecurity 2020: measures of Annex 1 (FY2020 plan) and Annex 2 (FY2019 plan and results)',
});

/** /data/glossary.json: the terms of 別添8. */
export const PublishedGlossarySchema = z
  .object({ terms: z.array(GlossaryEntrySchema.extend({ url: withBase(/\/annex-8\/#term-[a-z0-9-]+$/) })) })
  .meta({ title: 'Cybersecurity 2020: glossary (Annex 8)' });

/** /data/policy-cycle.json: the 17 sections of 2部2章 with their measures of both years. */
export const PublishedPolicyCycleSchema = z
  .object({
    sections: z.array(
      PolicyCycleSectionSchema.extend({
        url: withBase(/\/policy-cycle\/\d(-\d)?\/$/),
        evaluationUrl: withBase(/\/part-2\/chapter-2\/#p2-c2-s[\d-]+-evaluation$/),
      }),
    ),
  })
  .meta({ title: 'Cybersecurity 2020: the policy cycle of each section of Part 2, Chapter 2 (FY2019 plan and result, evaluation, FY2020 plan)' });

/** The JSON Schema of a published file, generated from its zod schema. */
export function jsonSchemaOf(schema: z.ZodType, id: string): Record<string, unknown> {
  return { $id: id, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) };
}
