import request from 'supertest';
import { createTestApi, eventually, TcpProxy, TestApi } from '@app/testing';

describe('/health', () => {
  const redisProxy = new TcpProxy({ host: '127.0.0.1', port: 6379 });
  let api: TestApi;

  beforeAll(async () => {
    const port = await redisProxy.start();
    api = await createTestApi({ REDIS_URL: `redis://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await redisProxy.start();
    await api.close();
    await redisProxy.stop();
  });

  it('is 200 when Postgres and Redis answer', async () => {
    const res = await request(api.url).get('/health').expect(200);
    expect(res.body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('is 503 naming Redis while Redis is down, and recovers without a restart', async () => {
    await redisProxy.stop();
    const down = await request(api.url).get('/health').expect(503);
    expect(down.body.error).toHaveProperty('redis');
    expect(down.body.details.database.status).toBe('up');

    await redisProxy.start();
    await eventually(async () => (await request(api.url).get('/health')).status === 200, 15000, 'health back to 200');
  });

  it('serves OpenAPI docs and Prometheus metrics', async () => {
    await request(api.url).get('/docs').expect(200);
    const metrics = await request(api.url).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/tender_queue_jobs\{queue="bulletin-match-0",state="waiting"\} \d+/);
    expect(metrics.text).toMatch(/process_cpu_user_seconds_total/);
  });

  it('answers malformed JSON and oversize bodies in the one error shape, with a request id', async () => {
    const bad = await request(api.url).post('/health').set('content-type', 'application/json').send('{bad').expect(400);
    expect(bad.body).toMatchObject({ statusCode: 400, code: 'malformed_json' });
    expect(bad.body.requestId).toEqual(bad.headers['x-request-id']);
    const huge = 'x'.repeat(17 * 1024 * 1024);
    const big = await request(api.url).post('/health').set('content-type', 'application/json').send(JSON.stringify({ huge })).expect(413);
    expect(big.body.code).toBe('payload_too_large');
  });

  it('keeps a sane caller request id and sets security headers', async () => {
    const res = await request(api.url).get('/health').set('x-request-id', 'abc-12345678');
    expect(res.headers['x-request-id']).toBe('abc-12345678');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
