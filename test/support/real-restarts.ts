import { setTimeout as sleep } from 'node:timers/promises';
import { QUEUES } from '@app/queues';
import { bootsTimeout, eventually, killSpawnedApps } from '@app/testing';
import { auditDeliveries, openWork } from './delivery-audit';
import { ingestStream, makeDigestsDue, startPipelineRig, type PipelineRig } from './pipeline-rig';

const retrying = <T>(what: string, op: () => Promise<T>) =>
  eventually(
    async () => {
      try {
        return { value: await op() };
      } catch {
        return null;
      }
    },
    30000,
    what,
  ).then((r) => r.value);

/**
 * Real restarts, not proxies: the test's own redis-server is SIGKILLed and started again (without
 * an append-only file it comes back empty: every job, delayed alert and scheduler gone), and its own
 * PostgreSQL is stopped in immediate mode (no checkpoint, connections cut) and started again — while
 * bulletins flow and daily digests come due. Afterwards every (member, bulletin) a reference matcher
 * expects arrived exactly once (or its delivery is recorded `unknown`), nothing twice, nothing stuck.
 */
export function describeRealRestarts(aof: boolean): void {
  describe(`real restarts: Redis ${aof ? 'with AOF, fsync every second' : 'without AOF (comes back empty)'}, and PostgreSQL in immediate mode`, () => {
    let rig: PipelineRig;

    beforeAll(
      async () => {
        rig = await startPipelineRig({ appendonly: aof });
        await rig.startWorker();
      },
      bootsTimeout(1, 60000),
    );
    afterAll(async () => {
      killSpawnedApps();
      await rig?.close();
    });

    it('delivers every expected (member, bulletin) once; nothing twice, nothing stuck', async () => {
      const flow = ingestStream(rig, { from: 1, batches: 14, perBatch: 4, gapMs: 250 });
      await sleep(1200);
      await rig.redis.kill();
      await sleep(800);
      await rig.redis.start();
      await sleep(1200);
      rig.postgres.stopImmediate();
      await sleep(1500);
      await rig.postgres.start();
      const { sent } = await flow;
      expect(sent).toBe(56);

      // Every bulletin matched and the instant alerts out; then digests come due, and Redis dies
      // again while they are being made and sent.
      await eventually(
        async () => {
          const open = await openWork(rig.api.dataSource).catch(() => null);
          return open && open.unmatched === 0 && open.openDeliveries === 0;
        },
        60000,
        'matched and instant alerts sent',
      );
      await retrying('digests due', () => makeDigestsDue(rig));
      await rig.api.jobs.add('digest.tick', {});
      await sleep(300);
      await rig.redis.kill();
      await sleep(500);
      await rig.redis.start();
      // The worker rode it out, and put back the schedulers a Redis without its data lost.
      await eventually(
        async () =>
          !!(await rig.api.jobs
            .queue(QUEUES.maintenance)
            .getJobScheduler('sweep')
            .catch(() => null)),
        20000,
        'sweep scheduler back',
      );
      // The next digest tick, a minute away in production.
      await retrying('digest tick', () => rig.api.jobs.add('digest.tick', {}));

      let open: Awaited<ReturnType<typeof openWork>> | null = null;
      await eventually(
        async () => {
          open = await openWork(rig.api.dataSource).catch(() => null);
          return open && Object.values(open).every((n) => n === 0);
        },
        60000,
        'pipeline settled after the restarts',
      ).catch((err) => {
        throw new Error(`${(err as Error).message}: ${JSON.stringify(open)}\n${rig.workers[0].output().slice(-3000)}`);
      });
      await sleep(1500); // a duplicate would arrive by now
      const audit = await auditDeliveries(rig.api.dataSource, rig.smtp, rig.subs, rig.emails);
      expect(audit.expected).toBeGreaterThan(40);
      expect({ lost: audit.lost, duplicated: audit.duplicated, unexpected: audit.unexpected }).toEqual({
        lost: [],
        duplicated: [],
        unexpected: [],
      });
      expect(audit.unknown.length).toBeLessThan(audit.expected / 4);
      expect(rig.workers[0].child.exitCode).toBeNull();
    }, 120000);
  });
}
