import type { ThrottlerStorage } from '@nestjs/throttler';
import type { AuthRedis } from './auth-redis';

// Fixed window per key; once over the limit, a block key holds for blockDuration. Atomic in Redis,
// so every API replica counts against the same window.
const INCREMENT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then
  return {tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1]), 1, blocked}
end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return {hits, ttl, 1, tonumber(ARGV[3])}
end
return {hits, ttl, 0, 0}`;

/**
 * @nestjs/throttler storage in Redis (the default one is per process). Times returned in seconds.
 * Ours because @nest-lab/throttler-storage-redis 1.2 declares NestJS ≤ 11 as peers and npm refuses
 * it beside NestJS 12 (ERESOLVE); the script above is the whole of what it would do for us.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly redis: AuthRedis) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    const base = `${this.redis.prefix}:throttle:${throttlerName}:${key}`;
    const [hits, ttlMs, blocked, blockMs] = (await this.redis.client.eval(
      INCREMENT,
      2,
      base,
      `${base}:blocked`,
      ttl,
      limit,
      blockDuration,
    )) as number[];
    return {
      totalHits: hits,
      timeToExpire: Math.max(0, Math.ceil(ttlMs / 1000)),
      isBlocked: blocked === 1,
      timeToBlockExpire: Math.max(0, Math.ceil(blockMs / 1000)),
    };
  }
}
