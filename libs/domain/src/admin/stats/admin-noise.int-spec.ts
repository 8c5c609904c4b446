import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { insertBulletins, insertMember, insertSubscription, resetDatabase } from '@app/testing';
import { AdminNoiseRepository } from './admin-noise.repository';

describe('AdminNoiseRepository (against real Postgres)', () => {
  let dataSource: DataSource;
  let noise: AdminNoiseRepository;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(loadConfig(testEnvironment()))).initialize();
    await resetDatabase(dataSource);
    noise = new AdminNoiseRepository(dataSource);
  });
  afterAll(() => dataSource.destroy());

  it('rates marks over the matches made in the window, per subscription and per keyword entry', async () => {
    const [m1, m2] = [await insertMember(dataSource), await insertMember(dataSource)];
    const roads = await insertSubscription(dataSource, m1.id, { name: '道路', keywords: ['道路', '市政'] });
    const lights = await insertSubscription(dataSource, m2.id, { name: '照明', keywords: ['照明'] });
    const bulletins = await insertBulletins(
      dataSource,
      Array.from({ length: 6 }, (_, i) => ({ title: `公告${i}` })),
    );
    const match = async (subscriptionId: string, memberId: string, i: number, hits: string[], daysAgo = 0, mark?: 'app' | 'email') => {
      const [{ id }] = await dataSource.query(
        `INSERT INTO matches (subscription_id, bulletin_id, bulletin_month, member_id, hits, created_at) VALUES ($1, $2, (SELECT ledger_month FROM bulletins WHERE id = $2), $3, $4, now() - $5 * interval '1 day') RETURNING id`,
        [subscriptionId, bulletins[i].id, memberId, hits, daysAgo],
      );
      if (mark) {
        await dataSource.query(
          `INSERT INTO not_relevant_marks (member_id, subscription_id, bulletin_id, match_id, terms, source) VALUES ($1, $2, $3, $4, $5, $6)`,
          [memberId, subscriptionId, bulletins[i].id, id, hits, mark],
        );
      }
    };
    await match(roads.id, m1.id, 0, ['市政'], 0, 'app');
    await match(roads.id, m1.id, 1, ['市政', '道路'], 1, 'email');
    await match(roads.id, m1.id, 2, ['道路'], 2);
    await match(roads.id, m1.id, 3, ['市政'], 40, 'app'); // outside a 30-day window
    await match(lights.id, m2.id, 4, ['照明'], 3);
    await match(lights.id, m2.id, 5, ['照明'], 3, 'app');

    const n = await noise.noise(30, 10);
    expect(n).toMatchObject({ days: 30, matches: 5, marks: 3, rate: 0.6, bySource: { app: 2, email: 1 } });
    expect(n.subscriptions.map((s) => [s.name, s.memberEmail, s.marks, s.matches, s.rate])).toEqual([
      ['道路', m1.email, 2, 3, 0.6667],
      ['照明', m2.email, 1, 2, 0.5],
    ]);
    expect(n.terms.map((t) => [t.term, t.marks, t.matches, t.rate])).toEqual([
      ['市政', 2, 2, 1],
      ['照明', 1, 2, 0.5],
      ['道路', 1, 2, 0.5],
    ]);
    // A longer window takes in the older match and its mark; `top` caps the lists.
    const wide = await noise.noise(60, 1);
    expect(wide).toMatchObject({ matches: 6, marks: 4 });
    expect(wide.subscriptions).toHaveLength(1);
    expect(wide.terms).toEqual([{ term: '市政', marks: 3, matches: 3, rate: 1 }]);
  });

  it('reports no rate without matches', async () => {
    await resetDatabase(dataSource);
    expect(await noise.noise(7, 5)).toMatchObject({ matches: 0, marks: 0, rate: null, bySource: {}, subscriptions: [], terms: [] });
  });
});
