import { DataSource, type QueryRunner } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { resetDatabase } from '@app/testing';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveryLedger } from './delivery-ledger.service';

/**
 * Match jobs join a member's open instant window with a share lock: they do not wait for each
 * other, a sender claiming the window waits for all of them, and a job that finds the window being
 * opened by another joins it once that one commits.
 */
describe('joining an instant window from concurrent match jobs', () => {
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
        `INSERT INTO members (email, password_hash, consent_at) VALUES ('join-' || gen_random_uuid() || '@example.test', 'x', now()) RETURNING id`,
      )
    )[0].id;

  const bulletin = async (ref: string): Promise<string> => {
    const [source] = await ds.query<Array<{ id: string }>>(`INSERT INTO sources (name) VALUES ('join-' || gen_random_uuid()) RETURNING id`);
    const [b] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO bulletins (source_id, source_ref, title, body, title_match, body_match, category, content_hash)
       VALUES ($1, $2, '道路工程', '', '道路工程', '', 'tender', $2) RETURNING id`,
      [source.id, ref],
    );
    return b.id;
  };

  /** A match transaction left open; a lock wait fails it at once instead of hanging the test. */
  const transaction = async (): Promise<QueryRunner> => {
    const qr = ds.createQueryRunner();
    open.push(qr);
    await qr.connect();
    await qr.startTransaction();
    await qr.query(`SET LOCAL lock_timeout = '5s'`);
    return qr;
  };

  const record = (qr: QueryRunner, bulletinId: string, memberId: string) =>
    ledger.recordMatches(qr.manager, bulletinId, [{ memberId, frequency: 'instant', channels: ['email'] }]);

  /** Until some backend waits on a lock running a statement that starts with `text` (the view cuts long ones; polled, never timed). */
  const waitingOnLock = async (text: string): Promise<void> => {
    for (let i = 0; i < 500; i++) {
      const [{ n }] = await ds.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%' || $1 || '%' AND pid <> pg_backend_pid()`,
        [text],
      );
      if (n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`nothing waited on a lock running ${text}`);
  };

  const send = async (id: string) => {
    await ds.query(`UPDATE deliveries SET due_at = now() WHERE id = $1`, [id]);
    return deliveries.assignMany(await deliveries.claimMany([id], 60_000));
  };

  it('lets jobs join one window side by side, and makes the sender wait for all of them', async () => {
    const m = await member();
    const [b1, b2, b3] = [await bulletin('j-1'), await bulletin('j-2'), await bulletin('j-3')];
    const due = await ds.transaction((em) => ledger.recordMatches(em, b1, [{ memberId: m, frequency: 'instant', channels: ['email'] }]));
    expect(due).toHaveLength(1);

    // Two jobs join the window and stay open: the second is not held up by the first (with the
    // window locked exclusively it waited, and its lock_timeout would fail it here).
    const a = await transaction();
    const b = await transaction();
    expect(await record(a, b2, m)).toEqual([]);
    expect(await record(b, b3, m)).toEqual([]);

    // The sender's claim waits for both, then carries what each wrote.
    const sending = send(due[0].id);
    await waitingOnLock('WITH lost AS (');
    await a.commitTransaction();
    await b.commitTransaction();
    expect((await sending).get(due[0].id)?.sort()).toEqual([b1, b2, b3].sort());
  });

  it('joins a window another job is opening once that job commits, leaving nothing pending', async () => {
    const m = await member();
    const [b1, b2] = [await bulletin('o-1'), await bulletin('o-2')];
    const a = await transaction();
    const opened = await record(a, b1, m);
    expect(opened).toHaveLength(1);

    // The second job waits for the first one's new window, then joins it.
    const b = await transaction();
    const second = record(b, b2, m);
    await waitingOnLock('WITH done AS MATERIALIZED');
    await a.commitTransaction();
    expect(await second).toEqual([]);
    await b.commitTransaction();
    const [{ pending }] = await ds.query<Array<{ pending: number }>>(
      `SELECT count(*)::int AS pending FROM notifications WHERE status = 'pending'`,
    );
    expect(pending).toBe(0);
    expect((await send(opened[0].id)).get(opened[0].id)?.sort()).toEqual([b1, b2].sort());
  });

  it('opens a new window when the one it looked for was taken by a sender meanwhile', async () => {
    const m = await member();
    const [b1, b2] = [await bulletin('t-1'), await bulletin('t-2')];
    const [first] = await ds.transaction((em) =>
      ledger.recordMatches(em, b1, [{ memberId: m, frequency: 'instant', channels: ['email'] }]),
    );
    // A sender is claiming the window, as claimMany does (the row locked for update, the delivery
    // taken, which deletes the row), and has not committed yet.
    const sender = await transaction();
    await sender.query(`SELECT 1 FROM open_instant_windows WHERE delivery_id = $1 FOR UPDATE`, [first.id]);
    await sender.query(`UPDATE deliveries SET status = 'sending', attempts = attempts + 1 WHERE id = $1`, [first.id]);
    const b = await transaction();
    const second = record(b, b2, m);
    await waitingOnLock('WITH done AS MATERIALIZED');
    await sender.commitTransaction();
    const opened = await second;
    await b.commitTransaction();
    expect(opened).toHaveLength(1);
    expect(opened[0].id).not.toBe(first.id);
    expect((await send(opened[0].id)).get(opened[0].id)).toEqual([b2]);
  });
  it('opens no window for a digest row or one held back past its deadline, so the next instant row opens one that is sent', async () => {
    const m = await member();
    const [b1, b2] = [await bulletin('h-1'), await bulletin('h-2')];
    await ds.query(`UPDATE bulletins SET deadline_at = now() - interval '1 day' WHERE id = $1`, [b1]);
    const held = await ds.transaction((em) =>
      ledger.recordMatches(em, b1, [{ memberId: m, frequency: 'instant', channels: ['email'], onlyBeforeDeadline: true }]),
    );
    const digest = await ds.transaction((em) => ledger.recordMatches(em, b2, [{ memberId: m, frequency: 'daily', channels: ['email'] }]));
    expect([held, digest]).toEqual([[], []]);
    const [{ windows }] = await ds.query<Array<{ windows: number }>>(`SELECT count(*)::int AS windows FROM open_instant_windows`);
    expect(windows).toBe(0);

    const b3 = await bulletin('h-3');
    const [opened] = await ds.transaction((em) =>
      ledger.recordMatches(em, b3, [{ memberId: m, frequency: 'instant', channels: ['email'] }]),
    );
    expect((await send(opened.id)).get(opened.id)).toEqual([b3]);
  });
});
