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
 * bench's database (but for `exclude`, the bench's own) plus the server's shared background processes, and redis-server. Read from
 * /proc, so only for servers on this machine. A snapshot; the difference of two is the phase's.
 */
export function serverCpuSnapshot(database: string, exclude: ReadonlySet<number> = new Set()): Map<string, number> {
  const cpu = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || exclude.has(pid)) continue;
    const cmd = commandLine(pid);
    const postgres = (cmd.startsWith('postgres:') && cmd.includes(` ${database} `)) || SHARED_POSTGRES.test(cmd);
    const kind = postgres ? 'postgres' : /redis-server/.test(cmd) ? 'redis' : null;
    if (kind) cpu.set(`${kind}:${pid}`, processCpuMs(pid));
  }
  return cpu;
}

/** CPU ms by server kind between two snapshots; a process new in the second counts from zero. */
export function serverCpuBetween(before: Map<string, number>, after: Map<string, number>): { postgres: number; redis: number } {
  const total = { postgres: 0, redis: 0 };
  for (const [key, ms] of after) {
    const kind = key.split(':')[0] as 'postgres' | 'redis';
    total[kind] += ms - (before.get(key) ?? 0);
  }
  return total;
}
