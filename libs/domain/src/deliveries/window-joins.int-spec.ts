import { DataSource, type QueryRunner } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { resetDatabase } from '@app/testing';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveryLedger } from './delivery-ledger.service';
import type { DueDelivery } from './due-delivery';

/**
 * Match jobs joining one member's open window hold it shared: they do not wait for each other,
 * a sender taking the delivery waits for all of them, and a job that finds the window opened by
 * another job after its snapshot still writes its row into that window.
 */
describe('match jobs joining one instant window', () => {
  const config = loadConfig(testEnvironment({ INSTANT_WINDOW_SECONDS: '60' }));
  let ds: DataSource;
  let ledger: DeliveryLedger;
  let deliveries: DeliveriesRepository;
  const open: QueryRunner[] = [];

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(config, { extra: { max: 8 } })).initialize();
    ledger = new DeliveryLedger(config);
    deliveries = new DeliveriesRepository(ds);
  });
  beforeEach(() => resetDatabase(ds));
  afterEach(async () => {
    for (const qr of open.splice(0)) {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      await qr.release();
    }
  });
  afterAll(() => ds.destroy());

  const member = async (): Promise<string> =>
    (
      await ds.query<Array<{ id: string }>>(
        `INSERT INTO members (email, password_hash, consent_at) VALUES ('join@example.test', 'x', now()) RETURNING id`,
      )
    )[0].id;

  const bulletins = async (n: number): Promise<string[]> => {
    const [source] = await ds.query<Array<{ id: string }>>(`INSERT INTO sources (name) VALUES ('joins') RETURNING id`);
    const rows = await ds.query<Array<{ id: string }>>(
      `INSERT INTO bulletins (source_id, source_ref, title, body, title_match, body_match, category, content_hash, deadline_at)
       SELECT $1, 'j-' || i, '道路工程' || i, '', '道路工程' || i, '', 'tender', 'h-' || i, now() + interval '1 day' FROM generate_series(1, $2) AS i RETURNING id`,
      [source.id, n],
    );
    return rows.map((r) => r.id);
  };

  /** A match job's transaction, left open: it records the bulletin for the member and waits. */
  const job = async (bulletinId: string, memberId: string): Promise<{ qr: QueryRunner; recorded: Promise<DueDelivery[]> }> => {
    const qr = ds.createQueryRunner();
    open.push(qr);
    await qr.connect();
    await qr.startTransaction();
    // A job that had to wait for another's lock fails here instead of hanging the test.
    await qr.query(`SET LOCAL lock_timeout = '5s'`);
    const recorded = ledger.recordMatches(qr.manager, bulletinId, [
      { memberId, frequency: 'instant', channels: ['email'], onlyBeforeDeadline: true },
    ]);
    return { qr, recorded };
  };

  const blockedPids = async (): Promise<number[]> =>
    (
      await ds.query<Array<{ pid: number }>>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      )
    ).map((r) => r.pid);
  /** Until some other backend waits on a lock (a transaction of the test holds what it needs). */
  const untilBlocked = async () => {
    for (let i = 0; i < 200 && !(await blockedPids()).length; i++) await new Promise((r) => setTimeout(r, 25));
    expect((await blockedPids()).length).toBeGreaterThan(0);
  };

  const rows = () =>
    ds.query<Array<{ bulletin_id: string; status: string; delivery_id: string | null }>>(
      `SELECT bulletin_id, status, delivery_id FROM notifications ORDER BY created_at`,
    );

  it('lets two jobs join an open window at once, and the sender waits for both', async () => {
    const m = await member();
    const [b1, b2, b3] = await bulletins(3);
    // The window is open already (an earlier bulletin, committed).
    const [window] = await ds.transaction((em) =>
      ledger.recordMatches(em, b1, [{ memberId: m, frequency: 'instant', channels: ['email'], onlyBeforeDeadline: true }]),
    );
    const first = await job(b2, m);
    expect(await first.recorded).toEqual([]);
    // With the first job still open, a second one joins the same window without waiting for it.
    const second = await job(b3, m);
    expect(await second.recorded).toEqual([]);

    // The sender takes the delivery: it must wait until both jobs have committed.
    await ds.query(`UPDATE deliveries SET due_at = now() WHERE id = $1`, [window.id]);
    const sending = deliveries.claimMany([window.id], 60_000).then((taken) => deliveries.assignMany(taken));
    await untilBlocked();
    await first.qr.commitTransaction();
    await untilBlocked();
    await second.qr.commitTransaction();
    const carried = await sending;
    expect(new Set(carried.get(window.id))).toEqual(new Set([b1, b2, b3]));
    expect((await rows()).map((r) => ({ status: r.status, delivery: r.delivery_id }))).toEqual(
      Array.from({ length: 3 }, () => ({ status: 'assigned', delivery: window.id })),
    );
  });

  it('writes a row into the window another job opened after its snapshot', async () => {
    const m = await member();
    const [b1, b2] = await bulletins(2);
    // No window yet: the first job opens one and stays open.
    const first = await job(b1, m);
    const [opened] = await first.recorded;
    expect(opened).toBeDefined();
    // The second job finds no window in its snapshot; its insert waits for the first job's row.
    const second = await job(b2, m);
    await untilBlocked();
    await first.qr.commitTransaction();
    // Once the first commits, the second joins that window instead of leaving its row pending.
    expect(await second.recorded).toEqual([]);
    await second.qr.commitTransaction();
    expect((await rows()).map((r) => ({ status: r.status, delivery: r.delivery_id }))).toEqual([
      { status: 'assigned', delivery: opened.id },
      { status: 'assigned', delivery: opened.id },
    ]);
    const [{ n }] = await ds.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM deliveries WHERE member_id = $1`, [m]);
    expect(n).toBe(1);
  });
});
