import request from 'supertest';
import { SourcesService } from '@app/domain/ingest';
import { jobIds } from '@app/queues';
import {
  createTestApi,
  createTestWorker,
  eventually,
  insertMember,
  insertSubscription,
  resetDatabase,
  SmtpTestServer,
  startSmtpTestServer,
  TestApi,
  TestWorker,
} from '@app/testing';

/**
 * A match job that fails every attempt is kept by BullMQ as failed, under the id the sweeper
 * would add again. Once the fault is gone, the sweeper must still get the bulletin matched and
 * its alert sent.
 */
describe('a match job that failed for good is recovered by the sweeper', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let worker: TestWorker;

  const dropFault = () =>
    api.dataSource.query(
      `DROP TRIGGER IF EXISTS test_injected_match_fault ON matches; DROP FUNCTION IF EXISTS test_injected_match_fault()`,
    );

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await createTestApi({ SMTP_URL: smtp.url, INSTANT_WINDOW_SECONDS: '1', SWEEP_INTERVAL_MS: '600000' });
    await resetDatabase(api.dataSource);
    worker = await createTestWorker(api.config);
  });
  afterAll(async () => {
    await dropFault();
    await worker.close();
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
    await smtp.close();
  });

  it('matches and delivers the bulletin after the fault is removed', async () => {
    const member = await insertMember(api.dataSource, { email: 'recover@example.test' });
    await insertSubscription(api.dataSource, member.id, { name: '道路', keywords: ['道路'] });
    const { apiKey } = await api.app.get(SourcesService).create('recovery');

    // The fault: every insert into matches fails, so every attempt of the match job does.
    await api.dataSource.query(
      `CREATE FUNCTION test_injected_match_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected match fault'; END $$;
       CREATE TRIGGER test_injected_match_fault BEFORE INSERT ON matches FOR EACH STATEMENT EXECUTE FUNCTION test_injected_match_fault()`,
    );
    const res = await request(api.url)
      .post('/v1/ingest/bulletins')
      .set('x-api-key', apiKey)
      .send({ items: [{ sourceId: 'r-1', title: '渝中区道路改造工程施工招标公告', regionText: '重庆-渝中-' }] })
      .expect(200);
    const bulletinId: string = res.body.results[0].bulletinId;
    const jobId = jobIds.match(bulletinId, 1);
    const queue = api.jobs.matchQueues[0];
    // Skip the backoff between attempts: promote the delayed retry until the job gives up.
    await eventually(
      async () => {
        await queue.promoteJobs();
        return (await queue.getJobState(jobId)) === 'failed';
      },
      30000,
      'match job failed for good',
    );
    const failed = await queue.getJob(jobId);
    expect(failed!.attemptsMade).toBe(failed!.opts.attempts);
    expect(failed!.failedReason).toMatch(/injected match fault/);

    await dropFault();
    // What the sweeper used to do: the same id again is swallowed by the kept failed job.
    await api.jobs.dispatchMatches([{ id: bulletinId, version: 1, regionCode: null }]);
    expect(await queue.getJobState(jobId)).toBe('failed');

    // The sweeper looks at bulletins handed to matching more than ten seconds ago.
    await api.dataSource.query(`UPDATE bulletin_match_state SET queued_at = now() - interval '1 minute' WHERE bulletin_id = $1`, [
      bulletinId,
    ]);
    await api.jobs.add('maintenance.sweep', {});
    await eventually(
      async () =>
        (await api.dataSource.query(`SELECT matched_at FROM bulletin_match_state WHERE bulletin_id = $1`, [bulletinId]))[0].matched_at,
      20000,
      'bulletin matched after the sweep',
    );
    await smtp.waitForMessages(1, 15000);
    const mails = smtp.messages.filter((m) => m.envelope.to.includes('recover@example.test'));
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('渝中区道路改造工程施工招标公告');
    const status = async () =>
      (await api.dataSource.query(`SELECT status FROM deliveries WHERE member_id = $1`, [member.id])).map(
        (d: { status: string }) => d.status,
      );
    await eventually(async () => (await status()).join() === 'sent', 10000, 'delivery recorded sent');
  }, 60000);
});
