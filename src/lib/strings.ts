/**
 * The one placeholder syntax of every string the site and the converter add: i18next's `{{name}}`, as
 * Starlight's `t()` fills it for src/content/i18n/{ja,en}.json.
 */
export function interpolate(template: string, values: Readonly<Record<string, string | number>>, where: string): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`${where}: no value for {{${name}}}`);
    return String(values[name]);
  });
}
