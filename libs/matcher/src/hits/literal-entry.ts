/** A keyword or exclude entry starting with this mark matches as a plain substring, anywhere. */
export const LITERAL_MARK = '=';

// NFKC folds the full-width ＝ to =, so either spelling marks an entry literal.
const LITERAL = /^\s*[=＝]/;

/** The member asked for plain substring matching for this entry ("=市政"). */
export function isLiteralEntry(entry: string): boolean {
  return LITERAL.test(entry);
}

/** The entry without its literal mark, as it is searched for. */
export function withoutLiteralMark(entry: string): string {
  return entry.replace(LITERAL, '');
}
