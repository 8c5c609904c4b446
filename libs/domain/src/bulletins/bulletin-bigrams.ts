import { bigramsOf } from '../subscriptions/preview-query';

/**
 * What the preview's search index holds for a bulletin: the distinct pairs of adjacent characters
 * of its title_match and of its body_match, each text on its own (no pair spans the two) — the
 * same set as the SQL function text_bigrams, which previews apply to their keywords.
 */
export function bulletinBigrams(titleMatch: string, bodyMatch: string): string[] {
  return [...new Set([...bigramsOf(titleMatch), ...bigramsOf(bodyMatch)])];
}
