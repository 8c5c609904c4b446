import { DataSource } from 'typeorm';
import { testEnvironment } from '@app/config';
import { processCpuMs, ServerCpuTracker } from '../bench/e2e/process-cpu';

// bench:e2e reads Postgres's CPU from /proc per backend. A pool closes connections idle for 10 s,
// and a backend gone by the end of a phase took its CPU with it: the tracker must keep it.
describe('bench:e2e server CPU', () => {
  it('keeps the CPU of a backend that exited during the phase, and leaves out the excluded ones', async () => {
    const url = testEnvironment().DATABASE_URL!;
    const database = new URL(url).pathname.slice(1);
    const connect = () => new DataSource({ type: 'postgres', url, extra: { max: 1 } }).initialize();
    const busy = await connect();
    const observer = await connect();
    const pidOf = async (ds: DataSource) => (await ds.query<Array<{ pid: number }>>('SELECT pg_backend_pid() AS pid'))[0].pid;
    const observerPid = await pidOf(observer);
    const tracker = new ServerCpuTracker(database, () => Promise.resolve(new Set([observerPid])));
    await tracker.start();
    const burn = (n: number) => `SELECT count(*) FROM generate_series(1, ${n}) AS g WHERE g % 7 = 3`;
    await busy.query(burn(6_000_000));
    await new Promise((r) => setTimeout(r, 1500)); // at least one sample while it is alive
    await busy.destroy();
    // Three times the work in the excluded backend.
    const observerBefore = processCpuMs(observerPid);
    await observer.query(burn(18_000_000));
    const observerCpu = processCpuMs(observerPid) - observerBefore;
    const { postgres } = await tracker.stop();
    await observer.destroy();
    // The gone backend's work is counted (a snapshot at the end would have found it gone)…
    expect(postgres).toBeGreaterThanOrEqual(100);
    // …and the excluded one's is not: with it, the total would exceed the excluded burn alone.
    expect(postgres).toBeLessThan(observerCpu);
  }, 60_000);
});
