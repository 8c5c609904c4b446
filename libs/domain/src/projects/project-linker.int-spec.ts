import { DataSource } from 'typeorm';
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
});
