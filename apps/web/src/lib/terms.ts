/** Longest keyword or exclude entry the API accepts, in characters. */
export const TERM_MAX_LENGTH = 30;

export type TermRejection = 'empty' | 'duplicate' | 'too_long' | 'limit';

export interface AddTermsResult {
  terms: string[];
  /** Entries that were added, as stored. */
  added: string[];
  /** Entries that were not, and why (shown next to the input). */
  rejected: Array<{ term: string; reason: TermRejection }>;
}

/** Trimmed, inner white space (full-width spaces too) collapsed to one space: a space means "all of these parts". */
export function cleanTerm(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ');
}

/** A leading "=" asks for plain substring matching anywhere (e.g. "=市政" also in 市政府). */
export function isLiteralTerm(term: string): boolean {
  return /^\s*[=＝]/.test(term);
}

/** The parts an entry searches for, normalised as the matcher does (NFKC, lower case), without the "=" mark. */
export function termParts(term: string): string[] {
  return cleanTerm(term.normalize('NFKC').toLowerCase().replace(/^\s*=/, '')).split(' ').filter(Boolean);
}

/** Two entries are the same search when they have the same parts in any order ("道路 改造" = "改造 道路") and the same "=" mark. */
export function termKey(term: string): string {
  return `${isLiteralTerm(term) ? '=' : ''}${[...termParts(term)].sort().join(' ')}`;
}

// A pasted list is split on commas, enumeration commas, semicolons and line breaks — never on spaces.
const SEPARATORS = /[,，、;；\n\r]+/;

/** Splits what was typed or pasted into entries. */
export function splitTermInput(input: string): string[] {
  return input.split(SEPARATORS).map(cleanTerm).filter(Boolean);
}

/** Adds the entries of `input` to `current`, keeping order, dropping duplicates and entries over the limits. */
export function addTerms(current: readonly string[], input: string, max = Infinity): AddTermsResult {
  const terms = [...current];
  const seen = new Set(terms.map(termKey));
  const added: string[] = [];
  const rejected: AddTermsResult['rejected'] = [];
  const entries = splitTermInput(input);
  if (entries.length === 0 && input.trim() === '') rejected.push({ term: '', reason: 'empty' });
  for (const term of entries) {
    const key = termKey(term);
    if (!key) rejected.push({ term, reason: 'empty' });
    else if ([...term].length > TERM_MAX_LENGTH) rejected.push({ term, reason: 'too_long' });
    else if (seen.has(key)) rejected.push({ term, reason: 'duplicate' });
    else if (terms.length >= max) rejected.push({ term, reason: 'limit' });
    else {
      seen.add(key);
      terms.push(term);
      added.push(term);
    }
  }
  return { terms, added, rejected };
}

/** The list without the entry at `index`. */
export function removeTermAt(current: readonly string[], index: number): string[] {
  return current.filter((_, i) => i !== index);
}

/** The list with later duplicates dropped (as the API stores it). */
export function dedupeTerms(list: readonly string[]): string[] {
  return addTerms([], list.join('\n')).terms;
}
