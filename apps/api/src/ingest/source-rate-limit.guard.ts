import { CanActivate, ExecutionContext, HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { SourceRequest } from './source-api-key.guard';

const WINDOW_MS = 60_000;

/** Batches per minute per source (not per IP: one crawler farm may share an address). */
@Injectable()
export class SourceRateLimitGuard implements CanActivate {
  constructor(
    @Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<SourceRequest>();
    const limit = this.config.rateLimits.ingestPerMinute;
    const record = await this.storage.increment(`ingest:${req.source!.id}`, WINDOW_MS, limit, WINDOW_MS, 'ingest');
    const res = context.switchToHttp().getResponse<Response>();
    res.setHeader('X-RateLimit-Limit', limit);
    res.setHeader('X-RateLimit-Remaining', Math.max(0, limit - record.totalHits));
    if (record.isBlocked) {
      res.setHeader('Retry-After', Math.ceil(record.timeToBlockExpire));
      throw new HttpException(
        { code: 'rate_limited', message: `At most ${limit} batches per minute per source` },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    return true;
  }
}
