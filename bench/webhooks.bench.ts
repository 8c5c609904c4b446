// Webhook throughput to a local receiver: stored messages sent by the worker's webhook.send jobs
// (claim under a lease, sign the Standard Webhooks way, POST through the SSRF-guarded agent, record),
// end to end through Redis and Postgres.
//   messages/s  messages delivered per second, from enqueue to the last one recorded `delivered`
//   p50/p99 ms  enqueue → recorded, per message
// Rows: WEBHOOK_CONCURRENCY (jobs in flight in the one worker process); the receiver answers 204 at once.
// Run: npm run bench:webhooks -- [--messages 2000]. Uses the test database (reset first) and writes
// bench/results/webhooks-<ts>.json.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SecretCipher } from '@app/config';
import { createTestApi, createTestWorker, insertMember, resetDatabase, startWebhookReceiver } from '@app/testing';

const REPO_ROOT = resolve(__dirname, '..');
const { values } = parseArgs({ options: { messages: { type: 'string', default: '2000' } } });
const MESSAGES = Number(values.messages);

// About the size of a one-bulletin event.
const BODY = JSON.stringify({
  type: 'bulletins.matched',
  timestamp: new Date().toISOString(),
  data: {
    bulletins: [
      {
        id: randomUUID(),
        title: '某某区市政道路改造工程施工招标公告'.repeat(2),
        url: 'https://example.com/b/1',
        category: 'tender',
        region: { code: '500103', name: '重庆市 渝中区' },
        budgetYuan: 3500000,
        matched: [{ subscriptionName: '道路', hits: ['道路'] }],
      },
    ],
  },
});

async function run(concurrency: number) {
  const receiver = await startWebhookReceiver();
  receiver.reply = () => ({ status: 204, body: '' });
  const api = await createTestApi({
    OUTBOUND_ALLOW_LOOPBACK: 'true',
    WEBHOOK_CONCURRENCY: String(concurrency),
    LOG_LEVEL: 'silent',
    SWEEP_INTERVAL_MS: '600000',
  });
  await resetDatabase(api.dataSource);
  const member = await insertMember(api.dataSource, { email: 'bench@example.test' });
  const [endpoint] = await api.dataSource.query<Array<{ id: string }>>(
    `INSERT INTO webhook_endpoints (member_id, kind, url, secret) VALUES ($1, 'webhook', $2, $3) RETURNING id`,
    // Stored as the api stores it: encrypted, so every send pays for opening it.
    [member.id, `${receiver.url}/bench`, api.app.get(SecretCipher).encrypt('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')],
  );
  const ids = Array.from({ length: MESSAGES }, () => randomUUID());
  // One message per (endpoint, delivery): the bench gives each message a delivery of its own.
  const deliveryIds: string[] = (
    await api.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO deliveries (period_month, member_id, channel, kind, period_key, due_at, status) SELECT date_trunc('month', timezone('UTC', now()))::date, $1, 'webhook', 'daily', 'bench-' || g, now(), 'sent' FROM generate_series(1, $2) g RETURNING id`,
      [member.id, MESSAGES],
    )
  ).map((r: { id: string }) => r.id);
  await api.dataSource.query(
    `INSERT INTO webhook_messages (id, endpoint_id, delivery_id, event_type, body) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[])`,
    [ids, ids.map(() => endpoint.id), deliveryIds, ids.map(() => 'bulletins.matched'), ids.map(() => BODY)],
  );
  const worker = await createTestWorker(api.config);
  const started = Date.now();
  await api.jobs.enqueueWebhookMessages(ids.map((id) => ({ id, attempts: 0, nextAttemptAt: new Date() })));
  for (;;) {
    const [{ n }] = await api.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM webhook_messages WHERE status = 'delivered'`,
    );
    if (n >= MESSAGES) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const seconds = (Date.now() - started) / 1000;
  const lat: number[] = (
    await api.dataSource.query<Array<{ t: string }>>(`SELECT extract(epoch FROM delivered_at) * 1000 AS t FROM webhook_messages ORDER BY 1`)
  ).map((r: { t: string }) => Number(r.t) - started);
  const pct = (p: number) => Math.round(lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))]);
  await worker.close();
  await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
  await api.close();
  await receiver.close();
  return {
    concurrency,
    messages: MESSAGES,
    seconds: Number(seconds.toFixed(2)),
    perSecond: Math.round(MESSAGES / seconds),
    p50: pct(50),
    p99: pct(99),
    received: receiver.received.length,
  };
}

async function main() {
  const rows = [];
  for (const concurrency of [4, 16, 64]) rows.push(await run(concurrency));
  console.log(`\nwebhook throughput to a local receiver (${MESSAGES} messages, one worker process)\n`);
  console.log('| concurrency | messages/s | total s | p50 ms | p99 ms | requests received |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.concurrency} | ${r.perSecond} | ${r.seconds} | ${r.p50} | ${r.p99} | ${r.received} |`);
  mkdirSync(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(REPO_ROOT, 'bench', 'results', `webhooks-${Date.now()}.json`), JSON.stringify(rows, null, 2));
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
