/** Pagefind UI strings from Starlight's i18n (`pagefind.*` keys) for the search page, as Starlight's search component computes them for its dialog. */
export function pagefindTranslations(t: ((key: string) => string) & { all(): Record<string, string> }): Record<string, string> {
  return {
    placeholder: t('search.label'),
    ...Object.fromEntries(
      Object.entries(t.all())
        .filter(([key]) => key.startsWith('pagefind.'))
        .map(([key, value]) => [key.replace('pagefind.', ''), value]),
    ),
  };
}
