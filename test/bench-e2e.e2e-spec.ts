import { DataSource } from 'typeorm';
import { naiveMatch } from '@app/matcher';
import { runEndToEnd } from '../bench/e2e/run-e2e';

/**
 * bench:e2e at a tiny size, as a correctness check of the whole path (never its timings): what
 * was recorded and sent must be what a plain reference matcher says about the same data.
 */
const sumOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('bench:e2e at 200 subscriptions × 50 bulletins agrees with a reference', () => {
  // Two worker process groups, as machines would run them: one matches, the other sends.
  it('records every expected match and notification and sends every instant one, with matching and sending in separate workers', async () => {
    const result = await runEndToEnd({
      subscriptions: 200,
      bulletins: 50,
      batch: 20,
      concurrency: 2,
      windowSeconds: 1,
      steadyRate: 10,
      steadySeconds: 2,
      digests: true,
      keepDatabase: true,
      workerGroups: ['match,maintenance', 'deliver,digest,webhooks,reminders'],
    });
    const ds = await new DataSource({ type: 'postgres', url: result.databaseUrl }).initialize();
    try {
      const bulletins: Array<{
        id: string;
        title_match: string;
        body_match: string;
        region_code: string | null;
        category: string;
        budget_yuan: string | null;
      }> = await ds.query(
        `SELECT id, title_match, body_match, region_code, category, budget_yuan::text FROM bulletins WHERE canonical_id IS NULL`,
      );
      const frequencyOf = new Map(result.subscriptions.map((s) => [s.memberId, s.frequency]));
      const memberOf = new Map(result.subscriptions.map((s) => [s.id, s.memberId]));
      const expectedMatches = new Set<string>();
      const expectedNotifications = new Set<string>();
      for (const b of bulletins) {
        const hits = naiveMatch(result.subscriptions, {
          titleMatch: b.title_match,
          bodyMatch: b.body_match,
          regionCode: b.region_code,
          category: b.category,
          budgetYuan: b.budget_yuan === null ? null : Number(b.budget_yuan),
        });
        for (const h of hits) {
          expectedMatches.add(`${h.subscriptionId}|${b.id}`);
          expectedNotifications.add(`${memberOf.get(h.subscriptionId)}|${b.id}`);
        }
      }
      // The workload is big enough to mean something.
      expect(expectedMatches.size).toBeGreaterThan(10);

      const matches: Array<{ subscription_id: string; bulletin_id: string }> = await ds.query(
        `SELECT subscription_id, bulletin_id FROM matches`,
      );
      expect(new Set(matches.map((m) => `${m.subscription_id}|${m.bulletin_id}`))).toEqual(expectedMatches);
      const notifications: Array<{ member_id: string; bulletin_id: string; frequency: string }> = await ds.query(
        `SELECT member_id, bulletin_id, frequency FROM notifications WHERE channel = 'email'`,
      );
      expect(new Set(notifications.map((n) => `${n.member_id}|${n.bulletin_id}`))).toEqual(expectedNotifications);
      // The bulletins of every phase are in the database: counts over all of them come from it.
      const instant = [...expectedNotifications].filter((k) => frequencyOf.get(k.split('|')[0]) === 'instant');
      const [all] = await ds.query<Array<{ instant: number; unsent: number; sent: number }>>(
        `SELECT (SELECT count(*) FROM notifications WHERE frequency = 'instant')::int AS instant,
                (SELECT count(*) FROM notifications n WHERE frequency = 'instant' AND (status <> 'assigned'
                   OR NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.id = n.delivery_id AND d.status = 'sent')))::int AS unsent,
                (SELECT count(*) FROM deliveries WHERE kind = 'instant' AND status = 'sent' AND error IS DISTINCT FROM 'nothing to send')::int AS sent`,
      );
      expect(all.instant).toBe(instant.length);
      expect(instant.length).toBeGreaterThan(0);

      // Every instant notification went out in a delivery the sink received, each message once.
      expect(all.unsent).toBe(0);
      expect(result.counts.unsentInstantNotifications).toBe(0);
      expect(result.counts.emailsReceived).toBe(result.counts.instantDeliveriesSent);
      const instantMembers = new Set(instant.map((k) => k.split('|')[0]));
      expect(all.sent).toBeGreaterThanOrEqual(instantMembers.size);
      expect(result.figures.matchJobsRetried).toBe(0);
      // The servers' CPU is read from /proc: Postgres did work for every bulletin, and the total adds up.
      const f = result.figures;
      expect(f.postgresCpuMsPerBulletin).toBeGreaterThan(0);
      expect(f.totalCpuMsPerBulletin).toBeCloseTo(
        f.apiCpuMsPerBulletin + f.workerCpuMsPerBulletin + f.postgresCpuMsPerBulletin + f.redisCpuMsPerBulletin,
        0,
      );
      // Each group did its own part: the matcher's statements record matches, the sender's send.
      expect(result.workers.map((w) => w.roles)).toEqual(['match,maintenance', 'deliver,digest,webhooks,reminders']);
      for (const w of result.workers) expect(w.statementsPerBulletin).toBeGreaterThan(0);
      expect(sumOf(result.workers.map((w) => w.cpuMsPerBulletin))).toBeCloseTo(f.workerCpuMsPerBulletin, 0);
      // Partitioned ledger tables are sized by their partitions.
      expect(result.diskBytesPerBulletin.matches).toBeGreaterThan(0);
      expect(result.diskBytesPerBulletin.notifications).toBeGreaterThan(0);
      expect(result.diskBytesPerBulletin.bulletins).toBeGreaterThan(0);

      // The steady phase: every instant email of its bulletins seen at the sink, latencies measured.
      // 20 posted; only those ingest created or updated for members count (not rejected, not a duplicate).
      expect(result.counts.steadyBulletins).toBeGreaterThan(10);
      expect(result.counts.steadyBulletins).toBeLessThanOrEqual(20);
      expect(result.counts.steadyNotSeenAtSink).toBe(0);
      expect(result.counts.steadyInstantNotifications).toBeGreaterThan(0);
      // At most one email per notification: a member's notifications of one window share it.
      expect(result.counts.steadyEmailsPerSecond).toBeGreaterThan(0);
      expect(result.counts.steadyEmailsPerSecond! * 2).toBeLessThanOrEqual(result.counts.steadyInstantNotifications! + 1);
      expect(result.figures.instantBeyondWindowP95).toEqual(expect.any(Number));
      // The digest phase: every daily/weekly member with something pending got exactly one digest.
      expect(result.counts.digestsDue).toBeGreaterThan(0);
      expect(result.counts.digestsAccepted).toBe(result.counts.digestsDue);
      const [{ pending }] = await ds.query<Array<{ pending: number }>>(
        `SELECT count(*)::int AS pending FROM notifications WHERE frequency IN ('daily', 'weekly') AND status = 'pending'`,
      );
      expect(pending).toBe(0);
    } finally {
      await ds.destroy();
      await result.dropDatabase();
    }
  }, 240000);
});
