import { entryTerms, isLiteralEntry } from '@app/matcher';

type FieldError = { field: string; message: string };

/** Longest keyword or exclude entry, in characters, after trimming. */
export const TERM_MAX_LENGTH = 30;

/**
 * Keyword or exclude entries as they will be stored: trimmed, inner white space collapsed to one
 * space (a space means "all of these parts", the 附加词 of portals), duplicates dropped. Two entries are
 * duplicates when they search for the same parts once normalised (道路 and 道路, "改造 道路" and
 * "道路 改造", ＬＥＤ and led). Problems are reported per entry, e.g. `keywords.3`.
 */
export function cleanTerms(entries: readonly string[], field: string): { terms: string[]; errors: FieldError[] } {
  const terms: string[] = [];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  entries.forEach((raw, i) => {
    const term = typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ') : '';
    const at = `${field}.${i}`;
    if (term === '') return void errors.push({ field: at, message: 'must not be empty' });
    if ([...term].length > TERM_MAX_LENGTH)
      return void errors.push({ field: at, message: `must be at most ${TERM_MAX_LENGTH} characters` });
    const parts = entryTerms(term);
    if (parts.length === 0) return void errors.push({ field: at, message: 'has nothing to search for' });
    const key = `${isLiteralEntry(term) ? '=' : ''}${[...parts].sort().join(' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    terms.push(term);
  });
  return { terms, errors };
}
