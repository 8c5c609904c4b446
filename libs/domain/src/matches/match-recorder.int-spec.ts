import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { resetDatabase } from '@app/testing';
import { DeliveryLedger } from '../deliveries/delivery-ledger.service';
import { Member } from '../members/member.entity';
import { MembersRepository } from '../members/members.repository';
import { Subscription } from '../subscriptions/subscription.entity';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository';
import { MatchRecorder } from './match-recorder.service';

/**
 * Matches and notifications carry no foreign keys to subscriptions and members: the writers lock
 * those as keys would, and deleting a subscription or a member deletes its ledger rows.
 */
describe('MatchRecorder and the deletion of subscriptions and members', () => {
  const config = loadConfig(testEnvironment());
  let ds: DataSource;
  let subscriptions: SubscriptionsRepository;
  let recorder: MatchRecorder;
  let sourceId: string;

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(config, { extra: { max: 6 } })).initialize();
    await resetDatabase(ds);
    subscriptions = new SubscriptionsRepository(ds.getRepository(Subscription));
    recorder = new MatchRecorder(ds);
    [{ id: sourceId }] = await ds.query(`INSERT INTO sources (name) VALUES ('recorder') RETURNING id`);
  });
  afterAll(() => ds.destroy());

  async function memberWithSubscription(tag: string): Promise<{ memberId: string; subscriptionId: string }> {
    const [{ id: memberId }] = await ds.query(`INSERT INTO members (email, password_hash) VALUES ($1, 'x') RETURNING id`, [
      `${tag}@example.test`,
    ]);
    const [{ id: subscriptionId }] = await ds.query(
      `INSERT INTO subscriptions (member_id, name, keywords, channels, frequency) VALUES ($1, '道路', ARRAY['道路'], ARRAY['email'], 'instant') RETURNING id`,
      [memberId],
    );
    return { memberId, subscriptionId };
  }

  async function bulletin(ref: string): Promise<{ id: string; version: number }> {
    const [row] = await ds.query(
      `INSERT INTO bulletins (source_id, source_ref, title, body, title_match, body_match, category, content_hash)
       VALUES ($1, $2, '道路工程', '', '道路工程', '', 'tender', $2) RETURNING id, version`,
      [sourceId, ref],
    );
    return row;
  }

  const ledgerRowsOf = async (memberId: string) =>
    Number(
      (
        await ds.query(
          `SELECT (SELECT count(*) FROM matches WHERE member_id = $1) + (SELECT count(*) FROM notifications WHERE member_id = $1) AS n`,
          [memberId],
        )
      )[0].n,
    );
  const hit = (s: { memberId: string; subscriptionId: string }) => ({ ...s, hits: ['道路'] });

  type RecordHook = NonNullable<Parameters<MatchRecorder['record']>[4]>;

  /** A match job that has written its rows (and what `alsoWrite` adds) and holds its transaction open until finished. */
  async function heldJob(
    b: { id: string; version: number },
    matches: Array<ReturnType<typeof hit>>,
    alsoWrite?: (em: Parameters<RecordHook>[0]) => Promise<unknown>,
  ) {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inside!: () => void;
    const written = new Promise<void>((resolve) => (inside = resolve));
    const job = recorder.record(b, 0, 1, matches, async (em) => {
      await alsoWrite?.(em);
      inside();
      await held;
    });
    await written;
    return {
      finish: () => {
        release();
        return job;
      },
    };
  }

  /** A deletion started while `job` holds its locks: still waiting a moment later, done once the job commits. */
  async function deletionWaitsFor(job: { finish(): Promise<unknown> }, remove: () => Promise<boolean>): Promise<void> {
    let deleted = false;
    const deletion = remove().then((r) => (deleted = r));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(deleted).toBe(false);
    await job.finish();
    expect(await deletion).toBe(true);
  }

  const matchesOf = async (subscriptionId: string) =>
    Number((await ds.query(`SELECT count(*)::int AS n FROM matches WHERE subscription_id = $1`, [subscriptionId]))[0].n);

  it('gives new matches time-ordered version 7 ids, later rows after earlier ones', async () => {
    const s = await memberWithSubscription('ordered');
    const ids: string[] = [];
    for (const ref of ['o-1', 'o-2', 'o-3']) {
      await recorder.record(await bulletin(ref), 0, 1, [hit(s)]);
      await new Promise((resolve) => setTimeout(resolve, 3));
      const [row] = await ds.query(`SELECT id FROM matches WHERE subscription_id = $1 ORDER BY created_at DESC LIMIT 1`, [
        s.subscriptionId,
      ]);
      ids.push(row.id);
    }
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    // The first 48 bits are the time of writing, in milliseconds.
    const millis = parseInt(ids[0].replace(/-/g, '').slice(0, 12), 16);
    expect(Math.abs(millis - Date.now())).toBeLessThan(60_000);
  });

  it('stores hits without their sentences: readers cut them from the title and the body', async () => {
    const s = await memberWithSubscription('sentences');
    const hitDetails = [
      { entry: '道路', term: '道路', place: 'title' as const, aligned: true, offset: 0, sentence: '道路工程' },
      { entry: '道路', term: '道路', place: 'body' as const, aligned: true, offset: 12, sentence: '包括城区道路的改造。' },
    ];
    await recorder.record(await bulletin('s-1'), 0, 1, [{ ...hit(s), hitDetails }]);
    const [row] = await ds.query(`SELECT hit_details FROM matches WHERE subscription_id = $1`, [s.subscriptionId]);
    expect(row.hit_details).toEqual(hitDetails.map(({ sentence: _s, ...h }) => h));
  });

  it('deletes a subscription with its matches, keeping the member’s other matches', async () => {
    const s = await memberWithSubscription('deleted');
    const [{ id: otherId }] = await ds.query(
      `INSERT INTO subscriptions (member_id, name, keywords, channels, frequency) VALUES ($1, '桥梁', ARRAY['桥梁'], ARRAY['email'], 'daily') RETURNING id`,
      [s.memberId],
    );
    const b = await bulletin('d-1');
    await recorder.record(b, 0, 1, [hit(s), { memberId: s.memberId, subscriptionId: otherId, hits: ['桥梁'] }]);
    expect(await matchesOf(s.subscriptionId)).toBe(1);

    expect(await subscriptions.delete(s.memberId, s.subscriptionId)).toBe(true);
    expect(await matchesOf(s.subscriptionId)).toBe(0);
    expect(await matchesOf(otherId)).toBe(1);
    // Another member's subscription id behaves as one that does not exist.
    const stranger = await memberWithSubscription('stranger');
    expect(await subscriptions.delete(stranger.memberId, otherId)).toBe(false);
    expect(await matchesOf(otherId)).toBe(1);
  });

  it('leaves no match behind when the subscription is deleted while a match job is recording', async () => {
    const s = await memberWithSubscription('racing');
    const b = await bulletin('r-1');
    // The match job has written its row and still holds its transaction open; the deletion waits
    // for the job's lock on the subscription.
    await deletionWaitsFor(await heldJob(b, [hit(s)]), () => subscriptions.delete(s.memberId, s.subscriptionId));
    expect(await matchesOf(s.subscriptionId)).toBe(0);
  });

  it('records nothing for a subscription deleted before the job records', async () => {
    const s = await memberWithSubscription('gone');
    await subscriptions.delete(s.memberId, s.subscriptionId);
    const { inserted } = await recorder.record(await bulletin('g-1'), 0, 1, [hit(s)]);
    expect(inserted).toBe(0);
    expect(await matchesOf(s.subscriptionId)).toBe(0);
  });

  it('deletes a member with every match and notification, also while a match job is recording for them', async () => {
    const members = new MembersRepository(ds.getRepository(Member));
    const ledger = new DeliveryLedger(config);
    const quiet = await memberWithSubscription('member-quiet');
    const notify = (em: Parameters<RecordHook>[0], bulletinId: string, memberId: string) =>
      ledger.recordMatches(em, bulletinId, [{ memberId, frequency: 'instant', channels: ['email'] }]);
    const first = await bulletin('m-1');
    await recorder.record(first, 0, 1, [hit(quiet)], (em) => notify(em, first.id, quiet.memberId).then(() => undefined));
    expect(await ledgerRowsOf(quiet.memberId)).toBe(2);
    expect(await members.delete(quiet.memberId)).toBe(true);
    expect(await ledgerRowsOf(quiet.memberId)).toBe(0);
    expect(await members.delete(quiet.memberId)).toBe(false);

    const busy = await memberWithSubscription('member-busy');
    const second = await bulletin('m-2');
    const job = await heldJob(second, [hit(busy)], (em) => notify(em, second.id, busy.memberId));
    await deletionWaitsFor(job, () => members.delete(busy.memberId));
    expect(await ledgerRowsOf(busy.memberId)).toBe(0);
  });
});
