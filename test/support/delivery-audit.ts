import { naiveMatch } from '@app/matcher';
import type { Subscription } from '@app/domain';
import type { SmtpTestServer } from '@app/testing';
import type { DataSource } from 'typeorm';
import { BULLETIN_TAG as TAG, bulletinTagsInEmail } from './bulletin-tags';

/** Every (member email, bulletin tag) compared with what a plain reference matcher expects. */
export interface DeliveryAudit {
  expected: number;
  received: number;
  lost: string[];
  duplicated: string[];
  unexpected: string[];
  /** Expected pairs whose delivery is recorded `unknown` (caught inside an SMTP transmission). */
  unknown: string[];
  /** Rows still open: bulletins unmatched, notifications pending, deliveries not finished. */
  stuck: { unmatched: number; pendingNotifications: number; openDeliveries: number; sending: number };
}

/** Pipeline work still open in Postgres; all zero once everything has settled. */
export async function openWork(ds: DataSource): Promise<DeliveryAudit['stuck']> {
  const [row] = await ds.query(
    `SELECT (SELECT count(*) FROM bulletins b JOIN bulletin_match_state ms ON ms.bulletin_id = b.id WHERE ms.matched_at IS NULL AND b.canonical_id IS NULL)::int AS unmatched,
            (SELECT count(*) FROM notifications WHERE status = 'pending')::int AS "pendingNotifications",
            (SELECT count(*) FROM deliveries WHERE status IN ('pending', 'sending', 'held'))::int AS "openDeliveries",
            (SELECT count(*) FROM deliveries WHERE status = 'sending')::int AS sending`,
  );
  return row;
}

/**
 * Expected: a plain loop over the subscriptions for every stored bulletin (tagged B0001… in its
 * title). Received: the bulletins each email lists in full (bulletin-tags.ts).
 */
export async function auditDeliveries(
  ds: DataSource,
  smtp: Pick<SmtpTestServer, 'messages'>,
  subs: Subscription[],
  emails: Map<string, string>,
): Promise<DeliveryAudit> {
  const stored = await ds.query(`SELECT title, title_match, body_match, region_code, category FROM bulletins WHERE canonical_id IS NULL`);
  const expected = new Set<string>();
  for (const b of stored) {
    const tag = TAG.exec(b.title)?.[0];
    if (!tag) continue;
    for (const r of naiveMatch(subs, {
      titleMatch: b.title_match,
      bodyMatch: b.body_match,
      regionCode: b.region_code,
      category: b.category,
      budgetYuan: null,
    })) {
      expected.add(`${emails.get(subs.find((s) => s.id === r.subscriptionId)!.memberId)}|${tag}`);
    }
  }
  const received = new Map<string, number>();
  for (const mail of smtp.messages) {
    for (const tag of bulletinTagsInEmail(mail.text)) {
      const key = `${mail.envelope.to[0]}|${tag}`;
      received.set(key, (received.get(key) ?? 0) + 1);
    }
  }
  const unknownRows: Array<{ email: string; title: string }> = await ds.query(
    `SELECT m.email, b.title FROM notifications n JOIN deliveries d ON d.id = n.delivery_id
       JOIN members m ON m.id = n.member_id JOIN bulletins b ON b.id = n.bulletin_id WHERE d.status = 'unknown'`,
  );
  const unknown = new Set(unknownRows.map((r) => `${r.email}|${TAG.exec(r.title)?.[0]}`));
  return {
    expected: expected.size,
    received: received.size,
    lost: [...expected].filter((k) => !received.has(k) && !unknown.has(k)),
    duplicated: [...received].filter(([, c]) => c > 1).map(([k]) => k),
    unexpected: [...received.keys()].filter((k) => !expected.has(k)),
    unknown: [...unknown].filter((k) => expected.has(k)),
    stuck: await openWork(ds),
  };
}

/** Where each expected (member, bulletin) ended, for the chaos soak's report. */
export interface DeliveryClassification {
  expected: number;
  deliveredOnce: number;
  lost: string[];
  duplicated: string[];
  unexpected: string[];
  /** Its delivery is `unknown`: caught inside an SMTP transmission, never resent. */
  unknown: string[];
  /** SMTP answered 5xx for the message that carried it: bounced, by design not retried. */
  refused: string[];
  /** Matched while the member's address was marked bounced: by design never sent. */
  suppressed: string[];
  /** A daily notification made after today's digest went out: it waits for tomorrow's. */
  deferred: string[];
  /** Still pending or in flight after the pipeline was given time to settle. */
  stuck: string[];
}

export async function classifyDeliveries(
  ds: DataSource,
  smtp: Pick<SmtpTestServer, 'messages'>,
  subs: Subscription[],
  emails: Map<string, string>,
): Promise<DeliveryClassification> {
  const audit = await auditDeliveries(ds, smtp, subs, emails);
  const received = new Map<string, number>();
  for (const mail of smtp.messages) {
    for (const tag of bulletinTagsInEmail(mail.text))
      received.set(`${mail.envelope.to[0]}|${tag}`, (received.get(`${mail.envelope.to[0]}|${tag}`) ?? 0) + 1);
  }
  const rows: Array<{
    email: string;
    title: string;
    n_status: string;
    frequency: string;
    d_status: string | null;
    bounced: boolean;
    digest_done: boolean;
  }> = await ds.query(
    `SELECT m.email, b.title, n.status AS n_status, n.frequency, d.status AS d_status, m.email_bounced_at IS NOT NULL AS bounced,
            EXISTS (SELECT 1 FROM deliveries dd WHERE dd.member_id = n.member_id AND dd.kind = n.frequency AND dd.status IN ('sent', 'unknown', 'bounced', 'failed')) AS digest_done
       FROM notifications n JOIN members m ON m.id = n.member_id JOIN bulletins b ON b.id = n.bulletin_id
       LEFT JOIN deliveries d ON d.id = n.delivery_id`,
  );
  const byKey = new Map(rows.map((r) => [`${r.email}|${TAG.exec(r.title)?.[0]}`, r]));
  const unmatched = new Set(
    (
      await ds.query(
        `SELECT b.title FROM bulletins b JOIN bulletin_match_state ms ON ms.bulletin_id = b.id WHERE ms.matched_at IS NULL AND b.canonical_id IS NULL`,
      )
    ).map((r: { title: string }) => TAG.exec(r.title)?.[0]),
  );
  const bouncedMembers = new Set(
    (await ds.query(`SELECT email FROM members WHERE email_bounced_at IS NOT NULL`)).map((r: { email: string }) => r.email),
  );
  const out: DeliveryClassification = {
    expected: audit.expected,
    deliveredOnce: 0,
    lost: [],
    duplicated: audit.duplicated,
    unexpected: audit.unexpected,
    unknown: [],
    refused: [],
    suppressed: [],
    deferred: [],
    stuck: [],
  };
  const expectedKeys = new Set([...audit.lost, ...[...received.keys()]].filter((k) => !audit.unexpected.includes(k)));
  for (const k of audit.unknown) expectedKeys.add(k);
  for (const key of expectedKeys) {
    const c = received.get(key) ?? 0;
    if (c === 1) out.deliveredOnce++;
    if (c >= 1) continue;
    const r = byKey.get(key);
    if (r?.d_status === 'unknown') out.unknown.push(key);
    else if (r?.d_status === 'bounced' || r?.d_status === 'failed') out.refused.push(key);
    else if ((!r && bouncedMembers.has(key.split('|')[0])) || r?.n_status === 'suppressed') out.suppressed.push(key);
    else if (r?.n_status === 'pending' && r.frequency !== 'instant' && r.digest_done) out.deferred.push(key);
    else if (
      unmatched.has(key.split('|')[1]) ||
      (r && (r.n_status === 'pending' || ['pending', 'sending', 'held'].includes(r.d_status ?? '')))
    )
      out.stuck.push(key);
    else out.lost.push(key);
  }
  return out;
}
