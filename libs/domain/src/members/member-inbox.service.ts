import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../shared/domain.errors';
import { decodeCursor, encodeCursor } from './inbox-cursor';
import { InboxMatchRow, MemberBulletin, MemberBulletinMatch, MemberInboxRepository } from './member-inbox.repository';

export interface InboxPage {
  items: InboxMatchRow[];
  nextCursor: string | null;
}

/** What a member's filters caught: matches newest first, and the bulletins behind them. */
@Injectable()
export class MemberInboxService {
  constructor(private readonly inbox: MemberInboxRepository) {}

  async matches(memberId: string, opts: { subscriptionId?: string; cursor?: string; limit: number }): Promise<InboxPage> {
    // Another member's subscription looks exactly like one that does not exist.
    if (opts.subscriptionId && !(await this.inbox.ownsSubscription(memberId, opts.subscriptionId))) throw new NotFoundError('Subscription');
    const after = opts.cursor ? decodeCursor(opts.cursor) : undefined;
    const rows = await this.inbox.matches(memberId, { subscriptionId: opts.subscriptionId, after, limit: opts.limit });
    const items = rows.slice(0, opts.limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > opts.limit && last ? encodeCursor({ at: last.position, id: last.id }) : null };
  }

  async bulletin(memberId: string, bulletinId: string): Promise<MemberBulletin & { matches: MemberBulletinMatch[] }> {
    const bulletin = await this.inbox.bulletin(memberId, bulletinId);
    if (!bulletin) throw new NotFoundError('Bulletin');
    return { ...bulletin, matches: await this.inbox.bulletinMatches(memberId, bulletinId) };
  }
}
