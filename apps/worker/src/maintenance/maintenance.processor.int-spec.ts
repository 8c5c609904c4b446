import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { ActiveSubscriptionsRepository, ChangeFeedPruner, DeliveriesRepository, DeliveryLedger, StrandedWork } from '@app/domain/worker';
import type { JobProducer } from '@app/queues';
import { insertBulletins, insertMember, insertSubscription, resetDatabase } from '@app/testing';
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
      dispatchMatches: async (b: Array<{ id: string; version: number }>) => void dispatched.push(...b),
      enqueueDeliveries: async (d: Array<{ id: string }>) => (enqueued.push(...d), []),
    } as unknown as JobProducer;
    processor = new MaintenanceProcessor(stranded, pruner, jobs);
  });
  afterAll(() => dataSource.destroy());

  it('re-enqueues a bulletin a crash left unmatched and prunes change-feed entries older than a day', async () => {
    const [stuck] = await insertBulletins(dataSource, [{ title: '渝北区道路改造工程施工招标公告' }]);
    await dataSource.query(`UPDATE bulletins SET matched_at = NULL, updated_at = now() - interval '1 minute' WHERE id = $1`, [stuck.id]);
    const member = await insertMember(dataSource);
    await insertSubscription(dataSource, member.id); // the trigger writes a change-feed entry
    await insertSubscription(dataSource, member.id);
    await dataSource.query(`UPDATE subscription_changes SET changed_at = now() - interval '2 days' WHERE changed_at = (SELECT min(changed_at) FROM subscription_changes)`);
    const [{ before }] = await dataSource.query(`SELECT count(*)::int AS before FROM subscription_changes`);

    const result = await processor.handlers['maintenance.sweep']!({} as Job<Record<string, never>>);

    expect(dispatched.map((b) => b.id)).toEqual([stuck.id]);
    expect(result).toMatchObject({ unmatched: 1, deliveries: 0, pruned: 1 });
    const [{ after }] = await dataSource.query(`SELECT count(*)::int AS after FROM subscription_changes`);
    expect(after).toBe(before - 1);
    expect(enqueued).toEqual([]);
  });
});
