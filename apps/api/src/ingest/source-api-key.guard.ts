import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Source } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import type { Request } from 'express';

export type SourceRequest = Request & { source?: Source };

/** Sources authenticate with `x-api-key: ta_…` (keys stored hashed, see SourcesService). */
@Injectable()
export class SourceApiKeyGuard implements CanActivate {
  constructor(private readonly sources: SourcesService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<SourceRequest>();
    const key = req.header('x-api-key');
    if (!key) throw new UnauthorizedException({ code: 'api_key_missing', message: 'x-api-key header is required' });
    const source = await this.sources.authenticate(key);
    if (!source) throw new UnauthorizedException({ code: 'api_key_invalid', message: 'API key is unknown or revoked' });
    req.source = source;
    return true;
  }
}
