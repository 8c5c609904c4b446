import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ExplainSubscription } from './explain-match';

export interface WhyBulletin {
  id: string;
  title: string;
  titleMatch: string;
  bodyMatch: string;
  regionCode: string | null;
  regionText: string | null;
  category: string;
  stage: string | null;
  budgetYuan: number | null;
  canonicalId: string | null;
  withdrawnAt: Date | null;
  ingestedAt: Date;
  matchedAt: Date | null;
}

export interface WhySubscription extends ExplainSubscription {
  memberId: string;
  name: string;
  createdAt: Date;
  updatedAt: Date;
  channels: Array<'email' | 'sms'>;
}

export interface WhyMember {
  id: string;
  email: string;
  status: string;
  emailEnabled: boolean;
  emailBouncedAt: Date | null;
  smsEnabled: boolean;
  phoneVerifiedAt: Date | null;
  consentAt: Date | null;
}

export interface WhyMatchRow {
  subscriptionId: string;
  hits: string[];
  createdAt: Date;
}

export interface WhyNotificationRow {
  channel: 'email' | 'sms';
  status: string;
  /** Set when the ledger held it back itself (deadline_passed). */
  ledgerReason?: string | null;
  frequency: string;
  createdAt: Date;
  delivery: {
    id: string;
    kind: string;
    status: string;
    attempts: number;
    dueAt: Date;
    sentAt: Date | null;
    error: string | null;
    subject: string | null;
  } | null;
}

const SUBSCRIPTION = `s.id, s.member_id AS "memberId", s.name, s.keywords, s.exclude_words AS "excludeWords", s.scope, s.regions,
  s.categories, s.stages, s.budget_min::float8 AS "budgetMin", s.budget_max::float8 AS "budgetMax", s.require_budget AS "requireBudget",
  s.channels, s.paused_at AS "pausedAt", s.created_at AS "createdAt", s.updated_at AS "updatedAt", m.status AS "memberStatus"`;

/** The rows an explanation needs: bulletin, subscriptions, and what matching and delivery wrote. */
@Injectable()
export class WhyMatchedRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async bulletin(id: string): Promise<WhyBulletin | null> {
    const [row] = await this.dataSource.query<WhyBulletin[]>(
      `SELECT id, title, title_match AS "titleMatch", body_match AS "bodyMatch", region_code AS "regionCode", region_text AS "regionText",
              category, stage, budget_yuan::float8 AS "budgetYuan", canonical_id AS "canonicalId", withdrawn_at AS "withdrawnAt",
              ingested_at AS "ingestedAt", ms.matched_at AS "matchedAt"
         FROM bulletins LEFT JOIN bulletin_match_state ms ON ms.bulletin_id = bulletins.id WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  subscriptions(by: { subscriptionId: string } | { memberId: string }): Promise<WhySubscription[]> {
    const [where, value] = 'subscriptionId' in by ? ['s.id = $1', by.subscriptionId] : ['s.member_id = $1', by.memberId];
    return this.dataSource.query(
      `SELECT ${SUBSCRIPTION} FROM subscriptions s JOIN members m ON m.id = s.member_id WHERE ${where} ORDER BY s.created_at, s.id`,
      [value],
    );
  }

  async member(id: string): Promise<WhyMember | null> {
    const [row] = await this.dataSource.query<WhyMember[]>(
      `SELECT id, email, status, email_enabled AS "emailEnabled", email_bounced_at AS "emailBouncedAt", sms_enabled AS "smsEnabled",
              phone_verified_at AS "phoneVerifiedAt", consent_at AS "consentAt"
         FROM members WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Every match of the member's subscriptions on the bulletin. */
  matches(memberId: string, bulletinId: string): Promise<WhyMatchRow[]> {
    return this.dataSource.query(
      `SELECT subscription_id AS "subscriptionId", hits, created_at AS "createdAt" FROM matches WHERE member_id = $1 AND bulletin_id = $2 ORDER BY created_at, subscription_id`,
      [memberId, bulletinId],
    );
  }

  async notifications(memberId: string, bulletinId: string): Promise<WhyNotificationRow[]> {
    const rows: WhyNotificationRow[] = await this.dataSource.query(
      `SELECT n.channel, n.status, n.held_reason AS "ledgerReason", n.frequency, n.created_at AS "createdAt",
              CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object(
                'id', d.id, 'kind', d.kind, 'status', d.status, 'attempts', d.attempts, 'dueAt', d.due_at,
                'sentAt', d.sent_at, 'error', d.error, 'subject', d.subject) END AS delivery
         FROM notifications n LEFT JOIN deliveries d ON d.id = n.delivery_id
        WHERE n.member_id = $1 AND n.bulletin_id = $2 ORDER BY n.channel`,
      [memberId, bulletinId],
    );
    // json_build_object hands timestamps back as text.
    for (const { delivery: d } of rows) {
      if (!d) continue;
      d.dueAt = new Date(d.dueAt);
      d.sentAt = d.sentAt === null ? null : new Date(d.sentAt);
    }
    return rows;
  }
}
