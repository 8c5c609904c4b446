import { BulletinHits, isLiteralEntry } from '@app/matcher';
import { Injectable } from '@nestjs/common';
import { explainMatch } from '../admin/why/explain-match';
import { NotFoundError } from '../shared/domain.errors';
import { type HitContext, hitContexts } from './hit-context';
import { type FeedbackBulletin, type FeedbackSubscription, MatchFeedbackRepository } from './match-feedback.repository';
import { type MemberMatchRow, NotRelevantMarksRepository } from './not-relevant-marks.repository';
import { type SuggestedFix, suggestFixes } from './suggest-fixes';

export const FIX_WINDOW_DAYS = 30;
// A subscription that caught more than this in a month is measured on its newest matches.
const FIX_WINDOW_LIMIT = 2000;

export interface WhyPart {
  term: string;
  /** The part hits the title / body as the matcher counts it (a word outside boilerplate, or a literal entry). */
  inTitle: boolean;
  inBody: boolean;
  /** Counted for this subscription (the body only counts when it searches title and body). */
  counted: boolean;
  /** Where it occurs, the occurrences that count first. */
  contexts: HitContext[];
}

export interface MemberMatchWhy {
  matchId: string;
  markedAt: Date | null;
  subscription: { id: string; name: string; scope: FeedbackSubscription['scope']; keywords: string[]; excludeWords: string[] };
  bulletin: { id: string; title: string };
  /** Keyword entries that hit when it matched, as the member wrote them. */
  hits: string[];
  /** Each keyword entry of the subscription that hits the bulletin now, part by part, with where. */
  entries: Array<{ entry: string; parts: WhyPart[] }>;
  /** The subscription has no keywords: it catches every notice of its regions and kinds. */
  keywordless: boolean;
  /** The current filter still catches the bulletin (false once a fix was applied). */
  stillMatches: boolean;
}

export interface MemberMatchFixes {
  matchId: string;
  subscriptionId: string;
  days: number;
  /** The subscription's matches in the window. */
  matches: number;
  fixes: SuggestedFix[];
}

/** Why a member's match happened and what would have kept it out. */
@Injectable()
export class MatchFeedbackService {
  constructor(
    private readonly marks: NotRelevantMarksRepository,
    private readonly rows: MatchFeedbackRepository,
  ) {}

  async why(memberId: string, matchId: string): Promise<MemberMatchWhy> {
    const { match, subscription, bulletin } = await this.load(memberId, matchId);
    return whyOf(match, subscription, bulletin);
  }

  async fixes(memberId: string, matchId: string): Promise<MemberMatchFixes> {
    const { match, subscription, bulletin } = await this.load(memberId, matchId);
    const since = new Date(Date.now() - FIX_WINDOW_DAYS * 86_400_000);
    const window = await this.rows.windowMatches(memberId, subscription.id, since, FIX_WINDOW_LIMIT);
    return {
      matchId,
      subscriptionId: subscription.id,
      days: FIX_WINDOW_DAYS,
      matches: window.length,
      fixes: suggestFixes(subscription, { bulletin, hits: match.hits }, window),
    };
  }

  private async load(
    memberId: string,
    matchId: string,
  ): Promise<{ match: MemberMatchRow; subscription: FeedbackSubscription; bulletin: FeedbackBulletin }> {
    const match = await this.marks.matchForMember(memberId, matchId);
    if (!match) throw new NotFoundError('Match');
    const [subscription, bulletin] = await Promise.all([
      this.rows.subscription(memberId, match.subscriptionId),
      this.rows.bulletin(match.bulletinId),
    ]);
    // Both cascade with the match; a miss means it went away between the two reads.
    if (!subscription || !bulletin) throw new NotFoundError('Match');
    return { match, subscription, bulletin };
  }
}

/** Pure part of `why`, over rows already loaded. */
export function whyOf(match: MemberMatchRow, s: FeedbackSubscription, b: FeedbackBulletin): MemberMatchWhy {
  const e = explainMatch({ ...s, pausedAt: s.pausedAt, memberStatus: 'active' }, b);
  const hits = new BulletinHits(b.titleMatch, b.bodyMatch);
  const entries = e.keywords.entries
    .filter((entry) => entry.hit)
    .map((entry) => {
      const literal = isLiteralEntry(entry.entry);
      return {
        entry: entry.entry,
        parts: entry.parts.map((p) => ({
          term: p.term,
          inTitle: hits.find(p.term, literal, true) !== null,
          inBody: literal ? b.bodyMatch.includes(p.term) : hits.inBody(p.term) !== null,
          counted: p.found,
          contexts: hitContexts(hits, p.term, { literal, titleOnly: s.scope === 'title' }),
        })),
      };
    });
  return {
    matchId: match.id,
    markedAt: match.markedAt,
    subscription: { id: s.id, name: s.name, scope: s.scope, keywords: s.keywords, excludeWords: s.excludeWords },
    bulletin: { id: b.id, title: b.title },
    hits: match.hits,
    entries,
    keywordless: s.keywords.length === 0,
    stillMatches: e.filter === 'match',
  };
}
