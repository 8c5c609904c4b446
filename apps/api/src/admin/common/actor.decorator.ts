import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuditActor } from '@app/domain/admin';
import type { AuthenticatedRequest } from '../../auth/authenticated-member';

/** The signed-in admin as the audit log records them, with the request id. Behind JwtAuthGuard only. */
export const Actor = createParamDecorator((_data: unknown, context: ExecutionContext): AuditActor => {
  const req = context.switchToHttp().getRequest<AuthenticatedRequest & { id?: string }>();
  if (!req.member) throw new Error('@Actor() used on a route without JwtAuthGuard');
  return { id: req.member.id, requestId: req.id ?? null };
});
