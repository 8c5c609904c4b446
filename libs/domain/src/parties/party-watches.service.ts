import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { foldPartyName } from '@app/projects';
import { DomainError, NotFoundError, ValidationError } from '../shared/domain.errors';
import type { Channel, SubscriptionFrequency } from '../subscriptions/subscription.entity';
import { PARTY_ROLES, type PartyRole } from './party-watch.entity';

export interface WatchInput {
  name: string;
  role?: PartyRole;
  channels?: Channel[];
  frequency?: SubscriptionFrequency;
}

export interface WatchView {
  id: string;
  name: string;
  role: PartyRole;
  channels: Channel[];
  frequency: SubscriptionFrequency;
  createdAt: Date;
}

const SUGGEST_LIMIT = 10;

interface WatchRow {
  id: string;
  name: string;
  role: PartyRole;
  channels: Channel[];
  frequency: SubscriptionFrequency;
  created_at: Date;
}

/** Watched organisations (one member's own), and suggestions from the names already seen. */
@Injectable()
export class PartyWatchesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Watches an organisation in a role; the same one again updates it. Plan-limited (PLAN_*_WATCHES). */
  async create(memberId: string, input: WatchInput): Promise<WatchView> {
    const folded = foldPartyName(input.name);
    if (folded.length < 2) throw new ValidationError([{ field: 'name', message: 'name an organisation (at least 2 characters)' }]);
    const role = input.role ?? 'any';
    if (!PARTY_ROLES.includes(role)) throw new ValidationError([{ field: 'role', message: `one of ${PARTY_ROLES.join(', ')}` }]);
    return this.dataSource.transaction(async (em) => {
      // The member row lock serialises one member's watches, so two requests cannot both pass the limit.
      const [member] = await em.query<Array<{ plan: 'free' | 'pro' }>>(`SELECT plan FROM members WHERE id = $1 FOR UPDATE`, [memberId]);
      if (!member) throw new NotFoundError('Member');
      // Watching the same organisation in the same role again is an update, allowed at the limit.
      const [{ n }] = await em.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM party_watches WHERE member_id = $1 AND NOT (folded_name = $2 AND role = $3)`,
        [memberId, folded, role],
      );
      const limit = this.config.plans[member.plan].watches;
      if (n >= limit) throw new DomainError('limit', 'plan_watch_limit', `The ${member.plan} plan allows watching ${limit} organisations`);
      const [row] = await em.query<WatchRow[]>(
        `INSERT INTO party_watches (member_id, name, folded_name, role, channels, frequency) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (member_id, folded_name, role) DO UPDATE SET name = EXCLUDED.name, channels = EXCLUDED.channels, frequency = EXCLUDED.frequency
         RETURNING id, name, role, channels, frequency, created_at`,
        [memberId, input.name.trim(), folded, role, input.channels?.length ? input.channels : ['email'], input.frequency ?? 'instant'],
      );
      return toView(row);
    });
  }

  async list(memberId: string): Promise<WatchView[]> {
    const rows = await this.dataSource.query<WatchRow[]>(
      `SELECT id, name, role, channels, frequency, created_at FROM party_watches WHERE member_id = $1 ORDER BY created_at DESC`,
      [memberId],
    );
    return rows.map(toView);
  }

  async remove(memberId: string, id: string): Promise<void> {
    const [, count] = await this.dataSource.query<[unknown[], number]>(`DELETE FROM party_watches WHERE id = $1 AND member_id = $2`, [
      id,
      memberId,
    ]);
    if (!count) throw new NotFoundError('Watch');
  }

  /** Organisation names already seen as buyer, agency or winner, most frequent first. */
  async suggest(q: string): Promise<Array<{ name: string; roles: string[]; count: number }>> {
    const text = q.trim();
    if (!text) return [];
    return this.dataSource.query<Array<{ name: string; roles: string[]; count: number }>>(
      `WITH recent AS (SELECT buyer, agency, winners FROM bulletins ORDER BY ingested_at DESC LIMIT 50000),
            names AS (SELECT buyer AS name, 'buyer' AS role FROM recent WHERE buyer IS NOT NULL
                      UNION ALL SELECT agency, 'agency' FROM recent WHERE agency IS NOT NULL
                      UNION ALL SELECT unnest(winners), 'winner' FROM recent)
       SELECT name, array_agg(DISTINCT role ORDER BY role) AS roles, count(*)::int AS count
         FROM names WHERE strpos(name, $1) > 0
        GROUP BY name ORDER BY count(*) DESC, name LIMIT ${SUGGEST_LIMIT}`,
      [text],
    );
  }
}

function toView(r: WatchRow): WatchView {
  return { id: r.id, name: r.name, role: r.role, channels: r.channels, frequency: r.frequency, createdAt: r.created_at };
}
