import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface DayStats {
  /** YYYY-MM-DD in the report's time zone. */
  date: string;
  bulletins: number;
  matches: number;
  /** channel → status → count, e.g. { email: { sent: 12, failed: 1 } }. */
  deliveries: Record<string, Record<string, number>>;
}

export interface SystemStats {
  timezone: string;
  days: DayStats[];
  totals: {
    members: Record<string, number>;
    activeSubscriptions: number;
    /** Members whose address bounced (no more email until it changes). */
    bouncedMembers: number;
    /** Deliveries that bounced within the window. */
    bouncedDeliveries: number;
    /** Members who turned email off (one-click unsubscribe or settings). */
    unsubscribedMembers: number;
  };
}

/** Per-day counts over a window that ends today, grouped in one time zone. */
@Injectable()
export class AdminStatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async summary(days: number, timezone: string): Promise<SystemStats> {
    // The window starts at local midnight `days - 1` days ago.
    const [{ start }] = await this.dataSource.query<Array<{ start: Date }>>(
      `SELECT (date_trunc('day', now() AT TIME ZONE $1) - ($2::int - 1) * interval '1 day') AT TIME ZONE $1 AS start`,
      [timezone, days],
    );
    const dates = await this.dataSource.query<Array<{ date: string }>>(
      `SELECT to_char(g, 'YYYY-MM-DD') AS date FROM generate_series(($1::timestamptz AT TIME ZONE $2)::date, (now() AT TIME ZONE $2)::date, interval '1 day') g`,
      [start, timezone],
    );
    const perDay = (table: string, column: string) =>
      this.dataSource.query<Array<{ date: string; n: number }>>(
        `SELECT to_char(${column} AT TIME ZONE $2, 'YYYY-MM-DD') AS date, count(*)::int AS n FROM ${table} WHERE ${column} >= $1 GROUP BY 1`,
        [start, timezone],
      );
    const [bulletins, matches, deliveries, totals] = await Promise.all([
      perDay('bulletins', 'ingested_at'),
      perDay('matches', 'created_at'),
      this.dataSource.query<Array<{ date: string; channel: string; status: string; n: number }>>(
        `SELECT to_char(created_at AT TIME ZONE $2, 'YYYY-MM-DD') AS date, channel, status, count(*)::int AS n
           FROM deliveries WHERE created_at >= $1 GROUP BY 1, 2, 3`,
        [start, timezone],
      ),
      this.totals(start),
    ]);
    const count = (rows: Array<{ date: string; n: number }>) => new Map(rows.map((r) => [r.date, r.n]));
    const b = count(bulletins);
    const m = count(matches);
    return {
      timezone,
      days: dates.map(({ date }) => {
        const byChannel: DayStats['deliveries'] = {};
        for (const d of deliveries.filter((x) => x.date === date)) (byChannel[d.channel] ??= {})[d.status] = d.n;
        return { date, bulletins: b.get(date) ?? 0, matches: m.get(date) ?? 0, deliveries: byChannel };
      }),
      totals,
    };
  }

  private async totals(start: Date): Promise<SystemStats['totals']> {
    const [row] = await this.dataSource.query<Array<SystemStats['totals']>>(
      `SELECT (SELECT COALESCE(json_object_agg(status, n), '{}'::json) FROM (SELECT status, count(*)::int AS n FROM members GROUP BY status) x) AS members,
              (SELECT count(*)::int FROM subscriptions s JOIN members m ON m.id = s.member_id WHERE s.paused_at IS NULL AND m.status = 'active') AS "activeSubscriptions",
              (SELECT count(*)::int FROM members WHERE email_bounced_at IS NOT NULL) AS "bouncedMembers",
              (SELECT count(*)::int FROM deliveries WHERE status = 'bounced' AND created_at >= $1) AS "bouncedDeliveries",
              (SELECT count(*)::int FROM members WHERE NOT email_enabled) AS "unsubscribedMembers"`,
      [start],
    );
    return row;
  }
}
