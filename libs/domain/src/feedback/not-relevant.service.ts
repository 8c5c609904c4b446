import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DomainError, NotFoundError } from '../shared/domain.errors';
import { readNotRelevantToken } from './not-relevant-link';
import { type MarkRow, type MemberMatchRow, NotRelevantMarksRepository } from './not-relevant-marks.repository';
import { MatchFeedbackRepository } from './match-feedback.repository';

export interface NotRelevantLinkTarget {
  memberId: string;
  bulletin: { id: string; title: string };
  /** The member's matches of the bulletin, one per subscription that caught it. */
  matches: Array<MemberMatchRow & { subscriptionName: string }>;
}

const invalidLink = () => new DomainError('not_found', 'link_invalid', 'This link is invalid or has expired');

/** Records and undoes 不相关 marks, from the web app (by match) or an email link (by bulletin). */
@Injectable()
export class NotRelevantService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly marks: NotRelevantMarksRepository,
    private readonly rows: MatchFeedbackRepository,
  ) {}

  /** Idempotent: marking twice keeps the first mark. Another member's match is a 404. */
  async mark(memberId: string, matchId: string, reason?: string | null): Promise<{ mark: MarkRow; created: boolean }> {
    const match = await this.marks.matchForMember(memberId, matchId);
    if (!match) throw new NotFoundError('Match');
    return this.marks.mark(memberId, match, { reason: reason?.trim() || null, source: 'app' });
  }

  async unmark(memberId: string, matchId: string): Promise<void> {
    if (!(await this.marks.matchForMember(memberId, matchId))) throw new NotFoundError('Match');
    await this.marks.unmark(memberId, matchId);
  }

  /** What an email link points at, for the confirmation page; changes nothing. */
  async linkTarget(token: string): Promise<NotRelevantLinkTarget> {
    const payload = readNotRelevantToken(token, this.config.auth.linkSecret);
    if (!payload) throw invalidLink();
    const bulletin = await this.rows.bulletin(payload.bulletinId);
    const matches = bulletin ? await this.marks.matchesOnBulletin(payload.memberId, bulletin.id) : [];
    // Gone with the member, the bulletin or every subscription that caught it.
    if (!bulletin || !matches.length) throw invalidLink();
    const names = new Map<string, string>();
    for (const m of matches) names.set(m.subscriptionId, (await this.rows.subscription(payload.memberId, m.subscriptionId))?.name ?? '');
    return {
      memberId: payload.memberId,
      bulletin: { id: bulletin.id, title: bulletin.title },
      matches: matches.map((m) => ({ ...m, subscriptionName: names.get(m.subscriptionId) ?? '' })),
    };
  }

  /** Marks the bulletin not relevant for every subscription of the member that caught it. */
  async markByLink(token: string): Promise<NotRelevantLinkTarget> {
    const target = await this.linkTarget(token);
    for (const m of target.matches) {
      const { mark } = await this.marks.mark(target.memberId, m, { source: 'email' });
      m.markedAt = mark.createdAt;
    }
    return target;
  }
}
