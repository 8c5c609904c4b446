import Redis from 'ioredis';
import request from 'supertest';
import { Bulletin } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import { createTestApi, resetDatabase, startRealRedis, type RealRedis, type TestApi } from '@app/testing';

// A Redis that stops answering (overloaded, or paused as here with CLIENT PAUSE on a server of the
// test's own) must not read as a bug to a source: ingest answers 503 redis_unavailable with
// Retry-After once the rate limiter's command times out, and the same batch sent again after
// Redis answers is stored, once.
describe('ingest while Redis stalls', () => {
  let redis: RealRedis;
  let api: TestApi;
  let key: string;
  const item = (sourceId: string) => ({ sourceId, title: `沙坪坝区道路改造工程招标公告 ${sourceId}`, body: '预算金额：120万元' });
  const ingest = (items: unknown[]) => request(api.url).post('/v1/ingest/bulletins').set('x-api-key', key).send({ items });

  beforeAll(async () => {
    redis = await startRealRedis({ appendonly: false });
    api = await createTestApi({ REDIS_URL: redis.url, RATE_LIMIT_INGEST_PER_MINUTE: '1000' });
    await resetDatabase(api.dataSource);
    key = (await api.app.get(SourcesService).create('stall')).apiKey;
  });
  afterAll(async () => {
    await api?.close();
    await redis?.close();
  });

  it('answers 503 redis_unavailable while Redis does not answer, then stores the resent batch once', async () => {
    await ingest([item('before-stall')]).expect(200);

    const admin = new Redis(redis.url);
    await admin.call('CLIENT', 'PAUSE', '6000', 'ALL');
    admin.disconnect();
    const stalled = await ingest([item('during-stall')]);
    expect(stalled.status).toBe(503);
    expect(stalled.body).toMatchObject({ statusCode: 503, code: 'redis_unavailable' });
    expect(stalled.headers['retry-after']).toBe('5');

    // Redis answers again once the pause ends; the source sends the batch again.
    let resent = await ingest([item('during-stall')]);
    for (let i = 0; resent.status === 503 && i < 20; i++) {
      await new Promise((r) => setTimeout(r, 500));
      resent = await ingest([item('during-stall')]);
    }
    expect(resent.status).toBe(200);
    expect(resent.body.results[0].status).toMatch(/created|duplicate/);
    expect(await api.dataSource.getRepository(Bulletin).countBy({ sourceRef: 'during-stall' })).toBe(1);
  });
});
