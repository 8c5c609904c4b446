import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthenticatedMember, AuthenticatedRequest } from './authenticated-member';

/** The member JwtAuthGuard authenticated; use only on routes behind that guard. */
export const CurrentMember = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedMember => {
  const member = context.switchToHttp().getRequest<AuthenticatedRequest>().member;
  if (!member) throw new Error('@CurrentMember() used on a route without JwtAuthGuard');
  return member;
});
