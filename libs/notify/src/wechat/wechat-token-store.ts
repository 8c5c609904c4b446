import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Cluster, Redis } from 'ioredis';

// Deletes a key only while it still holds the value we put there (a lock we own, a token we saw fail).
const DELETE_IF_EQUAL = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export interface WechatTokenStoreOptions {
  keyPrefix: string;
  /** Tokens are treated as expired this long before WeChat's expiry, so none is used at its edge. */
  refreshMarginMs: number;
  lockMs: number;
  waitMs: number;
}

/**
 * The 服务号 access token, shared by every worker through Redis. WeChat invalidates the previous
 * token whenever a new one is fetched, so only one process refreshes at a time (a Redis lock with a
 * token of its own); the others wait for the new value instead of fetching their own.
 */
export class WechatTokenStore {
  constructor(
    private readonly redis: Redis | Cluster,
    private readonly appId: string,
    private readonly options: WechatTokenStoreOptions,
  ) {}

  private get key() {
    return `${this.options.keyPrefix}:wechat:token:${this.appId}`;
  }

  async get(fetch: () => Promise<{ token: string; expiresInSeconds: number }>): Promise<string> {
    const until = Date.now() + this.options.waitMs;
    for (;;) {
      const cached = await this.redis.get(this.key);
      if (cached) return cached;
      const lock = `${this.key}:lock`;
      const mine = randomUUID();
      if (await this.redis.set(lock, mine, 'PX', this.options.lockMs, 'NX')) {
        try {
          const again = await this.redis.get(this.key);
          if (again) return again;
          const { token, expiresInSeconds } = await fetch();
          const ttl = Math.max(1000, expiresInSeconds * 1000 - this.options.refreshMarginMs);
          await this.redis.set(this.key, token, 'PX', ttl);
          return token;
        } finally {
          await this.redis.eval(DELETE_IF_EQUAL, 1, lock, mine);
        }
      }
      if (Date.now() > until) throw new Error('timed out waiting for another worker to refresh the WeChat access token');
      await sleep(50);
    }
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }

  /** Drops a token WeChat rejected, unless another worker already replaced it. */
  async invalidate(token: string): Promise<void> {
    await this.redis.eval(DELETE_IF_EQUAL, 1, this.key, token);
  }
}
