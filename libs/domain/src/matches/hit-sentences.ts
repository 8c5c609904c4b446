import { SENTENCE_MAX, sentenceAround } from '@app/matcher';
import type { MatchHitDetail } from './match.entity';

// How far before a hit its sentence can start, and one more character to tell whether it was cut.
const BEFORE = SENTENCE_MAX / 2 + 1;

/**
 * SQL for a match's stored hits with, on each body hit stored without its sentence, the stretch of
 * the bulletin's body_match its sentence can come from (`window`, starting at `windowFrom`). The
 * sentence is the same for every subscription that hit the term, so matches no longer store it;
 * readers cut it from the body instead, reading only this stretch of it. Hits keep their order.
 */
export function hitDetailsWithWindows(hitDetails: string, bodyMatch: string): string {
  const offset = `(h->>'offset')::int`;
  const from = `greatest(${offset} - ${BEFORE}, 0)`;
  // Up to the end of the term or SENTENCE_MAX past its start, whichever is further, and one more.
  const length = `greatest(length(h->>'term'), ${SENTENCE_MAX}) + ${offset} + 1 - ${from}`;
  return `(SELECT coalesce(jsonb_agg(CASE WHEN h ? 'sentence' OR h->>'place' = 'title' OR NOT h ? 'offset' THEN h
                 ELSE h || jsonb_build_object('window', substr(${bodyMatch}, ${from} + 1, ${length}), 'windowFrom', ${from}) END ORDER BY n), '[]'::jsonb)
             FROM jsonb_array_elements(${hitDetails}) WITH ORDINALITY AS e(h, n))`;
}

type WindowedHit = MatchHitDetail & { window?: string | null; windowFrom?: number | null };

/**
 * The hits as readers show them: each body hit with its sentence, cut from the window that
 * hitDetailsWithWindows read. The window is as wide as the sentence can reach, so the cut is the
 * one the matcher made on the whole body. When the body changed since the match (a new version
 * of the notice) and the term is no longer at its offset, the sentence is cut around the term
 * where the window still holds it, and left out when it does not.
 */
export function withSentences(details: readonly WindowedHit[]): MatchHitDetail[] {
  return details.map(({ window, windowFrom, ...hit }) => {
    if (typeof window !== 'string' || typeof windowFrom !== 'number') return hit;
    const expected = hit.offset - windowFrom;
    const at = window.startsWith(hit.term, expected) ? expected : window.indexOf(hit.term);
    return at < 0 ? hit : { ...hit, sentence: sentenceAround(window, at, at + hit.term.length) };
  });
}
