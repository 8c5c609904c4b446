import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, type MemberRole } from '@app/domain';
import type { AuthenticatedRequest } from './authenticated-member';
import { ROLES_KEY } from './roles.decorator';

/** `@UseGuards(JwtAuthGuard, RolesGuard) @Roles('admin')`: 403 for members without the role. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<MemberRole[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles?.length) return true;
    const member = context.switchToHttp().getRequest<AuthenticatedRequest>().member;
    if (!member) throw new DomainError('unauthorized', 'token_missing', 'Authorization: Bearer <access token> is required');
    if (!roles.includes(member.role)) throw new DomainError('forbidden', 'forbidden', `This needs the ${roles.join(' or ')} role`);
    return true;
  }
}
