/** Appends a page to a list loaded so far, skipping items already there (a row that moved between pages). */
export function appendPage<T extends { id: string }>(loaded: readonly T[], page: readonly T[]): T[] {
  const seen = new Set(loaded.map((x) => x.id));
  return [...loaded, ...page.filter((x) => !seen.has(x.id))];
}
