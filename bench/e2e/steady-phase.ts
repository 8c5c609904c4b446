import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import type { CountingSmtp } from './counting-smtp';
import { bulletinItems } from './e2e-workload';
import { percentiles, postBulletins } from './ingest-client';

export interface SteadyOptions {
  port: number;
  apiKey: string;
  ds: DataSource;
  smtp: CountingSmtp;
  /** Bulletins per second, and for how long. */
  rate: number;
  seconds: number;
  windowSeconds: number;
  /** Resolves (with the time) once the check holds; throws when a child died or time ran out. */
  waitFor(check: () => Promise<boolean>, what: string): Promise<number>;
  log(line: string): void;
}

export interface SteadyResult {
  bulletins: number;
  instantNotifications: number;
  /** Instant emails those notifications went out in (one per member and window): what the rate asks of the sender. */
  emails: number;
  /** Seconds from the POST that brought a bulletin until the sink accepted the email naming it, minus the window. */
  beyondWindow: { n: number; p50: number; p95: number; max: number } | null;
  /** Notifications whose email the sink never saw (should be 0). */
  notSeenAtSink: number;
}

// Posts go out ten times a second: a crawler pushing what it found since its last push.
const TICK_MS = 100;

/**
 * Bulletins at a steady rate through the ingest API, then the instant latency of every
 * (member, bulletin) pair they produced: email accepted at the sink − bulletin posted − window.
 * The window's own wait is the member's choice; what is left is what the pipeline adds.
 */
export async function steadyPhase(o: SteadyOptions): Promise<SteadyResult> {
  const total = Math.round(o.rate * o.seconds);
  // Another seed: none of these is a repeat of the bulk phase's bulletins.
  const items = [...bulletinItems(total, 29)];
  const postedAt = new Map<string, number>();
  const inFlight: Array<Promise<void>> = [];
  const t0 = Date.now();
  let sent = 0;
  o.log(`steady phase: ${total} bulletins at ${o.rate}/s`);
  while (sent < total) {
    const due = Math.min(total, Math.floor(((Date.now() - t0) / 1000) * o.rate));
    if (due > sent) {
      const batch = items.slice(sent, due);
      sent = due;
      const at = Date.now();
      inFlight.push(postBulletins(o.port, o.apiKey, batch).then((done) => done.forEach((b) => postedAt.set(b.bulletinId, at))));
    }
    await sleep(TICK_MS);
  }
  await Promise.all(inFlight);
  const ids = [...postedAt.keys()];

  o.log('steady phase: waiting until every instant email is accepted');
  const unsent = async () =>
    (
      await o.ds.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM notifications n
          WHERE n.frequency = 'instant' AND n.bulletin_id = ANY($1::uuid[])
            AND (n.status <> 'assigned' OR NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.id = n.delivery_id AND d.status = 'sent'))`,
        [ids],
      )
    )[0].n;
  // Matching is asynchronous: a bulletin's notifications exist only once its match is recorded.
  await o.waitFor(
    async () =>
      (
        await o.ds.query<Array<{ n: number }>>(
          `SELECT count(*)::int AS n FROM bulletin_match_state WHERE bulletin_id = ANY($1::uuid[]) AND matched_at IS NULL`,
          [ids],
        )
      )[0].n === 0,
    'steady phase: every bulletin recorded',
  );
  await o.waitFor(async () => (await unsent()) === 0, 'steady phase: every instant email accepted');
  await sleep(500); // the sink has answered before the sender recorded it; it has surely counted it

  const rows = await o.ds.query<Array<{ bulletin_id: string; delivery_id: string }>>(
    `SELECT bulletin_id, delivery_id FROM notifications WHERE frequency = 'instant' AND bulletin_id = ANY($1::uuid[])`,
    [ids],
  );
  const beyond: number[] = [];
  let notSeen = 0;
  for (const r of rows) {
    const accepted = o.smtp.acceptedAt(r.delivery_id);
    if (accepted === undefined) notSeen++;
    else beyond.push((accepted - postedAt.get(r.bulletin_id)!) / 1000 - o.windowSeconds);
  }
  return {
    bulletins: ids.length,
    instantNotifications: rows.length,
    emails: new Set(rows.map((r) => r.delivery_id)).size,
    beyondWindow: percentiles(beyond),
    notSeenAtSink: notSeen,
  };
}
