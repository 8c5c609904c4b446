import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { resetDatabase } from '@app/testing';
import { MatchRecorder } from '../matches/match-recorder.service';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveryLedger } from './delivery-ledger.service';

/**
 * Many match transactions for the same members at once, while a sender claims their windows:
 * no deadlock, no notification left without a delivery to carry it, one open window per member.
 */
describe('DeliveryLedger under concurrent match jobs', () => {
  const config = loadConfig(testEnvironment({ INSTANT_WINDOW_SECONDS: '1' }));
  let ds: DataSource;

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(config, { extra: { max: 12 } })).initialize();
    await resetDatabase(ds);
  });
  afterAll(() => ds.destroy());

  it('records every bulletin for every member, set-wise, while deliveries are claimed', async () => {
    const members: Array<{ id: string }> = await ds.query(
      `INSERT INTO members (email, password_hash, consent_at) SELECT 'ledger-' || i || '@example.test', 'x', now() FROM generate_series(1, 200) AS i RETURNING id`,
    );
    const subs: Array<{ id: string; member_id: string }> = await ds.query(
      `INSERT INTO subscriptions (member_id, name, keywords, channels, frequency) SELECT id, '道路', ARRAY['道路'], ARRAY['email'], 'instant' FROM unnest($1::uuid[]) AS id
       RETURNING id, member_id`,
      [members.map((m) => m.id)],
    );
    const [source] = await ds.query(`INSERT INTO sources (name) VALUES ('ledger') RETURNING id`);
    const bulletins: Array<{ id: string }> = await ds.query(
      `INSERT INTO bulletins (source_id, source_ref, title, body, title_match, body_match, category, content_hash)
       SELECT $1, 'l-' || i, '道路' || i, '', '道路' || i, '', 'tender', 'h' || i FROM generate_series(1, 12) AS i RETURNING id`,
      [source.id],
    );
    const recorder = new MatchRecorder(ds);
    const ledger = new DeliveryLedger(config);
    const deliveries = new DeliveriesRepository(ds);

    // Each job sees the members in its own order; the ledger sorts them before writing.
    const shuffled = () =>
      [...subs]
        .sort(() => Math.random() - 0.5)
        .map((s) => ({
          subscriptionId: s.id,
          memberId: s.member_id,
          hits: ['道路'],
          frequency: 'instant' as const,
          channels: ['email' as const],
        }));
    let recording = true;
    const claimed = new Set<string>();
    const sender = (async () => {
      // Windows are a second long: some fall due while jobs are still joining others.
      while (recording) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const open: Array<{ id: string }> = await ds.query(`SELECT id FROM deliveries WHERE status = 'pending'`);
        const taken = await deliveries.claimMany(
          open.map((d) => d.id),
          60000,
        );
        await deliveries.assignMany(taken);
        taken.forEach((d) => claimed.add(d.id));
      }
    })();
    // Three jobs at a time, spread over more than a window, so the sender takes windows mid-way.
    await Promise.all(
      [0, 1, 2].map(async (stream) => {
        for (const b of bulletins.filter((_, i) => i % 3 === stream)) {
          const results = shuffled();
          await recorder.record(
            { id: b.id, version: 1 },
            0,
            1,
            results,
            async (em) => void (await ledger.recordMatches(em, b.id, results)),
          );
          await new Promise((resolve) => setTimeout(resolve, 400));
        }
      }),
    );
    recording = false;
    await sender;
    expect(claimed.size).toBeGreaterThan(0);

    const [counts] = await ds.query(
      `SELECT (SELECT count(*) FROM matches)::int AS matches, (SELECT count(*) FROM notifications)::int AS notifications,
              (SELECT count(*) FROM bulletin_match_state WHERE matched_at IS NOT NULL)::int AS matched`,
    );
    expect(counts).toEqual({ matches: 200 * 12, notifications: 200 * 12, matched: 12 });
    // No row missed: every instant notification is written into a delivery of its member, never
    // left pending for a sweep to find.
    const [stranded] = await ds.query(
      `SELECT count(*)::int AS n FROM notifications n
        WHERE n.status <> 'assigned' OR NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.id = n.delivery_id AND d.member_id = n.member_id AND d.kind = 'instant')`,
    );
    expect(stranded.n).toBe(0);
    const [open] = await ds.query(
      `SELECT count(*)::int AS windows, count(DISTINCT member_id)::int AS members FROM deliveries WHERE kind = 'instant' AND status = 'pending' AND attempts = 0`,
    );
    expect(open.windows).toBe(open.members);
    // Every notification sits in a delivery the sender claimed or in an open window: none joined
    // a window after its delivery was taken.
    const [misplaced] = await ds.query(
      `SELECT count(*)::int AS n FROM notifications n
        WHERE NOT (n.delivery_id = ANY($1::uuid[]))
          AND NOT EXISTS (SELECT 1 FROM open_instant_windows w WHERE w.delivery_id = n.delivery_id)`,
      [[...claimed]],
    );
    expect(misplaced.n).toBe(0);
  });
});
