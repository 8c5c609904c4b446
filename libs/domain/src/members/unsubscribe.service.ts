import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { memberPending, memberWaiting } from '../deliveries/member-notifications.sql';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DomainError } from '../shared/domain.errors';
import { verifyToken } from '../shared/signed-token';

const isUuid = (v: unknown): v is string => typeof v === 'string' && isUUID(v);

export type UnsubscribeScope = 'subscription' | 'all';

export interface UnsubscribeTarget {
  memberId: string;
  email: string;
  subscription: { id: string; name: string } | null;
}

/** One-click unsubscribe from a signed link: no login, constant-time token check. */
@Injectable()
export class UnsubscribeService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** What the link points at (for the confirmation page). */
  async target(token: string): Promise<UnsubscribeTarget> {
    const payload = verifyToken<{ m: string; s?: string }>('unsubscribe', token, this.config.auth.linkSecret);
    // A genuine signature over ids that are not uuids is still a dead link, not a query error.
    if (!payload || !isUuid(payload.m) || (payload.s !== undefined && !isUuid(payload.s))) {
      throw new DomainError('not_found', 'link_invalid', 'This link is invalid or has expired');
    }
    const [member] = await this.dataSource.query<Array<{ id: string; email: string }>>(`SELECT id, email FROM members WHERE id = $1`, [
      payload.m,
    ]);
    if (!member) throw new DomainError('not_found', 'link_invalid', 'This link is invalid or has expired');
    const [sub] = payload.s
      ? await this.dataSource.query<Array<{ id: string; name: string }>>(
          `SELECT id, name FROM subscriptions WHERE id = $1 AND member_id = $2`,
          [payload.s, payload.m],
        )
      : [];
    return { memberId: member.id, email: member.email, subscription: sub ?? null };
  }

  /** Pauses the linked subscription, or stops all email. Idempotent. */
  async apply(token: string, scope: UnsubscribeScope): Promise<UnsubscribeTarget> {
    const t = await this.target(token);
    if (scope === 'subscription' && t.subscription) {
      await this.dataSource.query(`UPDATE subscriptions SET paused_at = COALESCE(paused_at, now()), updated_at = now() WHERE id = $1`, [
        t.subscription.id,
      ]);
    } else {
      await this.dataSource.query(`UPDATE members SET email_enabled = false, updated_at = now() WHERE id = $1`, [t.memberId]);
      // Nothing already queued for email goes out after an unsubscribe.
      await this.dataSource.query(`UPDATE notifications SET status = 'suppressed' WHERE ${memberPending('$1')} AND channel = 'email'`, [
        t.memberId,
      ]);
      await this.dataSource.query(
        `UPDATE notifications SET status = 'suppressed', delivery_id = NULL WHERE ${memberWaiting('$1', 'email')}`,
        [t.memberId],
      );
    }
    return t;
  }
}
