import { z } from 'zod';
import { interpolate } from '../../src/lib/strings.ts';
import { LANGS, type Lang } from '../../src/lib/urls.ts';

export { LANGS as languages, type Lang };

/** The converter's words live in the site's string store, src/content/i18n/{ja,en}.json, under this prefix. */
export const STRINGS_PREFIX = 'convert.';

const StoreSchema = z.record(z.string(), z.unknown());
const StringsSchema = z
  .object({ ja: StoreSchema, en: StoreSchema })
  .transform((stores) => {
    const own = (store: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(store).flatMap(([key, value]) => (key.startsWith(STRINGS_PREFIX) ? [[key.slice(STRINGS_PREFIX.length), value]] : [])));
    return { ja: own(stores.ja), en: own(stores.en) };
  })
  .pipe(z.object({ ja: z.record(z.string(), z.string().min(1)), en: z.record(z.string(), z.string().min(1)) }))
  .superRefine((file, ctx) => {
    for (const [lang, other] of [['ja', 'en'], ['en', 'ja']] as const) {
      for (const key of Object.keys(file[lang])) {
        if (!(key in file[other])) ctx.addIssue({ code: 'custom', path: [other, key], message: `key \`${STRINGS_PREFIX}${key}\` exists in ${lang} but not in ${other}` });
      }
    }
  });

export type StringKey = string;

/** The converter's UI words in one language; `t('count', { n: 3 })` fills `{{n}}`. */
export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/**
 * Takes the site's string stores (src/content/i18n/ja.json and en.json), checks the converter's keys
 * (same keys in both languages) and makes a translator per language.
 */
export function loadStrings(stores: unknown): Record<Lang, Translate> {
  const file = StringsSchema.parse(stores);
  const make =
    (lang: Lang): Translate =>
    (key, params = {}) => {
      const template = file[lang][key];
      if (template === undefined) throw new Error(`src/content/i18n/${lang}.json: no string \`${STRINGS_PREFIX}${key}\``);
      return interpolate(template, params, `src/content/i18n/${lang}.json ${STRINGS_PREFIX}${key}`);
    };
  return { ja: make('ja'), en: make('en') };
}
