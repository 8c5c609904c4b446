import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { insertBulletins, resetDatabase } from '@app/testing';
import { ProjectLinker } from './project-linker.service';
import { ProjectSummaries } from './project-summaries';

describe('ProjectLinker (Postgres)', () => {
  let ds: DataSource;
  const linker = new ProjectLinker(new ProjectSummaries());

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(loadConfig(testEnvironment()))).initialize();
  });
  beforeEach(() => resetDatabase(ds));
  afterAll(() => ds.destroy());

  const projectOf = async (id: string) => (await ds.query(`SELECT project_id FROM bulletins WHERE id = $1`, [id]))[0].project_id as string;

  it('puts notices of one project linked in concurrent transactions into one project', async () => {
    const seeds = Array.from({ length: 6 }, (_, i) => ({
      title: `河西大道排水改造工程施工招标${i % 2 ? '更正' : ''}公告`,
      projectCode: 'HX-2026-0042',
      buyer: '某某市河西区城建局',
    }));
    const rows = await insertBulletins(ds, seeds);
    // Six transactions race on the same keys; the advisory locks and the key table make them meet.
    await Promise.all(rows.map((r) => ds.transaction((em) => linker.link(em, [r.id]))));
    const projects = new Set(await Promise.all(rows.map((r) => projectOf(r.id))));
    expect(projects.size).toBe(1);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM projects WHERE merged_into IS NULL`);
    expect(n).toBe(1);
    const [p] = await ds.query(`SELECT notice_count FROM projects WHERE id = $1`, [[...projects][0]]);
    expect(p.notice_count).toBe(6);
  });

  it('merges two projects when a later notice carries the code of one and the name of the other', async () => {
    const [byCode, byName] = await insertBulletins(ds, [
      { title: '东城小学食堂改造工程招标公告', projectCode: 'DC-2026-7', buyer: null },
      { title: '东城小学食堂改造工程中标结果公告', buyer: '某某区教育局' },
    ]);
    await ds.transaction((em) => linker.link(em, [byCode.id, byName.id]));
    expect(await projectOf(byCode.id)).not.toBe(await projectOf(byName.id));
    const [bridge] = await insertBulletins(ds, [
      { title: '东城小学食堂改造工程招标更正公告', projectCode: 'DC-2026-7', buyer: '某某区教育局' },
    ]);
    await ds.transaction((em) => linker.link(em, [bridge.id]));
    const ids = new Set([await projectOf(byCode.id), await projectOf(byName.id), await projectOf(bridge.id)]);
    expect(ids.size).toBe(1);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM projects WHERE merged_into IS NOT NULL`);
    expect(n).toBe(1);
  });
  it('links a whole batch in a fixed number of statements, whatever its size', async () => {
    // An existing project the batch joins by code, then 60 notices: 20 procurements of 3 notices each.
    const [old] = await insertBulletins(ds, [{ title: '北湖公园景观提升工程招标公告', projectCode: 'BH-2026-1', buyer: '某某市园林局' }]);
    await ds.transaction((em) => linker.link(em, [old.id]));
    const seeds = Array.from({ length: 60 }, (_, i) => {
      const n = Math.floor(i / 3);
      return n === 0
        ? { title: `北湖公园景观提升工程${['更正', '中标结果', '合同'][i % 3]}公告`, projectCode: 'BH-2026-1', buyer: '某某市园林局' }
        : {
            title: `第${n}号道路修缮工程${['招标', '更正', '中标结果'][i % 3]}公告`,
            projectCode: `RD-2026-${n}`,
            buyer: `某某县交通局${n}`,
          };
    });
    const rows = await insertBulletins(ds, seeds);
    const statements = await countStatements(() =>
      ds.transaction((em) =>
        linker.link(
          em,
          rows.map((r) => r.id),
        ),
      ),
    );
    // BEGIN, read, lock, owners, create projects, set project ids, upsert keys, summaries, COMMIT.
    expect(statements).toBeLessThanOrEqual(9);
    const projects = await Promise.all(rows.map((r) => projectOf(r.id)));
    expect(projects.slice(0, 3)).toEqual([await projectOf(old.id), await projectOf(old.id), await projectOf(old.id)]);
    for (let n = 1; n < 20; n++) expect(new Set(projects.slice(n * 3, n * 3 + 3)).size).toBe(1);
    expect(new Set(projects).size).toBe(20);
    const counts = await ds.query(`SELECT notice_count FROM projects WHERE merged_into IS NULL ORDER BY notice_count DESC`);
    expect(counts.map((c: { notice_count: number }) => c.notice_count)).toEqual([4, ...Array(19).fill(3)]);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM project_link_keys k JOIN projects p ON p.id = k.project_id`);
    expect(n).toBeGreaterThanOrEqual(40);
  });
});

/** Statements sent to Postgres through TypeORM (transaction control included) while `run` runs. */
async function countStatements(run: () => Promise<unknown>): Promise<number> {
  const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
  try {
    await run();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}
