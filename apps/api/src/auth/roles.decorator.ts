import { SetMetadata } from '@nestjs/common';
import type { MemberRole } from '@app/domain';

export const ROLES_KEY = 'roles';

/** Restricts a route or controller to these roles; enforce with RolesGuard after JwtAuthGuard. */
export const Roles = (...roles: MemberRole[]) => SetMetadata(ROLES_KEY, roles);
