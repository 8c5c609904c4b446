import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { explainGeneric, insertBulletins, resetDatabase, unnarrowedScans } from '@app/testing';
import { instantWindow } from './delivery-periods';
import { DeliveryLedger, RECORD_MATCHES } from './delivery-ledger.service';

/** Indexed columns of notifications (see unnarrowedScans), longest first where one begins another. */
const NOTIFICATION_COLUMNS = ['frequency', 'member_id', 'delivery_id', 'bulletin_id'];

/**
 * The ledger's statement runs for every bulletin on a plan each connection makes once, often
 * while the month's partition is still empty. Whatever the planner then believes, it must reach
 * notifications by the bulletin's key only: a scan of the partition grows with every bulletin the
 * month has seen, and a burst of thousands becomes quadratic.
 */
describe('DeliveryLedger: the plan a connection keeps', () => {
  const config = loadConfig(testEnvironment());
  let ds: DataSource;

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    await resetDatabase(ds);
  });
  afterAll(() => ds.destroy());

  it('reads notifications through the bulletin key, on a generic plan made over empty partitions', async () => {
    const [bulletin] = await insertBulletins(ds, [{ title: '道路工程施工招标公告' }]);
    const [member] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO members (email, password_hash) VALUES ('plan@example.test', 'x') RETURNING id`,
    );
    // Statistics as a fresh month's partition has them: none.
    await ds.query(
      `DELETE FROM pg_statistic WHERE starelid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = 'notifications'::regclass)`,
    );
    const { periodKey, periodMonth, dueAt } = instantWindow(new Date(), 60);
    await ds.transaction(async (em) => {
      const plan = await explainGeneric(em, RECORD_MATCHES, [
        bulletin.id,
        [member.id],
        ['email'],
        ['instant'],
        [false],
        periodKey,
        periodMonth,
        dueAt.toISOString(),
      ]);
      expect(unnarrowedScans(plan, 'notifications', NOTIFICATION_COLUMNS).map((n) => n['Index Name'] ?? n['Node Type'])).toEqual([]);
    });

    // And it still writes the row once: a second call for the same bulletin opens nothing.
    const ledger = new DeliveryLedger(config);
    const recipients = [{ memberId: member.id, frequency: 'instant' as const, channels: ['email' as const] }];
    const first = await ds.transaction((em) => ledger.recordMatches(em, bulletin.id, recipients));
    const again = await ds.transaction((em) => ledger.recordMatches(em, bulletin.id, recipients));
    expect(first).toHaveLength(1);
    expect(again).toEqual([]);
    const [{ n }] = await ds.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM notifications WHERE bulletin_id = $1`, [
      bulletin.id,
    ]);
    expect(n).toBe(1);
  });
});
