import { z } from 'zod';

export const languages = ['ja', 'en'] as const;
export type Lang = (typeof languages)[number];

const StringsFileSchema = z
  .object({ $comment: z.string().optional(), ja: z.record(z.string(), z.string().min(1)), en: z.record(z.string(), z.string().min(1)) })
  .superRefine((file, ctx) => {
    for (const [lang, other] of [['ja', 'en'], ['en', 'ja']] as const) {
      for (const key of Object.keys(file[lang])) {
        if (!(key in file[other])) ctx.addIssue({ code: 'custom', path: [other, key], message: `key \`${key}\` exists in ${lang} but not in ${other}` });
      }
    }
  });

export type StringKey = string;

/** The converter's UI words in one language; `t('count', { n: 3 })` fills `{n}`. */
export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/** Checks scripts/convert/data/strings.json (both languages, same keys) and makes a translator per language. */
export function loadStrings(json: unknown): Record<Lang, Translate> {
  const file = StringsFileSchema.parse(json);
  const make =
    (lang: Lang): Translate =>
    (key, params = {}) => {
      const template = file[lang][key];
      if (template === undefined) throw new Error(`scripts/convert/data/strings.json: no ${lang} string \`${key}\``);
      return template.replace(/\{(\w+)\}/g, (_, name: string) => {
        if (!(name in params)) throw new Error(`strings.json ${lang}.${key}: no value for {${name}}`);
        return String(params[name]);
      });
    };
  return { ja: make('ja'), en: make('en') };
}
