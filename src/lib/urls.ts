/** URL of a docs page under the configured base path (BASE_PATH may or may not end in "/"). */
export function pageUrl(slug: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}/${slug ? `${slug}/` : ''}`;
}
