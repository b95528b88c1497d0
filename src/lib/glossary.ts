import { z } from 'zod';

/** One term of 別添8 as published in /data/glossary.json. */
export const GlossaryEntrySchema = z.object({
  /** Stable ASCII id, also the anchor of the term on the 別添8 page. */
  id: z.string().regex(/^term-[a-z0-9-]+$/),
  /** The term as printed. */
  term: z.string().min(1),
  /** The English form the report gives the term, when it gives one (`Availability` for 可用性). */
  english: z.string().min(1).optional(),
  /** The index letter it is filed under (`A`, `さ`). */
  index: z.string().length(1),
  /** The explanation, paragraphs separated by a newline. */
  definition: z.string().min(1),
  /** Where the definition is on the site, from the site root (the base path is added when served). */
  url: z.string().regex(/^\/annex-8\/#term-[a-z0-9-]+$/),
});

export const GlossaryFileSchema = z.object({ terms: z.array(GlossaryEntrySchema).min(1) });
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
