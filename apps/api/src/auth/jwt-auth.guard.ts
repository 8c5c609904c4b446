import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { DomainError } from '@app/domain';
import { MembersRepository } from '@app/domain/members';
import { AccessTokenService } from './access-token.service';
import type { AuthenticatedRequest } from './authenticated-member';

const BEARER = /^Bearer ([A-Za-z0-9_.-]+)$/;

/**
 * Requires `Authorization: Bearer <access token>`. The member row is checked on every request (one
 * primary-key lookup), so a suspended or deleted member, or a token from before a password
 * change, stops working at once rather than when the token expires.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly members: MembersRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = BEARER.exec(req.headers.authorization ?? '');
    if (!match) throw new DomainError('unauthorized', 'token_missing', 'Authorization: Bearer <access token> is required');
    const claims = await this.tokens.verify(match[1]);
    const state = await this.members.authState(claims.sub);
    if (!state || state.status !== 'active' || state.tokenVersion !== claims.ver) {
      throw new DomainError('unauthorized', 'token_revoked', 'This session has ended; sign in again');
    }
    req.member = { id: state.id, role: state.role };
    return true;
  }
}
