import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { explain, explainGeneric, insertBulletins, resetDatabase, unnarrowedScans } from '@app/testing';
import { HeldBackService } from '../held-back/held-back.service';
import { Member } from '../members/member.entity';
import { MembersRepository } from '../members/members.repository';
import { ASSIGN_PENDING, DeliveriesRepository } from './deliveries.repository';
import { memberDelivered, memberPending, memberSuppressed, memberWaiting } from './member-notifications.sql';

/** Indexed columns of notifications (see unnarrowedScans). */
const NOTIFICATION_COLUMNS = ['frequency', 'member_id', 'delivery_id', 'bulletin_id'];

/**
 * Notifications have no index led by the member: a member's rows are found through the pending,
 * suppressed and delivery indexes. These statements must stay on them (a scan of every partition
 * per member would be seconds at national scale), and between them reach every row.
 */

describe('A member’s notifications', () => {
  const config = loadConfig(testEnvironment());
  let ds: DataSource;
  let bulletinIds: string[];

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    await resetDatabase(ds);
    bulletinIds = (
      await insertBulletins(
        ds,
        ['道路1', '道路2', '道路3', '道路4'].map((title) => ({ title })),
      )
    ).map((b) => b.id);
  });
  afterAll(() => ds.destroy());

  /** A member with one row in each state: pending (daily), assigned to a held delivery, suppressed, assigned to a sent one. */
  async function memberWithEveryState(tag: string): Promise<string> {
    const [{ id }] = await ds.query(`INSERT INTO members (email, password_hash) VALUES ($1, 'x') RETURNING id`, [`${tag}@example.test`]);
    const deliveries: Array<{ id: string }> = await ds.query(
      `INSERT INTO deliveries (member_id, channel, kind, period_key, period_month, due_at, status)
       VALUES ($1, 'email', 'instant', 'i-1', date_trunc('month', now())::date, now(), 'held'),
              ($1, 'email', 'instant', 'i-2', date_trunc('month', now())::date, now(), 'sent') RETURNING id`,
      [id],
    );
    await ds.query(
      `INSERT INTO notifications (member_id, bulletin_id, bulletin_month, channel, frequency, status, delivery_id)
       SELECT $1, b.id, b.ledger_month, 'email', x.frequency, x.status, x.delivery_id
         FROM unnest($2::uuid[], ARRAY['daily', 'instant', 'daily', 'instant'], ARRAY['pending', 'assigned', 'suppressed', 'assigned'],
                     ARRAY[NULL, $3, NULL, $4]::uuid[]) AS x(bulletin_id, frequency, status, delivery_id)
         JOIN bulletins b ON b.id = x.bulletin_id`,
      [id, bulletinIds, deliveries[0].id, deliveries[1].id],
    );
    return id;
  }

  const rowsOf = async (memberId: string): Promise<number> =>
    Number((await ds.query(`SELECT count(*) AS n FROM notifications WHERE member_id = $1`, [memberId]))[0].n);

  it('are read by member through indexes only', async () => {
    const memberId = await memberWithEveryState('plans');
    const statements = [
      `SELECT * FROM notifications WHERE ${memberPending('$1')}`,
      `SELECT * FROM notifications WHERE ${memberSuppressed('$1')}`,
      `SELECT * FROM notifications WHERE ${memberDelivered('$1')}`,
      `UPDATE notifications SET status = 'suppressed', delivery_id = NULL WHERE ${memberWaiting('$1', 'email')}`,
      `UPDATE notifications SET status = 'suppressed', delivery_id = NULL WHERE ${memberWaiting('$1')}`,
      `UPDATE notifications SET status = 'suppressed' WHERE ${memberPending('$1')} AND channel = 'email'`,
    ];
    await ds.transaction(async (em) => {
      // With sequential scans priced out, a statement no index can serve still shows one.
      await em.query(`SET LOCAL enable_seqscan = off`);
      for (const sql of statements) {
        const unserved = unnarrowedScans(await explain(em, sql, [memberId]), 'notifications', NOTIFICATION_COLUMNS);
        expect({ sql, unserved: unserved.map((n) => n['Index Name'] ?? n['Node Type']) }).toEqual({ sql, unserved: [] });
      }
    });
  });

  it('are assigned to a delivery by index probes, in the generic plan a prepared statement keeps', async () => {
    const memberId = await memberWithEveryState('assign');
    const [delivery] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO deliveries (member_id, channel, kind, period_key, period_month, due_at)
       VALUES ($1, 'email', 'daily', 'daily:x', date_trunc('month', now())::date, now()) RETURNING id`,
      [memberId],
    );
    const params = [[delivery.id], [memberId], ['email'], ['daily']];
    // Other members' pending rows in every month's partition, and statistics that know of them, as a real ledger has.
    const [{ id: sourceId }] = await ds.query(`INSERT INTO sources (name) VALUES ('other-members') RETURNING id`);
    await ds.query(
      `WITH months AS (SELECT to_date(substring(c.relname FROM '(\\d{4}_\\d{2})$'), 'YYYY_MM') AS month
                         FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'notifications'::regclass),
            b AS (INSERT INTO bulletins (source_id, source_ref, title, body, title_match, body_match, category, content_hash, ledger_month)
                  SELECT $1, 'o-' || month, '桥梁', '', '桥梁', '', 'tender', 'o-' || month, month FROM months RETURNING id, ledger_month)
       INSERT INTO notifications (member_id, bulletin_id, bulletin_month, channel, frequency)
       SELECT gen_random_uuid(), b.id, b.ledger_month, 'email', 'daily' FROM b CROSS JOIN generate_series(1, 5000)`,
      [sourceId],
    );
    await ds.query(`ANALYZE notifications`);
    await ds.transaction(async (em) => {
      const plan = await explainGeneric(em, ASSIGN_PENDING, params);
      expect(unnarrowedScans(plan, 'notifications', NOTIFICATION_COLUMNS).map((n) => n['Index Name'] ?? n['Node Type'])).toEqual([]);
    });
    const carried = await new DeliveriesRepository(ds).assignMany([{ id: delivery.id, memberId, channel: 'email', kind: 'daily' }]);
    expect(carried.get(delivery.id)).toEqual([bulletinIds[0]]);
  });

  it('are reached in every state: the held-back page lists the held and suppressed, deletion leaves none', async () => {
    const gone = await memberWithEveryState('gone');
    const kept = await memberWithEveryState('kept');
    const heldBack = await new HeldBackService(ds).list(gone);
    expect(heldBack.map((i) => i.bulletin.id).sort()).toEqual([bulletinIds[1], bulletinIds[2]].sort());

    expect(await rowsOf(gone)).toBe(4);
    expect(await new MembersRepository(ds.getRepository(Member)).delete(gone)).toBe(true);
    expect(await rowsOf(gone)).toBe(0);
    expect(await rowsOf(kept)).toBe(4);
  });
});
