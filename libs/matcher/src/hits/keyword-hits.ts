import { bodyZones, type HitPlace, placeIn, sentenceAround, type Zone } from './bulletin-zones';
import { isAligned, type SegmenterChoice } from './word-alignment';

/**
 * One keyword hit: (term, place, aligned), where it is and the sentence around it. Only aligned
 * hits outside boilerplate count, unless the member marked the entry literal ("=市政").
 */
export interface KeywordHit {
  /** The keyword entry as the member wrote it. */
  entry: string;
  /** The part of the entry that hit, in match form. */
  term: string;
  place: HitPlace;
  aligned: boolean;
  /** Offset in the title (place `title`) or in the body, both in match form. */
  offset: number;
  /** The title, or the body sentence around the hit (match form, cut to ~120 characters). */
  sentence: string;
}

type Occurrence = Omit<KeywordHit, 'entry' | 'term'>;

// Enough occurrences for any real notice; a pathological body cannot make one term cost more.
const MAX_OCCURRENCES = 256;

/**
 * The keyword hits of one bulletin, worked out lazily per distinct term and cached, so matching
 * pays for segmentation and zones only for terms that reached a candidate subscription.
 * The one definition of a counting hit: the matcher, the naive reference, preview and
 * why-matched all ask this class.
 */
export class BulletinHits {
  private zones: Zone[] | null = null;
  private readonly titleHits = new Map<string, Occurrence | null>();
  private readonly bodyHits = new Map<string, Occurrence | null>();
  private readonly literalHits = new Map<string, Occurrence | null>();

  constructor(
    readonly titleMatch: string,
    readonly bodyMatch: string,
    private readonly segmenters: SegmenterChoice = 'both',
    /** Apply the exception words (BLOCKING_WORDS); off only to measure what they do. */
    private readonly exceptions = true,
  ) {}

  /** First aligned hit of the term in the title, or null. */
  inTitle(term: string): Occurrence | null {
    let hit = this.titleHits.get(term);
    if (hit === undefined) {
      hit = null;
      const t = this.titleMatch;
      for (let at = t.indexOf(term), n = 0; at >= 0 && n < MAX_OCCURRENCES; at = t.indexOf(term, at + 1), n++) {
        if (isAligned(t, at, at + term.length, this.segmenters, this.exceptions)) {
          hit = { place: 'title', aligned: true, offset: at, sentence: t };
          break;
        }
      }
      this.titleHits.set(term, hit);
    }
    return hit;
  }

  /** First aligned hit of the term in the body outside boilerplate, or null. */
  inBody(term: string): Occurrence | null {
    let hit = this.bodyHits.get(term);
    if (hit === undefined) {
      hit = null;
      const b = this.bodyMatch;
      for (let at = b.indexOf(term), n = 0; at >= 0 && n < MAX_OCCURRENCES; at = b.indexOf(term, at + 1), n++) {
        const place = placeIn(this.bodyZones(), at, at + term.length);
        if (place === 'boilerplate' || !isAligned(b, at, at + term.length, this.segmenters, this.exceptions)) continue;
        hit = { place, aligned: true, offset: at, sentence: sentenceAround(b, at, at + term.length) };
        break;
      }
      this.bodyHits.set(term, hit);
    }
    return hit;
  }

  /** First plain-substring hit (title first), for literal entries; null when absent. */
  literal(term: string, titleOnly: boolean): Occurrence | null {
    let hit = this.literalHits.get(term);
    if (hit === undefined) {
      hit = null;
      const inTitle = this.titleMatch.indexOf(term);
      if (inTitle >= 0) {
        hit = {
          place: 'title',
          aligned: isAligned(this.titleMatch, inTitle, inTitle + term.length, this.segmenters, this.exceptions),
          offset: inTitle,
          sentence: this.titleMatch,
        };
      } else {
        const at = this.bodyMatch.indexOf(term);
        if (at >= 0) {
          const end = at + term.length;
          hit = {
            place: placeIn(this.bodyZones(), at, end),
            aligned: isAligned(this.bodyMatch, at, end, this.segmenters, this.exceptions),
            offset: at,
            sentence: sentenceAround(this.bodyMatch, at, end),
          };
        }
      }
      this.literalHits.set(term, hit);
    }
    return hit === null || (titleOnly && hit.place !== 'title') ? null : hit;
  }

  /**
   * Every occurrence of the term as a plain substring, title first, at most `limit`, each with the
   * matcher's verdict: `counts` is what inTitle/inBody/literal decide for that one occurrence (an
   * aligned hit outside boilerplate, or any substring of a literal entry; body ones not when
   * `titleOnly`). For people: why-matched shows the counting ones first.
   */
  occurrences(term: string, literal: boolean, titleOnly: boolean, limit = 20): Array<Occurrence & { counts: boolean }> {
    const out: Array<Occurrence & { counts: boolean }> = [];
    if (!term) return out;
    const t = this.titleMatch;
    for (let at = t.indexOf(term); at >= 0 && out.length < limit; at = t.indexOf(term, at + 1)) {
      const aligned = isAligned(t, at, at + term.length, this.segmenters, this.exceptions);
      out.push({ place: 'title', aligned, offset: at, sentence: t, counts: literal || aligned });
    }
    const b = this.bodyMatch;
    for (let at = b.indexOf(term); at >= 0 && out.length < limit; at = b.indexOf(term, at + 1)) {
      const end = at + term.length;
      const place = placeIn(this.bodyZones(), at, end);
      const aligned = isAligned(b, at, end, this.segmenters, this.exceptions);
      const counts = !titleOnly && (literal || (aligned && place !== 'boilerplate'));
      out.push({ place, aligned, offset: at, sentence: sentenceAround(b, at, end), counts });
    }
    return out;
  }

  /** The hit that makes the term count where the subscription looks, title first; null if none. */
  find(term: string, literal: boolean, titleOnly: boolean): Occurrence | null {
    if (literal) return this.literal(term, titleOnly);
    return this.inTitle(term) ?? (titleOnly ? null : this.inBody(term));
  }

  /**
   * The hits of a keyword or exclude entry, one per part, when every part counts; otherwise null.
   * `parts` are the entry's terms (entryTerms), `literal` its mark (isLiteralEntry).
   */
  entryHits(entry: string, parts: readonly string[], literal: boolean, titleOnly: boolean): KeywordHit[] | null {
    if (parts.length === 0) return null;
    const hits: KeywordHit[] = [];
    for (const term of parts) {
      const hit = this.find(term, literal, titleOnly);
      if (hit === null) return null;
      hits.push({ entry, term, place: hit.place, aligned: hit.aligned, offset: hit.offset, sentence: hit.sentence });
    }
    return hits;
  }

  private bodyZones(): Zone[] {
    return (this.zones ??= bodyZones(this.bodyMatch));
  }
}

const WEIGHT: Record<HitPlace, number> = { title: 1, opening: 0.7, body: 0.5, qualification: 0.3, boilerplate: 0.1 };

/**
 * Relevance 0..100 of a match from its hits: a title hit alone scores 100, one body hit 50, a
 * hit only in the qualification requirements 30; several hits add up, like independent chances.
 * Literal hits that are not aligned count half. A match without keywords scores 0.
 */
export function relevanceScore(hits: readonly KeywordHit[]): number {
  let miss = 1;
  for (const h of hits) miss *= 1 - WEIGHT[h.place] * (h.aligned ? 1 : 0.5);
  return Math.round(100 * (1 - miss));
}

/** Distinct places of the hits, strongest first (title, opening, body, qualification, boilerplate). */
export function hitPlaces(hits: readonly Pick<KeywordHit, 'place'>[]): HitPlace[] {
  const order: HitPlace[] = ['title', 'opening', 'body', 'qualification', 'boilerplate'];
  return order.filter((p) => hits.some((h) => h.place === p));
}
