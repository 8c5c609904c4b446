import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { bullConnection, QUEUES } from '@app/queues';
import type { CountingSmtp } from './counting-smtp';

export interface DigestOptions {
  ds: DataSource;
  smtp: CountingSmtp;
  redisUrl: string;
  queuePrefix: string;
  waitFor(check: () => Promise<boolean>, what: string): Promise<number>;
  log(line: string): void;
}

export interface DigestResult {
  /** Daily and weekly digests due (members with something pending), and those the sink accepted. */
  due: number;
  accepted: number;
  /** From the tick that opened them until the sink accepted the last. */
  seconds: number;
  emailsPerSecond: number;
}

/**
 * Every daily and weekly member with something pending made due at once (their digest hour and
 * weekday moved to now, in UTC), one digest tick enqueued as the scheduler would, then timed until
 * the sink has accepted every digest.
 */
export async function digestPhase(o: DigestOptions): Promise<DigestResult> {
  await o.ds.query(
    `UPDATE members SET timezone = 'Etc/UTC', digest_hour = 0, digest_weekday = extract(dow FROM now() AT TIME ZONE 'UTC')::int
      WHERE id IN (SELECT DISTINCT member_id FROM notifications WHERE status = 'pending' AND frequency IN ('daily', 'weekly'))`,
  );
  const [{ due }] = await o.ds.query<Array<{ due: number }>>(
    `SELECT count(*)::int AS due FROM (SELECT DISTINCT member_id, channel, frequency FROM notifications
       WHERE status = 'pending' AND frequency IN ('daily', 'weekly')) AS d`,
  );
  o.log(`digest phase: ${due} digests due`);
  const queue = new Queue(QUEUES.digest, { connection: bullConnection(o.redisUrl), prefix: o.queuePrefix });
  const t0 = Date.now();
  try {
    await queue.add('digest.tick', {}, { removeOnComplete: true, removeOnFail: true });
  } finally {
    await queue.close();
  }
  // The sink is watched first, at no cost to the run: polling Postgres ten times a second planned its
  // check over every ledger partition each time, a tenth of the phase's database time. Postgres is
  // asked once the sink has as many messages as digests were due (a digest can end up with nothing
  // to send, so it is asked then as well when the sink has stopped growing).
  const before = o.smtp.counts().messages;
  let seen = before;
  let still = 0;
  await o.waitFor(async () => {
    const now = o.smtp.counts().messages;
    still = now === seen ? still + 1 : 0;
    seen = now;
    return now - before >= due || still >= 10;
  }, 'digest phase: as many messages as digests due');
  await o.waitFor(
    async () =>
      (
        await o.ds.query<Array<{ n: number }>>(
          // EXISTS, not a count: counting 400k pending rows twice a second took most of a core from the run.
          `SELECT (EXISTS (SELECT 1 FROM notifications WHERE status = 'pending' AND frequency IN ('daily', 'weekly'))
                OR EXISTS (SELECT 1 FROM deliveries WHERE kind <> 'instant' AND status IN ('pending', 'sending', 'held')))::int AS n`,
        )
      )[0].n === 0,
    'digest phase: every digest accepted',
  );
  await sleep(500);
  const ids = await o.ds.query<Array<{ id: string }>>(
    `SELECT id FROM deliveries WHERE kind <> 'instant' AND status = 'sent' AND error IS DISTINCT FROM 'nothing to send'`,
  );
  const times = ids.map((r) => o.smtp.acceptedAt(r.id)).filter((t): t is number => t !== undefined);
  const first = Math.min(...times);
  const last = Math.max(...times);
  const seconds = times.length ? (last - t0) / 1000 : 0;
  return {
    due,
    accepted: times.length,
    seconds: Math.round(seconds * 100) / 100,
    emailsPerSecond: times.length > 1 && last > first ? Math.round(times.length / ((last - first) / 1000)) : times.length,
  };
}
