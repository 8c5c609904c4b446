import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RateLimitedError } from '@app/domain';
import { normalizeEmail } from '@app/domain/members';
import { AuthRedis } from './auth-redis';

/** Five failed sign-ins for one email within 15 minutes lock it until the window ends. */
export const LOGIN_LOCKOUT = { maxFailures: 5, windowSeconds: 15 * 60 } as const;

/**
 * Per-email lockout against password guessing from many addresses (the per-address rate limit
 * cannot see those). Unknown emails count the same, so a lockout says nothing about an account.
 */
@Injectable()
export class LoginLockoutService {
  constructor(private readonly redis: AuthRedis) {}

  async assertOpen(email: string): Promise<void> {
    const key = this.key(email);
    const [failures, ttl] = await Promise.all([this.redis.client.get(key), this.redis.client.ttl(key)]);
    if (Number(failures ?? 0) >= LOGIN_LOCKOUT.maxFailures) {
      const seconds = ttl > 0 ? ttl : LOGIN_LOCKOUT.windowSeconds;
      const minutes = Math.ceil(seconds / 60);
      throw new RateLimitedError(
        'login_locked',
        `Too many failed sign-ins for this email; try again in ${minutes} min or reset the password`,
        seconds,
      );
    }
  }

  async recordFailure(email: string): Promise<void> {
    const key = this.key(email);
    await this.redis.client.multi().incr(key).expire(key, LOGIN_LOCKOUT.windowSeconds, 'NX').exec();
  }

  async clear(email: string): Promise<void> {
    await this.redis.client.del(this.key(email));
  }

  private key(email: string): string {
    return `${this.redis.prefix}:login-failures:${createHash('sha256').update(normalizeEmail(email)).digest('hex')}`;
  }
}
