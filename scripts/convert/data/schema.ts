import { z } from 'zod';
import { unitKinds } from '../types.ts';

/** One page of the site as declared in `units.json`. */
export const UnitDeclarationSchema = z
  .object({
    /** Stable ASCII id, also the prefix of the page's heading ids. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase ASCII letters, digits and hyphens'),
    /** URL path of the page, empty for a division that has no page of its own. */
    slug: z.string().regex(/^([a-z0-9-]+(\/[a-z0-9-]+)*)?$/, 'use lowercase ASCII path segments'),
    kind: z.enum(unitKinds),
    parent: z.string().optional(),
    /** The printed heading, all spaces removed. */
    heading: z.string().min(1).optional(),
    /** The title as printed in page headers, when it differs from `heading` or is printed only there. */
    runningHead: z.string().min(1).optional(),
    /** Compact text of the first line, for a unit without a printed heading. */
    anchor: z.string().min(1).optional(),
    /** An overview page with no source lines of its own. */
    noLines: z.boolean().optional(),
    /** The PDF had only images here; the text keeps their titles, and the page says so. */
    imageOnly: z.boolean().optional(),
    /** The PDF printed presentation slides here (別添5-1): one block per slide, and the page says so. */
    slides: z.boolean().optional(),
    titleEn: z.string().min(1),
    titleNote: z.string().optional(),
    /**
     * Parts printed inside the page, each numbering its sections from １ again (別添4-8's two surveys): the
     * part's title becomes a heading with id `<unit id>-<id>`, and its sections nest under it.
     */
    parts: z
      .array(
        z.object({
          /** Suffix of the part's heading id, and prefix of its sections' ids. */
          id: z.string().regex(/^[a-z][a-z0-9-]*$/),
          /** The printed title, all spaces removed. */
          heading: z.string().min(1),
        }),
      )
      .optional(),
  })
  .refine((u) => u.heading !== undefined || u.runningHead !== undefined, {
    message: 'give `heading` (the printed title) or, when the source prints the title only in page headers, `runningHead`',
  })
  .refine((u) => u.heading !== undefined || u.anchor !== undefined || u.noLines === true, {
    message: 'a unit without a printed heading needs `anchor` (the compact text of its first line) or `noLines: true`',
  });

export const UnitsFileSchema = z.object({
  $comment: z.string().optional(),
  units: z.array(UnitDeclarationSchema).min(1),
});

export type UnitDeclaration = z.infer<typeof UnitDeclarationSchema>;

/** 別添8 rules that are data: multi-word terms, ASCII spellings of the kana index letters, the linking threshold. */
export const GlossaryRulesSchema = z.object({
  $comment: z.string().optional(),
  /** Terms printed with a space inside; the term/explanation split never falls inside them. */
  multiWordTerms: z.array(z.string().includes(' ')).min(1),
  /** Kana index letter → its ASCII spelling in term ids (`さ` → `sa`). */
  indexRomaji: z.record(z.string().length(1), z.string().regex(/^[a-z]+$/)),
  /** Body text links terms of at least this many characters. */
  minLinkLength: z.number().int().min(1),
});
export type GlossaryRules = z.infer<typeof GlossaryRulesSchema>;

/** Vertical labels of a slides unit as a person read them (scripts/convert/data/vertical-labels.json). */
export const VerticalLabelsSchema = z.object({
  $comment: z.string().optional(),
  labels: z.array(
    z.object({
      unit: z.string().min(1),
      /** The labels, in order, that one run of vertical text reads as. */
      reads: z.array(z.string().min(1)).min(1),
      why: z.string().min(10, 'say what on the page shows where the labels end'),
    }),
  ),
});
export type VerticalLabel = z.infer<typeof VerticalLabelsSchema>['labels'][number];
