import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { resetDatabase } from '@app/testing';
import { AdminMembersRepository } from '../admin/members/admin-members.repository';
import { UnsubscribeService } from '../members/unsubscribe.service';
import { signToken } from '../shared/signed-token';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveryLedger } from './delivery-ledger.service';

/**
 * An instant notification is written once, already in its window's delivery: the sender reads it
 * there without rewriting it, and what would have stopped a pending row (a deadline passed while
 * it waited, an unsubscribe, a suspension) stops it there too.
 */
describe('instant notifications in their window', () => {
  const config = loadConfig(testEnvironment({ INSTANT_WINDOW_SECONDS: '60' }));
  let ds: DataSource;
  let ledger: DeliveryLedger;
  let deliveries: DeliveriesRepository;

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    ledger = new DeliveryLedger(config);
    deliveries = new DeliveriesRepository(ds);
  });
  beforeEach(() => resetDatabase(ds));
  afterAll(() => ds.destroy());

  const members = async (n: number): Promise<string[]> =>
    (
      await ds.query<Array<{ id: string }>>(
        `INSERT INTO members (email, password_hash, consent_at) SELECT 'window-' || i || '@example.test', 'x', now() FROM generate_series(1, $1) AS i RETURNING id`,
        [n],
      )
    ).map((m) => m.id);

  const bulletin = async (deadlineInMinutes: number): Promise<string> => {
    const [source] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO sources (name) VALUES ('window-' || gen_random_uuid()) RETURNING id`,
    );
    const [b] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO bulletins (source_id, source_ref, title, body, title_match, body_match, category, content_hash, deadline_at)
       VALUES ($1, 'w-1', '道路工程', '', '道路工程', '', 'tender', 'h-1', now() + $2::int * interval '1 minute') RETURNING id`,
      [source.id, deadlineInMinutes],
    );
    return b.id;
  };

  const record = (bulletinId: string, memberIds: string[]) =>
    ds.transaction((em) =>
      ledger.recordMatches(
        em,
        bulletinId,
        memberIds.map((memberId) => ({ memberId, frequency: 'instant' as const, channels: ['email' as const], onlyBeforeDeadline: true })),
      ),
    );

  /** The window's deliveries made due now, then claimed and read as the sender does. */
  const send = async (ids: string[]) => {
    await ds.query(`UPDATE deliveries SET due_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
    return deliveries.assignMany(await deliveries.claimMany(ids, 60_000));
  };

  const rows = (bulletinId: string) =>
    ds.query<Array<{ member_id: string; status: string; delivery_id: string | null; held_reason: string | null; ctid: string }>>(
      `SELECT member_id, status, delivery_id, held_reason, ctid::text FROM notifications WHERE bulletin_id = $1 ORDER BY member_id`,
      [bulletinId],
    );

  it('is written into the delivery it opens, and read by the sender without being rewritten', async () => {
    const [m] = await members(1);
    const b = await bulletin(24 * 60);
    const due = await record(b, [m]);
    expect(due).toHaveLength(1);
    const [written] = await rows(b);
    expect(written).toMatchObject({ status: 'assigned', delivery_id: due[0].id });
    // A second bulletin joins the same window: one delivery carries both.
    const b2 = await bulletin(24 * 60);
    expect(await record(b2, [m])).toEqual([]);
    expect((await rows(b2))[0].delivery_id).toBe(due[0].id);

    const carried = await send([due[0].id]);
    expect(carried.get(due[0].id)?.sort()).toEqual([b, b2].sort());
    // The same tuple: sending changed nothing in the row (an update would have moved it).
    expect((await rows(b))[0]).toEqual(written);
  });

  it('holds back what passed its bid deadline while it waited in the window', async () => {
    const [m] = await members(1);
    const b = await bulletin(24 * 60);
    const [d] = await record(b, [m]);
    await ds.query(`UPDATE bulletins SET deadline_at = now() - interval '1 minute' WHERE id = $1`, [b]);
    expect((await send([d.id])).get(d.id)).toEqual([]);
    expect((await rows(b))[0]).toMatchObject({ status: 'suppressed', held_reason: 'deadline_passed', delivery_id: null });
  });

  it('sends nothing waiting in a window after an unsubscribe from all email or a suspension', async () => {
    const [unsubscribed, suspended, kept] = await members(3);
    const b = await bulletin(24 * 60);
    const due = await record(b, [unsubscribed, suspended, kept]);
    expect(due).toHaveLength(3);
    const token = signToken('unsubscribe', { m: unsubscribed }, config.auth.linkSecret);
    await new UnsubscribeService(config, ds).apply(token, 'all');
    expect(await new AdminMembersRepository(ds).suppressPending(ds.manager, suspended)).toBe(1);

    const carried = await send(due.map((d) => d.id));
    const after = await rows(b);
    const of = (member: string) => after.find((r) => r.member_id === member)!;
    expect(of(unsubscribed)).toMatchObject({ status: 'suppressed', delivery_id: null });
    expect(of(suspended)).toMatchObject({ status: 'suppressed', delivery_id: null });
    expect(of(kept)).toMatchObject({ status: 'assigned' });
    expect([...carried.values()].flat()).toEqual([b]);
    expect(carried.get(of(kept).delivery_id!)).toEqual([b]);
  });
});
