import { z } from 'zod';

/**
 * A ministry or agency the report names: the converter's data (scripts/convert/data/ministries.json)
 * and what it writes to content/data/ministries.json.
 */
export const MinistrySchema = z.object({
  /** The name as printed. */
  ja: z.string().min(1),
  /** Stable ASCII id, as in /ministries/<id>/ and the measure rows' ministryIds. */
  id: z.string().regex(/^[a-z-]+$/, 'ministry ids are lower-case ASCII letters and hyphens'),
  /** The official English name. */
  en: z.string().min(1),
});

export const MinistriesFileSchema = z.object({ ministries: z.array(MinistrySchema).min(1) });

export type Ministry = z.infer<typeof MinistrySchema>;
