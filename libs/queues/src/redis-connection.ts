import type { ConnectionOptions } from 'bullmq';
import { Redis, RedisOptions } from 'ioredis';

/** BullMQ workers need maxRetriesPerRequest: null so blocking commands survive reconnects. */
export function redisOptions(url: string): RedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

export function createRedis(url: string, extra: RedisOptions = {}): Redis {
  return new Redis({ ...redisOptions(url), ...extra });
}

/** BullMQ loses jobs if Redis evicts keys; anything but noeviction deserves a loud warning. */
export async function evictionPolicy(redis: Redis): Promise<string> {
  const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
  return reply[1] ?? 'unknown';
}

/** The same options typed for BullMQ (its ConnectionOptions type does not accept ioredis' own). */
export function bullConnection(url: string): ConnectionOptions {
  return redisOptions(url) as ConnectionOptions;
}
