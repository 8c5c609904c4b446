import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { AuditAction } from '@app/domain/admin';

export const AUDIT_ACTION_KEY = 'admin:audit-action';

/**
 * Marks an admin write route with the audit action its service records. Documentation in the
 * OpenAPI (x-audit-action), and the contract the admin e2e test holds every write route to.
 */
export const Audited = (action: AuditAction) =>
  applyDecorators(SetMetadata(AUDIT_ACTION_KEY, action), ApiExtension('x-audit-action', action));
