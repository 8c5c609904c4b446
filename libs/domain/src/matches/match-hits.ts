import { type HitPlace, hitPlaces } from '@app/matcher';
import type { MatchHitDetail } from './match.entity';

/** What a member sees of where a match hit. */
export interface HitSummary {
  /** Distinct places of the keyword hits, strongest first (title, opening, body, qualification, boilerplate). */
  hitPlaces: HitPlace[];
  /**
   * The body sentence of the strongest hit outside the title, or null when every hit is in the
   * title (the title is then the sentence) or the match has no recorded hits.
   */
  hitSentence: string | null;
}

export function hitSummary(details: readonly MatchHitDetail[] | null | undefined): HitSummary {
  const hits = details ?? [];
  const places = hitPlaces(hits);
  const strongest = places.find((p) => p !== 'title');
  return { hitPlaces: places, hitSentence: strongest === undefined ? null : (hits.find((h) => h.place === strongest)!.sentence ?? null) };
}
