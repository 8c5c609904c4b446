import request from 'supertest';
import { testEnvironment } from '@app/config';
import { SourcesService } from '@app/domain/ingest';
import {
  createTestApi,
  eventually,
  killSpawnedApps,
  resetDatabase,
  spawnApp,
  startWebhookReceiver,
  type SpawnedApp,
  type TestApi,
  type WebhookReceiver,
  bootsTimeout,
} from '@app/testing';
import { bearer, signUp } from './support/member-sessions';

/**
 * A worker killed (SIGKILL) while its webhook request is at the receiver: the message may have
 * arrived, so the next worker records it `unknown` and never sends it again; the ledger delivery
 * stays `sent` (it was handed to the endpoint's log) and nothing is duplicated.
 */
// Two worker boots from sources: bounded as boots are (spawn-app.ts), not by Jest's minute.
jest.setTimeout(bootsTimeout(2, 60000));

describe('a worker killed in the middle of a webhook call', () => {
  const env = testEnvironment({
    INSTANT_WINDOW_SECONDS: '0',
    SWEEP_INTERVAL_MS: '1000',
    OUTBOUND_ALLOW_LOOPBACK: 'true',
    WEBHOOK_TIMEOUT_MS: '3000',
    DELIVERY_LEASE_MS: '1000',
    RATE_LIMIT_AUTH_PER_MINUTE: '1000',
  });
  let api: TestApi;
  let receiver: WebhookReceiver;
  let worker: SpawnedApp;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    api = await createTestApi(env as Record<string, string>);
    await resetDatabase(api.dataSource);
  });
  afterAll(async () => {
    killSpawnedApps();
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
    await receiver.close();
  });

  it('records the message unknown and never sends it twice', async () => {
    const m = await signUp(api);
    const hook = (
      await request(api.url)
        .post('/v1/webhooks')
        .set(bearer(m.accessToken))
        .send({ kind: 'webhook', url: `${receiver.url}/slow` })
        .expect(201)
    ).body;
    await request(api.url)
      .post('/v1/subscriptions')
      .set(bearer(m.accessToken))
      .send({ name: '码头', keywords: ['码头'], channels: ['webhook'] })
      .expect(201);
    const { apiKey } = await api.app.get(SourcesService).create('crash-source');

    receiver.reply = () => 'hang';
    worker = spawnApp('worker', env);
    await worker.waitFor(/processing \(concurrency/);
    await request(api.url)
      .post('/v1/ingest/bulletins')
      .set('x-api-key', apiKey)
      .send({ items: [{ sourceId: 'crash-1', title: '码头改造工程招标公告' }] })
      .expect(200);
    await receiver.waitFor(1, 20000);
    worker.kill('SIGKILL');

    receiver.reply = () => ({ status: 200 });
    worker = spawnApp('worker', env);
    await worker.waitFor(/processing \(concurrency/);
    const [msg] = await eventually(
      async () => {
        const rows = await api.dataSource.query(`SELECT status, attempts, error FROM webhook_messages WHERE endpoint_id = $1`, [hook.id]);
        return rows[0]?.status === 'unknown' ? rows : null;
      },
      20000,
      'message unknown',
    );
    expect(msg.attempts).toBe(1);
    expect(msg.error).toMatch(/not resent/);
    const [delivery] = await api.dataSource.query(`SELECT status, channel FROM deliveries WHERE member_id = $1`, [m.id]);
    expect(delivery).toEqual({ status: 'sent', channel: 'webhook' });
    // Several sweeps later, still exactly one request reached the receiver.
    await new Promise((r) => setTimeout(r, 2500));
    expect(receiver.received).toHaveLength(1);
  });
});
