import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface NoiseRate {
  matches: number;
  /** Of those matches, how many members marked 不相关. */
  marks: number;
  /** marks / matches; null without matches. */
  rate: number | null;
}

export interface NoiseStats extends NoiseRate {
  days: number;
  since: Date;
  /** Marks by where they were made: app (inbox button) or email (signed link). */
  bySource: Record<string, number>;
  /** Subscriptions with the most marks. */
  subscriptions: Array<NoiseRate & { id: string; name: string; memberId: string; memberEmail: string }>;
  /** Keyword entries (as members wrote them) with the most marks. */
  terms: Array<NoiseRate & { term: string }>;
}

const rate = (marks: number, matches: number) => (matches ? Math.round((marks / matches) * 10_000) / 10_000 : null);

/**
 * How noisy matching is, from members' 不相关 marks: of the matches made in the window, the share
 * marked, overall, per subscription and per keyword entry that hit.
 */
@Injectable()
export class AdminNoiseRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async noise(days: number, top: number): Promise<NoiseStats> {
    const since = new Date(Date.now() - days * 86_400_000);
    const window = `WITH w AS MATERIALIZED (
        SELECT m.id, m.subscription_id, m.hits, n.id IS NOT NULL AS marked, n.source
          FROM matches m LEFT JOIN not_relevant_marks n ON n.match_id = m.id
         WHERE m.created_at >= $1)`;
    const [[totals], bySource, subscriptions, terms] = await Promise.all([
      this.dataSource.query<Array<{ matches: number; marks: number }>>(
        `${window} SELECT count(*)::int AS matches, count(*) FILTER (WHERE marked)::int AS marks FROM w`,
        [since],
      ),
      this.dataSource.query<Array<{ source: string; n: number }>>(
        `${window} SELECT source, count(*)::int AS n FROM w WHERE marked GROUP BY source`,
        [since],
      ),
      this.dataSource.query<Array<Omit<NoiseStats['subscriptions'][number], 'rate'>>>(
        `${window} SELECT s.id, s.name, s.member_id AS "memberId", mem.email AS "memberEmail", count(*)::int AS matches, count(*) FILTER (WHERE marked)::int AS marks
           FROM w JOIN subscriptions s ON s.id = w.subscription_id JOIN members mem ON mem.id = s.member_id
          GROUP BY s.id, mem.email HAVING count(*) FILTER (WHERE marked) > 0
          ORDER BY marks DESC, matches DESC, s.id LIMIT $2`,
        [since, top],
      ),
      this.dataSource.query<Array<Omit<NoiseStats['terms'][number], 'rate'>>>(
        `${window} SELECT t.term, count(*)::int AS matches, count(*) FILTER (WHERE marked)::int AS marks
           FROM w CROSS JOIN LATERAL unnest(w.hits) AS t(term)
          GROUP BY t.term HAVING count(*) FILTER (WHERE marked) > 0
          ORDER BY marks DESC, matches DESC, t.term LIMIT $2`,
        [since, top],
      ),
    ]);
    return {
      days,
      since,
      matches: totals.matches,
      marks: totals.marks,
      rate: rate(totals.marks, totals.matches),
      bySource: Object.fromEntries(bySource.map((r) => [r.source, r.n])),
      subscriptions: subscriptions.map((s) => ({ ...s, rate: rate(s.marks, s.matches) })),
      terms: terms.map((t) => ({ ...t, rate: rate(t.marks, t.matches) })),
    };
  }
}
