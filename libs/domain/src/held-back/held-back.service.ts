import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { memberRowsInStateOrder, memberSuppressed } from '../deliveries/member-notifications.sql';

// Every bulletin the member ($1) has a notification of, through the indexes that hold its rows.
const BULLETINS_OF_MEMBER = memberRowsInStateOrder('$1')
  .map((rows) => `SELECT bulletin_id FROM notifications WHERE ${rows}`)
  .join(' UNION ALL ');

export type HeldBackReason =
  'quiet_hours' | 'sms_daily_cap' | 'rate_limited' | 'unknown_delivery' | 'duplicate' | 'deadline_passed' | 'suppressed';

export interface HeldBackItem {
  reason: HeldBackReason;
  /** What the member reads: 免打扰时段, 短信每日上限 … */
  reasonLabel: string;
  channel: 'email' | 'sms' | null;
  /** When a held message goes out (quiet hours end, next day); null when it will not. */
  until: Date | null;
  bulletin: { id: string; title: string; url: string | null; source: string };
  /** For a duplicate: the notice the member was told about instead. */
  sameAsBulletinId: string | null;
  at: Date;
}

interface HeldRow {
  status: string | null;
  error: string | null;
  channel: 'email' | 'sms' | null;
  due_at: Date | null;
  updated_at: Date | null;
  id: string;
  title: string;
  url: string | null;
  source: string;
  n_status: string;
  held_reason: string | null;
}

interface DuplicateRow {
  id: string;
  title: string;
  url: string | null;
  source: string;
  canonical_id: string;
  ingested_at: Date;
}

const LABELS: Record<HeldBackReason, string> = {
  quiet_hours: '免打扰时段，结束后发送',
  sms_daily_cap: '已达短信每日上限，次日发送',
  rate_limited: '短信通道限流，稍后发送',
  unknown_delivery: '发送状态未知（可能已送达），不再重发',
  duplicate: '其他来源的同一公告，不再重复通知',
  deadline_passed: '投标截止时间已过，未作为新标讯发送',
  suppressed: '未发送',
};

function heldReason(error: string | null): HeldBackReason {
  if (error?.startsWith('quiet hours')) return 'quiet_hours';
  if (error?.startsWith('daily SMS cap')) return 'sms_daily_cap';
  return 'rate_limited';
}

/**
 * What was held back from a member and why, beside what was sent: messages waiting out quiet
 * hours or the SMS cap, messages whose fate is unknown, and other sources' copies of notices they
 * were already told about. Only the member's own rows.
 */
@Injectable()
export class HeldBackService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(memberId: string, limit = 100): Promise<HeldBackItem[]> {
    const deliveries = await this.dataSource.query<HeldRow[]>(
      // Suppressed rows by their own index, the rest through the member's held or unknown deliveries.
      `SELECT d.status, d.error, d.channel, d.due_at, d.updated_at, b.id, b.title, b.url, s.name AS source, n.status AS n_status, n.held_reason
         FROM (SELECT bulletin_id, delivery_id, status, held_reason, created_at FROM notifications WHERE ${memberSuppressed('$1')}
               UNION ALL
               SELECT n.bulletin_id, n.delivery_id, n.status, n.held_reason, n.created_at
                 FROM deliveries dd JOIN notifications n ON n.delivery_id = dd.id
                WHERE dd.member_id = $1 AND dd.status IN ('held', 'unknown') AND n.status <> 'suppressed') n
         JOIN bulletins b ON b.id = n.bulletin_id JOIN sources s ON s.id = b.source_id
         LEFT JOIN deliveries d ON d.id = n.delivery_id
        ORDER BY coalesce(d.updated_at, n.created_at) DESC LIMIT $2`,
      [memberId, limit],
    );
    const duplicates = await this.dataSource.query<DuplicateRow[]>(
      `SELECT b.id, b.title, b.url, s.name AS source, b.canonical_id, b.ingested_at
         FROM bulletins b JOIN sources s ON s.id = b.source_id
        WHERE b.canonical_id IN (${BULLETINS_OF_MEMBER})
        ORDER BY b.ingested_at DESC LIMIT $2`,
      [memberId, limit],
    );
    const items: HeldBackItem[] = deliveries.map((r) => {
      const reason: HeldBackReason =
        r.held_reason === 'deadline_passed'
          ? 'deadline_passed'
          : r.n_status === 'suppressed' && !r.status
            ? 'suppressed'
            : r.status === 'unknown'
              ? 'unknown_delivery'
              : heldReason(r.error);
      return {
        reason,
        reasonLabel: LABELS[reason],
        channel: r.channel ?? null,
        until: r.status === 'held' ? r.due_at : null,
        bulletin: { id: r.id, title: r.title, url: r.url, source: r.source },
        sameAsBulletinId: null,
        at: r.updated_at ?? new Date(),
      };
    });
    for (const d of duplicates) {
      items.push({
        reason: 'duplicate',
        reasonLabel: LABELS.duplicate,
        channel: null,
        until: null,
        bulletin: { id: d.id, title: d.title, url: d.url, source: d.source },
        sameAsBulletinId: d.canonical_id,
        at: d.ingested_at,
      });
    }
    return items.sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime()).slice(0, limit);
  }
}
