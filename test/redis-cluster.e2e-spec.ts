import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { Cluster } from 'ioredis';
import { SourcesService } from '@app/domain/ingest';
import { closeBullClusterClients, createRedis, evictionPolicy } from '@app/queues';
import {
  createTestApi,
  createTestWorker,
  insertMember,
  insertSubscription,
  LocalRedisCluster,
  resetDatabase,
  SmtpTestServer,
  startLocalRedisCluster,
  startSmtpTestServer,
  TestApi,
  TestWorker,
} from '@app/testing';

// ingest → match → delivery with BullMQ, rate limits and health on a three-master Redis Cluster the
// test starts itself (own ports, own directories), under a hash-tagged queue prefix.
describe('on a Redis Cluster (three masters)', () => {
  const prefix = `{ta-${randomBytes(3).toString('hex')}}`;
  let cluster: LocalRedisCluster;
  let smtp: SmtpTestServer;
  let api: TestApi;
  let worker: TestWorker;
  let probe: Cluster;

  beforeAll(async () => {
    cluster = await startLocalRedisCluster(3);
    smtp = await startSmtpTestServer();
    api = await createTestApi({
      REDIS_CLUSTER_NODES: cluster.nodes.join(','),
      // A single Redis that is not there: nothing may fall back to it.
      REDIS_URL: 'redis://127.0.0.1:1',
      QUEUE_PREFIX: prefix,
      SMTP_URL: smtp.url,
      INSTANT_WINDOW_SECONDS: '1',
      MATCH_SHARDS: '3',
      SWEEP_INTERVAL_MS: '600000',
    });
    await resetDatabase(api.dataSource);
    worker = await createTestWorker(api.config);
    probe = createRedis({ url: api.config.redis.url, clusterNodes: cluster.nodes }) as Cluster;
  }, 120000);
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await closeBullClusterClients();
    await probe?.quit().catch(() => undefined);
    await smtp?.close();
    await cluster?.close();
  });

  it('runs the whole path and keeps every key of ours in the prefix hash tag slot', async () => {
    const member = await insertMember(api.dataSource, { email: 'cluster@example.test' });
    await insertSubscription(api.dataSource, member.id, { name: '道路', keywords: ['道路'] });
    const { apiKey } = await api.app.get(SourcesService).create('cluster-source');

    const res = await request(api.url)
      .post('/v1/ingest/bulletins')
      .set('x-api-key', apiKey)
      .send({
        items: [{ sourceId: 'c-1', title: '渝中区道路改造工程施工招标公告', body: '本项目为城市道路改造。', regionText: '重庆-渝中-' }],
      })
      .expect(200);
    expect(res.body.results[0].status).toBe('created');

    const [mail] = await smtp.waitForMessages(1, 60000);
    expect(mail.envelope.to).toEqual(['cluster@example.test']);
    expect(mail.text).toContain('渝中区道路改造工程');

    // The worker's eviction check asks every master.
    expect(await evictionPolicy(probe)).toBe('noeviction');
    expect(probe.nodes('master')).toHaveLength(3);

    // Rate limits count in the cluster too, and /health pings it.
    await request(api.url).get('/health').expect(200);

    // Every key we wrote sits in one slot, owned by one master; the other masters hold none of ours.
    const slot = (await probe.call('CLUSTER', 'KEYSLOT', prefix)) as number;
    const keysPerMaster = await Promise.all(probe.nodes('master').map((n) => n.keys(`${prefix}*`)));
    const ours = keysPerMaster.flat();
    expect(ours.some((k) => k.startsWith(`${prefix}:bulletin-match-0:`))).toBe(true);
    expect(ours.some((k) => k.startsWith(`${prefix}:delivery-send:`))).toBe(true);
    expect(ours.some((k) => k.startsWith(`${prefix}:auth:throttle:`))).toBe(true);
    expect(keysPerMaster.filter((keys) => keys.length > 0)).toHaveLength(1);
    const slots = await Promise.all(ours.slice(0, 20).map((k) => probe.call('CLUSTER', 'KEYSLOT', k)));
    expect(new Set(slots)).toEqual(new Set([slot]));
  }, 120000);
});
