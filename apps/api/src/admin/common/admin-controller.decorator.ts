import { applyDecorators, Controller, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { JwtAuthGuard } from '../../auth/jwt-auth.guard';
import { Roles } from '../../auth/roles.decorator';
import { RolesGuard } from '../../auth/roles.guard';
import { ApiErrors } from '../../openapi/api-errors.decorator';

/** Base path of every admin route (the route-enumerating e2e test looks for it). */
export const ADMIN_PREFIX = 'v1/admin';

/** An admin controller: under /v1/admin, `admin` role only (no token 401, a member 403), tagged `admin`. */
export function AdminController(path: string): ClassDecorator {
  return applyDecorators(
    Controller(`${ADMIN_PREFIX}/${path}`),
    ApiTags('admin'),
    ApiBearerAuth(),
    UseGuards(JwtAuthGuard, RolesGuard),
    Roles('admin'),
    ApiErrors(401, 403),
  );
}
