import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { resetDatabase } from '@app/testing';
import { ActiveSubscriptionsRepository } from './active-subscriptions.repository';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

/** What the match workers load their index from: every active subscription, page by page. */
describe('ActiveSubscriptionsRepository', () => {
  const config = loadConfig(testEnvironment());
  let ds: DataSource;
  let repo: ActiveSubscriptionsRepository;
  const sent: Array<{ sql: string; params: unknown[] }> = [];

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    await resetDatabase(ds);
    const query = ds.query.bind(ds);
    ds.query = ((sql: string, params?: unknown[]) => {
      sent.push({ sql, params: params ?? [] });
      return query(sql, params);
    }) as DataSource['query'];
    repo = new ActiveSubscriptionsRepository(ds);
    // 2,000 members, two subscriptions each; every tenth member suspended, every seventh subscription paused.
    await ds.query(
      `INSERT INTO members (email, password_hash, status)
       SELECT 'active-' || i || '@example.test', 'x', CASE WHEN i % 10 = 0 THEN 'suspended' ELSE 'active' END FROM generate_series(1, 2000) AS i`,
    );
    await ds.query(
      `INSERT INTO subscriptions (member_id, name, keywords, channels, frequency, paused_at)
       SELECT m.id, '道路', ARRAY['道路'], ARRAY['email'], 'instant', CASE WHEN row_number() OVER () % 7 = 0 THEN now() END
         FROM members m CROSS JOIN generate_series(1, 2)`,
    );
  });
  afterAll(() => ds.destroy());

  it('pages through exactly the subscriptions that are not paused and whose member is active, in id order', async () => {
    const expected: Array<{ id: string }> = await ds.query(
      `SELECT s.id FROM subscriptions s JOIN members m ON m.id = s.member_id WHERE s.paused_at IS NULL AND m.status = 'active' ORDER BY s.id`,
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await repo.page(after, 701);
      if (!page.length) break;
      seen.push(...page.map((s) => s.id));
      after = page[page.length - 1].id;
    }
    expect(expected.length).toBeGreaterThan(1000);
    expect(seen).toEqual(expected.map((r) => r.id));
  });

  it('looks each member up by primary key, whatever the planner knows of the tables', async () => {
    // Statistics as a bulk import leaves them on a server without autovacuum: none.
    await ds.query(`DELETE FROM pg_statistic WHERE starelid IN ('members'::regclass, 'subscriptions'::regclass)`).catch(() => undefined);
    sent.length = 0;
    await repo.page(null, 500);
    const [{ sql, params }] = sent;
    const [
      {
        'QUERY PLAN': [plan],
      },
    ] = await ds.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    const all = nodes(plan.Plan as PlanNode);
    const members = all.filter((n) => n['Relation Name'] === 'members');
    expect(members.map((n) => n['Node Type'])).toEqual(['Index Scan']);
    // Never a scan of every member joined to every subscription.
    expect(all.some((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'members')).toBe(false);
  });
});
