import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import {
  ActiveSubscriptionsRepository,
  ChangeFeedPruner,
  DeliveriesRepository,
  DeliveryLedger,
  LedgerPartitions,
  SearchIndexer,
  StrandedWork,
  TableUpkeep,
} from '@app/domain/worker';
import { WebhookMessagesRepository } from '@app/domain/channels';
import type { JobProducer } from '@app/queues';
import { eventually, insertBulletins, insertMember, insertSubscription, resetDatabase } from '@app/testing';
import { MaintenanceProcessor } from './maintenance.processor';

describe('maintenance.sweep (against real Postgres)', () => {
  const config = loadConfig(testEnvironment());
  let dataSource: DataSource;
  let processor: MaintenanceProcessor;
  const dispatched: Array<{ id: string; version: number }> = [];
  const enqueued: Array<{ id: string }> = [];

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(config)).initialize();
    await resetDatabase(dataSource);
    const deliveries = new DeliveriesRepository(dataSource);
    const stranded = new StrandedWork(dataSource, deliveries, new DeliveryLedger(config));
    const pruner = new ChangeFeedPruner(new ActiveSubscriptionsRepository(dataSource));
    const jobs = {
      redispatchMatches: async (b: Array<{ id: string; version: number; regionCode: string | null }>) => (
        dispatched.push(...b),
        { added: b.length, retried: 0 }
      ),
      enqueueDeliveries: async (d: Array<{ id: string }>) => (enqueued.push(...d), []),
      retryFailedDeliveries: async () => 0,
      enqueueWebhookMessages: async () => undefined,
    } as unknown as JobProducer;
    processor = new MaintenanceProcessor(
      stranded,
      pruner,
      jobs,
      new WebhookMessagesRepository(dataSource),
      new LedgerPartitions(dataSource, config),
      new SearchIndexer(dataSource),
      new TableUpkeep(dataSource),
    );
  });
  afterAll(() => dataSource.destroy());

  it('re-enqueues a bulletin a crash left unmatched and prunes change-feed entries older than a day', async () => {
    const [stuck] = await insertBulletins(dataSource, [{ title: '渝北区道路改造工程施工招标公告' }]);
    // Handed to matching a minute ago and never reported matched: what a crash leaves behind.
    await dataSource.query(
      `INSERT INTO bulletin_match_state (bulletin_id, version, queued_at) SELECT id, version, now() - interval '1 minute' FROM bulletins WHERE id = $1
       ON CONFLICT (bulletin_id) DO UPDATE SET matched_at = NULL, queued_at = EXCLUDED.queued_at`,
      [stuck.id],
    );
    const member = await insertMember(dataSource);
    await insertSubscription(dataSource, member.id); // the trigger writes a change-feed entry
    await insertSubscription(dataSource, member.id);
    await dataSource.query(
      `UPDATE subscription_changes SET changed_at = now() - interval '2 days' WHERE changed_at = (SELECT min(changed_at) FROM subscription_changes)`,
    );
    const [{ before }] = await dataSource.query(`SELECT count(*)::int AS before FROM subscription_changes`);

    const result = await processor.handlers['maintenance.sweep']!({} as Job<Record<string, never>>);

    expect(dispatched.map((b) => b.id)).toEqual([stuck.id]);
    expect(result).toMatchObject({ unmatched: 1, added: 1, deliveries: 0, pruned: 1 });
    const [{ after }] = await dataSource.query(`SELECT count(*)::int AS after FROM subscription_changes`);
    expect(after).toBe(before - 1);
    expect(enqueued).toEqual([]);
  });

  it('fills the search index from the pending list, and a changed text puts the bulletin back on it', async () => {
    const pending = async () =>
      (await dataSource.query<Array<{ id: string }>>(`SELECT bulletin_id AS id FROM bulletin_search_pending ORDER BY 1`)).map((r) => r.id);
    const gramsOf = async (id: string) =>
      (await dataSource.query<Array<{ grams: string[] }>>(`SELECT grams FROM bulletin_bigrams WHERE bulletin_id = $1`, [id]))[0]?.grams;
    const [a, b] = await insertBulletins(dataSource, [{ title: '道路改造' }, { title: '桥梁维修' }]);
    // Every insert lands on the list, whoever writes it: the trigger, not the writer, sees to that.
    expect(await pending()).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(await gramsOf(a.id)).toBeUndefined();

    const result = await processor.handlers['maintenance.searchIndex']!({} as Job<Record<string, never>>);

    expect(result).toMatchObject({ indexed: expect.any(Number) });
    expect(await pending()).toEqual([]);
    expect(await gramsOf(a.id)).toEqual(expect.arrayContaining(['道路', '路改', '改造']));
    expect(await gramsOf(a.id)).not.toContain('桥梁');

    // Matching text changed: pending again (its old bigrams are stale); other columns leave it alone.
    await dataSource.query(`UPDATE bulletins SET buyer = 'x' WHERE id = $1`, [b.id]);
    expect(await pending()).toEqual([]);
    await dataSource.query(`UPDATE bulletins SET title_match = '桥梁加固' WHERE id = $1`, [b.id]);
    expect(await pending()).toEqual([b.id]);
    await processor.handlers['maintenance.searchIndex']!({} as Job<Record<string, never>>);
    expect(await gramsOf(b.id)).toContain('加固');
  });

  it('opens a window for instant notifications left without one, and only for those', async () => {
    const [b1, b2] = await insertBulletins(dataSource, [{ title: '江北区污水管网改造' }, { title: '江北区雨水管网改造' }]);
    const [stranded, covered, digest, fresh] = await Promise.all([1, 2, 3, 4].map(() => insertMember(dataSource)));
    const notify = (memberId: string, bulletinId: string, frequency: string, age: string) =>
      dataSource.query(
        `INSERT INTO notifications (member_id, bulletin_id, bulletin_month, channel, frequency, status, created_at)
         SELECT $1, id, ledger_month, 'email', $3, 'pending', now() - $4::interval FROM bulletins WHERE id = $2`,
        [memberId, bulletinId, frequency, age],
      );
    // A crash between the notification and its window leaves this one waiting with no delivery.
    await notify(stranded.id, b1.id, 'instant', '2 minutes');
    await notify(stranded.id, b2.id, 'instant', '1 minute');
    // This member's window is open: the sender will take the notification with it.
    await notify(covered.id, b1.id, 'instant', '2 minutes');
    const [open] = await dataSource.transaction((em) =>
      new DeliveryLedger(config).openInstantDeliveries(em, [{ memberId: covered.id, channel: 'email' }], new Date()),
    );
    // Digests wait for their hour, and a notification seconds old still has its writer to open its window.
    await notify(digest.id, b1.id, 'daily', '2 days');
    await notify(fresh.id, b1.id, 'instant', '1 second');
    enqueued.length = 0;

    const result = await processor.handlers['maintenance.sweep']!({} as Job<Record<string, never>>);

    const opened = await dataSource.query<Array<{ id: string; member_id: string }>>(
      `SELECT id, member_id FROM deliveries WHERE kind = 'instant' AND status = 'pending'`,
    );
    expect(opened.map((d) => d.member_id).sort()).toEqual([covered.id, stranded.id].sort());
    const strandedDelivery = opened.find((d) => d.member_id === stranded.id)!;
    expect(enqueued.map((d) => d.id)).toContain(strandedDelivery.id);
    expect(result).toMatchObject({ deliveries: expect.any(Number) });
    // Run again: the window it opened covers them now, so nothing new is opened.
    await processor.handlers['maintenance.sweep']!({} as Job<Record<string, never>>);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM deliveries WHERE kind = 'instant'`);
    expect(n).toBe(2);
    expect(open.opened).toBe(true);
  });

  it('vacuums and analyzes a churning table past the thresholds, and leaves quiet ones alone', async () => {
    const members = await Promise.all(Array.from({ length: 30 }, () => insertMember(dataSource)));
    const stats = async () =>
      (
        await dataSource.query<Array<{ dead: number; vacuumed: boolean; analyzed: boolean }>>(
          `SELECT n_dead_tup::int AS dead, last_vacuum IS NOT NULL AS vacuumed, last_analyze IS NOT NULL AS analyzed
             FROM pg_stat_user_tables WHERE relname = 'open_instant_windows'`,
        )
      )[0];
    const before = await stats();
    // Windows opened and closed ten times over: what a busy minute leaves behind.
    for (let round = 0; round < 10; round++) {
      await dataSource.query(
        `INSERT INTO open_instant_windows (member_id, channel, delivery_id, period_month, due_at)
         SELECT id, 'email', gen_random_uuid(), date_trunc('month', now())::date, now() FROM unnest($1::uuid[]) AS id`,
        [members.map((m) => m.id)],
      );
      await dataSource.query(`DELETE FROM open_instant_windows WHERE member_id = ANY($1::uuid[])`, [members.map((m) => m.id)]);
    }
    // Statistics reach the shared counters when a session flushes them: wait for that.
    await eventually(async () => (await stats()).dead >= before.dead + 250, 10000, 'dead rows counted');

    const result = (await processor.handlers['maintenance.upkeep']!({} as Job<Record<string, never>>)) as {
      vacuumed: string[];
      analyzed: string[];
    };

    expect(result.vacuumed).toContain('open_instant_windows');
    const after = await eventually(async () => ((await stats()).vacuumed ? stats() : null), 10000, 'vacuum recorded');
    expect(after.analyzed).toBe(true);
    expect(after.dead).toBeLessThan(50);
    // Nothing changed since: a second run finds nothing to do there.
    const again = (await processor.handlers['maintenance.upkeep']!({} as Job<Record<string, never>>)) as { vacuumed: string[] };
    expect(again.vacuumed).not.toContain('open_instant_windows');
  });
});
