import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { RateLimitedError } from '@app/domain';
import type { AuthenticatedRequest } from '../authenticated-member';

/**
 * The `auth` throttler (config.rateLimits.authPerMinute per route and client, in Redis) for login,
 * register, password reset and code endpoints. Put it after JwtAuthGuard on signed-in routes so
 * it counts per member rather than per address.
 */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: AuthenticatedRequest): Promise<string> {
    const member = req.member;
    return member ? `member:${member.id}` : `ip:${req.ip}`;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    // The named throttler only sets Retry-After-auth; the error filter sets the standard header.
    throw new RateLimitedError('rate_limited', `Too many requests; try again in ${detail.timeToBlockExpire} s`, detail.timeToBlockExpire);
  }
}
