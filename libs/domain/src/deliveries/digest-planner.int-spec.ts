import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { resetDatabase } from '@app/testing';
import { DigestPlanner } from './digest-planner.service';

/** Which digests a tick opens: one per (member, channel, frequency) with something pending, when due. */
describe('DigestPlanner', () => {
  const config = loadConfig(testEnvironment());
  let ds: DataSource;
  let planner: DigestPlanner;
  let bulletinIds: string[];

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    await resetDatabase(ds);
    planner = new DigestPlanner(ds);
    // The test's month, as the partition job would have made it.
    await ds.query(`SELECT ledger_create_partition('deliveries', '2040-06-01')`);
    const [{ id: sourceId }] = await ds.query(`INSERT INTO sources (name) VALUES ('digests') RETURNING id`);
    bulletinIds = (
      await ds.query<Array<{ id: string }>>(
        `INSERT INTO bulletins (source_id, source_ref, title, body, title_match, body_match, category, content_hash)
         SELECT $1, 'd-' || i, '道路' || i, '', '道路' || i, '', 'tender', 'dh' || i FROM generate_series(1, 3) AS i RETURNING id`,
        [sourceId],
      )
    ).map((r) => r.id);
  });
  afterAll(() => ds.destroy());

  async function member(tag: string, fields: { status?: string; digestHour: number; digestWeekday?: number }): Promise<string> {
    const [{ id }] = await ds.query(
      `INSERT INTO members (email, password_hash, status, timezone, digest_hour, digest_weekday) VALUES ($1, 'x', $2, 'Asia/Shanghai', $3, $4) RETURNING id`,
      [`${tag}@example.test`, fields.status ?? 'active', fields.digestHour, fields.digestWeekday ?? 1],
    );
    return id;
  }

  async function pending(memberId: string, channel: string, frequency: string): Promise<void> {
    await ds.query(
      `INSERT INTO notifications (member_id, bulletin_id, bulletin_month, channel, frequency)
       SELECT $1, b.id, b.ledger_month, $2, $3 FROM bulletins b WHERE b.id = ANY($4::uuid[])`,
      [memberId, channel, frequency, bulletinIds],
    );
  }

  it('opens one digest per member, channel and frequency with something pending, only for active members whose hour has come', async () => {
    // 10:00 in Shanghai on a Wednesday.
    const now = new Date('2040-06-06T02:00:00Z');
    const due = await member('due', { digestHour: 8 });
    const twoChannels = await member('two-channels', { digestHour: 9 });
    const early = await member('early', { digestHour: 18 });
    const suspended = await member('suspended', { status: 'suspended', digestHour: 8 });
    const weeklyOtherDay = await member('weekly', { digestHour: 8, digestWeekday: 5 });
    await pending(due, 'email', 'daily');
    await pending(twoChannels, 'email', 'daily');
    await pending(twoChannels, 'wechat', 'daily');
    await pending(early, 'email', 'daily');
    await pending(suspended, 'email', 'daily');
    await pending(weeklyOtherDay, 'email', 'weekly');

    const opened = await planner.openDue(now);
    const rows: Array<{ member_id: string; channel: string; kind: string; period_key: string }> = await ds.query(
      `SELECT member_id, channel, kind, period_key FROM deliveries WHERE id = ANY($1::uuid[]) ORDER BY member_id, channel`,
      [opened.map((d) => d.id)],
    );
    const got = rows
      .map((r) => `${r.member_id === due ? 'due' : r.member_id === twoChannels ? 'two' : r.member_id}:${r.channel}:${r.period_key}`)
      .sort();
    expect(got).toEqual(['due:email:daily:2040-06-06', 'two:email:daily:2040-06-06', 'two:wechat:daily:2040-06-06']);
    // A second tick in the same period opens nothing more.
    expect(await planner.openDue(new Date(now.getTime() + 60_000))).toEqual([]);
  });
});
