import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { insertMember, insertSubscription, resetDatabase } from '@app/testing';
import { DeliveryLedger } from '../deliveries/delivery-ledger.service';
import { MatchRecorder } from '../matches/match-recorder.service';
import { LEDGER_TABLES, LedgerPartitions, monthStart, PARTITION_MONTHS_AHEAD } from './ledger-partitions.service';

/**
 * The monthly partitions of matches, notifications and deliveries against real Postgres: made
 * ahead, keys unique across months, and retention dropping whole months only. Months far in the
 * past or future are used so that the current partitions the other tests write to stay untouched.
 */
describe('ledger partitions', () => {
  const config = loadConfig(testEnvironment({ RETENTION_MONTHS: '13', INSTANT_WINDOW_SECONDS: '60' }));
  let ds: DataSource;
  let partitions: LedgerPartitions;
  let ledger: DeliveryLedger;
  let recorder: MatchRecorder;
  const made: string[] = [];

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    await resetDatabase(ds);
    partitions = new LedgerPartitions(ds, config);
    ledger = new DeliveryLedger(config);
    recorder = new MatchRecorder(ds);
  });
  afterAll(async () => {
    // Rows first: nothing may be left pointing into the months dropped here.
    await resetDatabase(ds);
    for (const name of made) await ds.query(`DROP TABLE IF EXISTS "${name}"`);
    await ds.destroy();
  });

  const partitionOf = async (table: string, where: string, params: unknown[]): Promise<string[]> =>
    (await ds.query(`SELECT tableoid::regclass::text AS p FROM ${table} WHERE ${where} ORDER BY 1`, params)).map((r: { p: string }) => r.p);

  async function bulletinOfMonth(month: string, ref: string): Promise<string> {
    const [source] = await ds.query(
      `INSERT INTO sources (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      ['partitions'],
    );
    const [b] = await ds.query(
      `INSERT INTO bulletins (source_id, source_ref, title, body, title_match, body_match, category, content_hash, ingested_at, ledger_month)
       VALUES ($1, $2, '道路工程', '', '道路工程', '', 'tender', $2, $3::date + interval '12 hours', $3) RETURNING id`,
      [source.id, ref, month],
    );
    return b.id;
  }

  it('creates the current month and the months ahead once, for all three tables', async () => {
    const now = new Date(Date.UTC(2040, 10, 20)); // 20 November 2040
    const created = await partitions.createAhead(now);
    made.push(...created);
    const months = ['2040_11', '2040_12', '2041_01', '2041_02'];
    expect(months).toHaveLength(PARTITION_MONTHS_AHEAD + 1);
    expect(created).toEqual(LEDGER_TABLES.flatMap((t) => months.map((m) => `${t}_${m}`)).sort());
    expect(await partitions.createAhead(now)).toEqual([]);
    const listed = (await partitions.list()).filter((p) => p.from >= '2040-11-01');
    expect(listed.filter((p) => p.table === 'deliveries').map((p) => [p.from, p.to])).toEqual([
      ['2040-11-01', '2040-12-01'],
      ['2040-12-01', '2041-01-01'],
      ['2041-01-01', '2041-02-01'],
      ['2041-02-01', '2041-03-01'],
    ]);
  });

  it('gives the months it makes the statistics targets of their table: none gathered on a match’s hits', async () => {
    // Made by the test above; the current month's partition was made by the migrations' run.
    const targets = async (table: string) =>
      Object.fromEntries(
        (
          await ds.query<Array<{ attname: string; target: number | null }>>(
            `SELECT attname, attstattarget AS target FROM pg_attribute WHERE attrelid = $1::regclass AND attname = ANY($2)`,
            [table, ['hits', 'hit_details', 'member_id']],
          )
        ).map((r) => [r.attname, r.target === null || r.target < 0 ? 'default' : r.target]),
      );
    for (const table of ['matches', 'matches_2040_11', 'matches_2041_02'])
      expect(await targets(table)).toEqual({ hits: 0, hit_details: 0, member_id: 'default' });
  });

  it('files matches and notifications under their bulletin’s month, and keeps (bulletin, member, channel) unique across months', async () => {
    const member = await insertMember(ds);
    const sub = await insertSubscription(ds, member.id, { keywords: ['道路'], frequency: 'daily', channels: ['email'] });
    const lastOfNov = await bulletinOfMonth('2040-11-01', 'nov');
    const firstOfDec = await bulletinOfMonth('2040-12-01', 'dec');
    const matched = [
      { subscriptionId: sub.id, memberId: member.id, hits: ['道路'], frequency: 'daily' as const, channels: ['email' as const] },
    ];
    for (const id of [lastOfNov, firstOfDec, lastOfNov]) {
      await recorder.record({ id, version: 1 }, 0, 1, matched, async (em) => void (await ledger.recordMatches(em, id, matched)));
    }

    expect(await partitionOf('matches', 'member_id = $1', [member.id])).toEqual(['matches_2040_11', 'matches_2040_12']);
    expect(await partitionOf('notifications', 'member_id = $1', [member.id])).toEqual(['notifications_2040_11', 'notifications_2040_12']);
    // The same (member, bulletin, channel) under another month: the month is the bulletin's, held by a trigger per statement.
    await expect(
      ds.query(
        `INSERT INTO notifications (member_id, bulletin_id, bulletin_month, channel, frequency) VALUES ($1, $2, '2040-12-01', 'email', 'daily')`,
        [member.id, lastOfNov],
      ),
    ).rejects.toThrow(/insert on table "notifications" violates ledger_bulletin_month/);
    await expect(
      ds.query(`INSERT INTO matches (subscription_id, bulletin_id, bulletin_month, member_id) VALUES ($1, $2, '2041-01-01', $3)`, [
        sub.id,
        firstOfDec,
        member.id,
      ]),
    ).rejects.toThrow(/insert on table "matches" violates ledger_bulletin_month/);
    // …and under its own month, the unique key.
    await expect(
      ds.query(
        `INSERT INTO notifications (member_id, bulletin_id, bulletin_month, channel, frequency) VALUES ($1, $2, '2040-11-01', 'email', 'daily')`,
        [member.id, lastOfNov],
      ),
    ).rejects.toThrow(/duplicate key value violates unique constraint "notifications_2040_11_bulletin_id_member_id_channel/);
    // A bulletin's month cannot move while its ledger rows point at it, nor can a row move to another month.
    await expect(ds.query(`UPDATE bulletins SET ledger_month = '2040-12-01' WHERE id = $1`, [lastOfNov])).rejects.toThrow(
      /update on table "bulletins" violates ledger_bulletin_month/,
    );
    await expect(ds.query(`UPDATE notifications SET bulletin_month = '2040-12-01' WHERE bulletin_id = $1`, [lastOfNov])).rejects.toThrow(
      /violates ledger_bulletin_month/,
    );
    await expect(ds.query(`UPDATE matches SET bulletin_id = $1 WHERE bulletin_id = $2`, [firstOfDec, lastOfNov])).rejects.toThrow(
      /violates ledger_bulletin_month/,
    );
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM notifications WHERE member_id = $1`, [member.id]);
    expect(n).toBe(2);
    // A deleted bulletin takes its ledger rows, and only its own.
    await ds.query(`DELETE FROM bulletins WHERE id = $1`, [lastOfNov]);
    expect(await partitionOf('matches', 'member_id = $1', [member.id])).toEqual(['matches_2040_12']);
    expect(await partitionOf('notifications', 'member_id = $1', [member.id])).toEqual(['notifications_2040_12']);
  });

  it('keeps one open instant window per member and channel across the months of the deliveries', async () => {
    const member = await insertMember(ds);
    const pair = [{ memberId: member.id, channel: 'email' as const }];
    const [nov] = await ds.transaction((em) => ledger.openInstantDeliveries(em, pair, new Date('2040-11-30T23:59:30Z')));
    // The next window starts in December, but November's is still untried: it is joined.
    const [dec] = await ds.transaction((em) => ledger.openInstantDeliveries(em, pair, new Date('2040-12-01T00:00:30Z')));
    expect(nov.opened).toBe(true);
    expect(dec).toMatchObject({ id: nov.id, opened: false });
    expect(await partitionOf('deliveries', 'member_id = $1', [member.id])).toEqual(['deliveries_2040_11']);

    // Written by hand in December's partition while November's is open: refused like a unique index would.
    await expect(
      ds.query(
        `INSERT INTO deliveries (member_id, channel, kind, period_key, period_month, due_at) VALUES ($1, 'email', 'instant', 'instant:2040-12-01T00:00:00.000Z', '2040-12-01', now())`,
        [member.id],
      ),
    ).rejects.toThrow(/already has an open instant delivery/);

    // Once a sender has tried November's window it is no longer open: December gets its own.
    await ds.query(`UPDATE deliveries SET status = 'sending', attempts = attempts + 1 WHERE id = $1`, [nov.id]);
    const [next] = await ds.transaction((em) => ledger.openInstantDeliveries(em, pair, new Date('2040-12-01T00:01:30Z')));
    expect(next.opened).toBe(true);
    expect(await partitionOf('deliveries', 'member_id = $1', [member.id])).toEqual(['deliveries_2040_11', 'deliveries_2040_12']);
    expect(await ds.query(`SELECT delivery_id, period_month::text FROM open_instant_windows WHERE member_id = $1`, [member.id])).toEqual([
      { delivery_id: next.id, period_month: '2040-12-01' },
    ]);
  });

  it('drops only whole months that ended more than RETENTION_MONTHS ago, with the rows that pointed into them', async () => {
    const now = new Date();
    const keptMonth = monthStart(now, -13); // the oldest month retention keeps
    const expiredMonth = monthStart(now, -14);
    for (const t of LEDGER_TABLES) {
      for (const month of [expiredMonth, keptMonth]) {
        const [{ created }] = await ds.query(`SELECT ledger_create_partition($1, $2) AS created`, [t, month]);
        if (created) made.push(`${t}_${month.slice(0, 7).replace('-', '_')}`);
      }
    }
    const member = await insertMember(ds);
    const sub = await insertSubscription(ds, member.id, { keywords: ['道路'], frequency: 'instant', channels: ['email'] });
    const ids: Record<string, { bulletin: string; match: string; delivery: string }> = {};
    for (const month of [expiredMonth, keptMonth]) {
      const bulletin = await bulletinOfMonth(month, `old-${month}`);
      const [match] = await ds.query(
        `INSERT INTO matches (subscription_id, bulletin_id, bulletin_month, member_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [sub.id, bulletin, month, member.id],
      );
      const [delivery] = await ds.query(
        `INSERT INTO deliveries (member_id, channel, kind, period_key, period_month, due_at, status) VALUES ($1, 'email', 'daily', $2, $3, $3::date, 'sent') RETURNING id`,
        [member.id, `daily:${month}`, month],
      );
      await ds.query(
        `INSERT INTO notifications (member_id, bulletin_id, bulletin_month, channel, frequency, status, delivery_id) VALUES ($1, $2, $3, 'email', 'daily', 'assigned', $4)`,
        [member.id, bulletin, month, delivery.id],
      );
      await ds.query(
        `INSERT INTO not_relevant_marks (member_id, subscription_id, bulletin_id, match_id, terms) VALUES ($1, $2, $3, $4, '{道路}')`,
        [member.id, sub.id, bulletin, match.id],
      );
      ids[month] = { bulletin, match: match.id, delivery: delivery.id };
    }
    const before = (await partitions.list()).map((p) => p.name);

    const { dropped } = await partitions.maintain(now);

    const expiredSuffix = expiredMonth.slice(0, 7).replace('-', '_');
    expect(dropped).toEqual(LEDGER_TABLES.map((t) => `${t}_${expiredSuffix}`));
    const after = (await partitions.list()).map((p) => p.name);
    expect(after).toEqual(expect.arrayContaining(before.filter((n) => !dropped.includes(n))));
    // Everything of the kept month is still there, row for row; of the expired month nothing is.
    for (const [month, expected] of [
      [keptMonth, 1],
      [expiredMonth, 0],
    ] as const) {
      const [counts] = await ds.query(
        `SELECT (SELECT count(*) FROM matches WHERE id = $1)::int AS matches, (SELECT count(*) FROM deliveries WHERE id = $2)::int AS deliveries,
                (SELECT count(*) FROM notifications WHERE bulletin_id = $3)::int AS notifications, (SELECT count(*) FROM not_relevant_marks WHERE match_id = $1)::int AS marks,
                (SELECT count(*) FROM bulletins WHERE id = $3)::int AS bulletins`,
        [ids[month].match, ids[month].delivery, ids[month].bulletin],
      );
      expect(counts).toEqual({ matches: expected, deliveries: expected, notifications: expected, marks: expected, bulletins: 1 });
    }
    // The current month and the ones ahead are never touched.
    expect(after).toEqual(expect.arrayContaining(LEDGER_TABLES.map((t) => `${t}_${monthStart(now).slice(0, 7).replace('-', '_')}`)));

    // An old bulletin matched again after its month was dropped records nothing instead of failing.
    const old = ids[expiredMonth].bulletin;
    const matched = [
      { subscriptionId: sub.id, memberId: member.id, hits: ['道路'], frequency: 'instant' as const, channels: ['email' as const] },
    ];
    const { inserted } = await recorder.record(
      { id: old, version: 1 },
      0,
      1,
      matched,
      async (em) => void (await ledger.recordMatches(em, old, matched)),
    );
    expect(inserted).toBe(0);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM notifications WHERE bulletin_id = $1`, [old]);
    expect(n).toBe(0);
  });
});
