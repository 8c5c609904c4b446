import request from 'supertest';
import { testEnvironment } from '@app/config';
import { Match, Member, Subscription } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import { MatchSubscription, naiveMatch } from '@app/matcher';
import {
  createTestApi,
  createTestWorker,
  eventually,
  insertMember,
  insertSubscription,
  killSpawnedApps,
  resetDatabase,
  spawnApp,
  TestApi,
  TestWorker,
} from '@app/testing';

const VOCAB = ['道路', '改造', '市政', '绿化', '监理', '污水', '照明', '桥梁', '学校', '医院', '设备', '采购', '维修', '工程', '设计'];
const REGIONS = [
  ['重庆-渝中-', '500103'],
  ['四川-成都-武侯', '510107'],
  ['广东深圳南山', '440305'],
  ['北京市朝阳区', '110105'],
];

let seq = 0;
function bulletin(words: string[], region = REGIONS[seq % REGIONS.length][0]) {
  seq++;
  return {
    sourceId: `m-${seq}`,
    title: `${words.join('')}项目招标公告（第${seq}号）`,
    body: `本项目包括${words.join('、')}等内容。`,
    regionText: region,
    buyer: `采购人${seq}`,
  };
}

async function matchedPairs(api: TestApi): Promise<Set<string>> {
  const rows = await api.dataSource.getRepository(Match).find();
  return new Set(rows.map((m) => `${m.subscriptionId}|${m.bulletinId}`));
}

describe('matching through the worker', () => {
  describe('a live index that is never stale', () => {
    let api: TestApi;
    let worker: TestWorker;
    let key: string;
    const ingest = async (items: object[]) =>
      (await request(api.url).post('/v1/ingest/bulletins').set('x-api-key', key).send({ items }).expect(200)).body.results;
    const matchesOf = async (bulletinId: string) => {
      await eventually(
        async () =>
          (await api.dataSource.query(`SELECT matched_at FROM bulletin_match_state WHERE bulletin_id = $1`, [bulletinId]))[0].matched_at,
        15000,
        'bulletin matched',
      );
      return api.dataSource.getRepository(Match).findBy({ bulletinId });
    };

    beforeAll(async () => {
      api = await createTestApi();
      await resetDatabase(api.dataSource);
      worker = await createTestWorker(api.config);
      key = (await api.app.get(SourcesService).create('live')).apiKey;
    });
    afterAll(async () => {
      await worker.close();
      await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
      await api.close();
    });

    it('sees a subscription saved just before a bulletin, every time', async () => {
      const member = await insertMember(api.dataSource);
      for (let i = 0; i < 10; i++) {
        const word = `专用词${i}号`;
        const sub = await insertSubscription(api.dataSource, member.id, { keywords: [word] });
        const [result] = await ingest([{ ...bulletin([word]) }]);
        const matches = await matchesOf(result.bulletinId);
        expect(matches.map((m) => [m.subscriptionId, m.hits])).toEqual([[sub.id, [word]]]);
        // Where it hit is recorded with the match: the title, so the top score.
        expect(matches[0]).toMatchObject({ score: 100, hitDetails: [{ entry: word, term: word, place: 'title', aligned: true }] });
      }
    });

    it('stops matching at once after pause, delete or suspension', async () => {
      const member = await insertMember(api.dataSource);
      const repo = api.dataSource.getRepository(Subscription);
      const paused = await insertSubscription(api.dataSource, member.id, { keywords: ['暂停词'] });
      await repo.update(paused.id, { pausedAt: new Date() });
      expect(await matchesOf((await ingest([bulletin(['暂停词'])]))[0].bulletinId)).toEqual([]);

      const deleted = await insertSubscription(api.dataSource, member.id, { keywords: ['删除词'] });
      await repo.delete(deleted.id);
      expect(await matchesOf((await ingest([bulletin(['删除词'])]))[0].bulletinId)).toEqual([]);

      const other = await insertMember(api.dataSource);
      await insertSubscription(api.dataSource, other.id, { keywords: ['停用词'] });
      await api.dataSource.getRepository(Member).update(other.id, { status: 'suspended' });
      expect(await matchesOf((await ingest([bulletin(['停用词'])]))[0].bulletinId)).toEqual([]);

      // Resumed: matches again, with nothing rebuilt by hand.
      await repo.update(paused.id, { pausedAt: null });
      expect(await matchesOf((await ingest([bulletin(['暂停词'])]))[0].bulletinId)).toHaveLength(1);
    });

    it('filters by the budget the bulletin states, to the fen', async () => {
      const member = await insertMember(api.dataSource);
      const big = await insertSubscription(api.dataSource, member.id, { keywords: ['预算词'], budgetMin: 1_000_000 });
      const small = await insertSubscription(api.dataSource, member.id, { keywords: ['预算词'], budgetMax: 999_999.5 });
      const at = async (budgetYuan: number) =>
        (await matchesOf((await ingest([{ ...bulletin(['预算词']), budgetYuan }]))[0].bulletinId)).map((m) => m.subscriptionId);
      expect(await at(1_200_000.25)).toEqual([big.id]);
      expect(await at(999_999.5)).toEqual([small.id]);
      // 999,999.75 lies between the small one's cap and the big one's floor: a budget rounded or
      // cut to whole yuan on the way to the matcher would be caught by one of them.
      expect(await at(999_999.75)).toEqual([]);
    });

    it('finds keyword-less subscriptions by region and category', async () => {
      const member = await insertMember(api.dataSource);
      const cq = await insertSubscription(api.dataSource, member.id, { name: '重庆全部招标', regions: ['500000'], categories: ['tender'] });
      const [inCq] = await ingest([bulletin(['任意'], '重庆-渝中-')]);
      const [inBj] = await ingest([bulletin(['任意'], '北京市朝阳区')]);
      expect((await matchesOf(inCq.bulletinId)).map((m) => m.subscriptionId)).toContain(cq.id);
      expect((await matchesOf(inBj.bulletinId)).map((m) => m.subscriptionId)).not.toContain(cq.id);
    });
  });

  // The same matches whichever way subscriptions are split: region (3 shards: nationwide + two
  // province groups) and hash (3 shards), each over two worker processes.
  describe.each([
    { strategy: 'region', shards: '3', held: ['0', '1,2'], visits: 2 },
    { strategy: 'hash', shards: '3', held: ['0', '1,2'], visits: 3 },
  ])('MATCH_SHARD_STRATEGY=$strategy, MATCH_SHARDS=$shards with two worker processes', ({ strategy, shards, held: heldIds, visits }) => {
    const settings = { MATCH_SHARDS: shards, MATCH_SHARD_STRATEGY: strategy };
    const env = testEnvironment({ ...settings, JOB_LOCK_MS: '5000' });
    let api: TestApi;

    beforeAll(async () => {
      api = await createTestApi({ ...settings, QUEUE_PREFIX: env.QUEUE_PREFIX! });
      await resetDatabase(api.dataSource);
    });
    afterAll(async () => {
      killSpawnedApps();
      await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
      await api.close();
    });

    it('finds exactly the matches one unsharded matcher finds', async () => {
      // Random but reproducible subscriptions over a small vocabulary, so bulletins hit many.
      let rnd = 7;
      // High bits: the low bits of this generator repeat with a short period.
      const next = (n: number) => ((rnd = (rnd * 1103515245 + 12345) % 2 ** 31), (rnd >>> 12) % n);
      const members = await Promise.all(Array.from({ length: 5 }, () => insertMember(api.dataSource)));
      const subs: Subscription[] = [];
      for (let i = 0; i < 120; i++) {
        const keywords =
          next(5) === 0
            ? []
            : Array.from({ length: 1 + next(3) }, () => (next(4) === 0 ? `${VOCAB[next(15)]} ${VOCAB[next(15)]}` : VOCAB[next(15)]));
        subs.push(
          await insertSubscription(api.dataSource, members[next(5)].id, {
            keywords,
            excludeWords: next(4) === 0 ? [VOCAB[next(15)]] : [],
            // Nationwide, one province, or two (which region sharding may place on two shards).
            regions: next(2) ? [] : [...new Set(Array.from({ length: 1 + next(2) }, () => REGIONS[next(4)][1].slice(0, 2) + '0000'))],
            scope: next(3) === 0 ? 'title' : 'title_body',
          }),
        );
      }
      const workers = heldIds.map((ids) => spawnApp('worker', { ...env, MATCH_SHARD_IDS: ids }));
      await Promise.all(workers.map((w) => w.waitFor(/index of \d+ subscriptions for shards \[[\d,]+\]/, 150000)));
      const held = workers.map((w) => Number(/index of (\d+) subscriptions/.exec(w.output())![1]));
      // Region sharding places a subscription of two province groups on both of their shards.
      if (strategy === 'hash') expect(held[0] + held[1]).toBe(120);
      else expect(held[0] + held[1]).toBeGreaterThanOrEqual(120);
      expect(Math.min(...held)).toBeGreaterThan(20); // both shards really hold a part

      const { apiKey } = await api.app.get(SourcesService).create('sharded');
      const items = Array.from({ length: 40 }, () => bulletin(Array.from({ length: 3 }, () => VOCAB[next(15)])));
      await request(api.url).post('/v1/ingest/bulletins').set('x-api-key', apiKey).send({ items }).expect(200);
      await eventually(
        async () => (await api.dataSource.query(`SELECT count(*)::int AS n FROM bulletin_match_state WHERE matched_at IS NULL`))[0].n === 0,
        60000,
        'all bulletins matched by both shards',
      );

      const stored = await api.dataSource.query(`SELECT id, title_match, body_match, region_code, category, budget_yuan FROM bulletins`);
      const asMatch: MatchSubscription[] = subs.map((s) => ({ ...s, budgetMin: null, budgetMax: null }));
      const expected = new Set<string>();
      for (const b of stored) {
        for (const r of naiveMatch(asMatch, {
          titleMatch: b.title_match,
          bodyMatch: b.body_match,
          regionCode: b.region_code,
          category: b.category,
          budgetYuan: b.budget_yuan,
        })) {
          expected.add(`${r.subscriptionId}|${b.id}`);
        }
      }
      expect(expected.size).toBeGreaterThan(50);
      expect(await matchedPairs(api)).toEqual(expected);
      // Every bulletin here has a province: region routing visits the nationwide shard and one group.
      const visited = await api.dataSource.query(`SELECT DISTINCT cardinality(matched_shards) AS n FROM bulletin_match_state`);
      expect(visited).toEqual([{ n: visits }]);
    }, 300000);
  });
});
