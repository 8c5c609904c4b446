import { readdirSync, readFileSync } from 'node:fs';

/** utime + stime of one process in ms (clock ticks of 10 ms); 0 when it is gone. */
export function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

// Server processes that work for every database (WAL, checkpoints, buffers, vacuum): their share
// of the bench is not separable from other users of the server, so they are counted whole.
const SHARED_POSTGRES = /postgres: .*(walwriter|checkpointer|background writer|autovacuum worker)/;

/**
 * CPU of the local servers a run leans on, by process: PostgreSQL backends connected to the
 * bench's database plus the server's shared background processes, and redis-server. Read from
 * /proc, so only for servers on this machine. A snapshot (ServerCpuTracker samples it over a phase).
 */
export function serverCpuSnapshot(database: string): Map<string, number> {
  const cpu = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const cmd = commandLine(pid);
    const postgres = (cmd.startsWith('postgres:') && cmd.includes(` ${database} `)) || SHARED_POSTGRES.test(cmd);
    const kind = postgres ? 'postgres' : /redis-server/.test(cmd) ? 'redis' : null;
    if (kind) cpu.set(`${kind}:${pid}`, processCpuMs(pid));
  }
  return cpu;
}

/**
 * Server CPU over a phase, sampled every second rather than read once at each end: a backend that
 * exits meanwhile (a pool closes connections idle for 10 s, then opens new ones) would take its
 * CPU with it from a snapshot at the end; sampled, it keeps what was last read, and it exited idle.
 * `exclude` is asked again at every sample: the bench's own connections come and go too.
 */
export class ServerCpuTracker {
  private readonly first = new Map<string, number>();
  private readonly latest = new Map<string, number>();
  private readonly excluded = new Set<string>();
  private timer?: NodeJS.Timeout;
  private sampling: Promise<void> = Promise.resolve();

  constructor(
    private readonly database: string,
    private readonly exclude: () => Promise<ReadonlySet<number>>,
  ) {}

  async start(): Promise<void> {
    await this.sample(true);
    // A reading that fails in between (the connection it asks is going away with a failed run) is
    // skipped: stop() takes a last one and fails loudly if that cannot be read.
    this.timer = setInterval(() => void (this.sampling = this.sample(false).catch(() => undefined)), 1000);
    this.timer.unref();
  }

  /** Ends the sampling without a last reading, for a run that failed before stop(). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.sampling;
  }

  /** CPU ms by server kind since start; a process first seen after start counts from zero. */
  async stop(): Promise<{ postgres: number; redis: number }> {
    clearInterval(this.timer);
    await this.sampling;
    await this.sample(false);
    const total = { postgres: 0, redis: 0 };
    for (const [key, ms] of this.latest) {
      if (this.excluded.has(key)) continue;
      total[key.split(':')[0] as 'postgres' | 'redis'] += ms - (this.first.get(key) ?? 0);
    }
    return total;
  }

  private async sample(first: boolean): Promise<void> {
    const exclude = await this.exclude();
    for (const pid of exclude) {
      this.excluded.add(`postgres:${pid}`);
    }
    for (const [key, ms] of serverCpuSnapshot(this.database)) {
      if (first) this.first.set(key, ms);
      // A pid read as gone gives 0: keep the last reading.
      this.latest.set(key, Math.max(ms, this.latest.get(key) ?? 0));
    }
  }
}
