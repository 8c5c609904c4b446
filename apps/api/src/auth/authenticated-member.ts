import type { Request } from 'express';
import type { MemberRole } from '@app/domain';

/** Who is calling, as the JWT guard established it (role read from the database, not the token). */
export interface AuthenticatedMember {
  id: string;
  role: MemberRole;
}

export type AuthenticatedRequest = Request & { member?: AuthenticatedMember };
