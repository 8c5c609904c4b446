import { Controller, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AUDIT_ACTIONS, AuditTrail, type AuditActor } from '@app/domain/admin';
import { JwtAuthGuard } from '../../auth/jwt-auth.guard';
import { Roles } from '../../auth/roles.decorator';
import { RolesGuard } from '../../auth/roles.guard';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { Actor } from '../common/actor.decorator';
import { ADMIN_PREFIX } from '../common/admin-controller.decorator';
import { Audited } from '../common/audited.decorator';
import { DASHBOARD_PATH } from './queue-dashboard.service';
import { DASHBOARD_COOKIE, QueueDashboardSessions } from './queue-dashboard-sessions.service';

export class DashboardSessionDto {
  @ApiProperty({ example: DASHBOARD_PATH, description: 'Open this in the same browser' })
  url: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-27T02:15:00.000Z' })
  expiresAt: Date;
}

// Not @AdminController: the dashboard path is also a middleware mount (see AdminQueuesModule).
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('admin')
@ApiErrors(401, 403)
@Controller(`${ADMIN_PREFIX}/queues`)
export class QueueSessionController {
  constructor(
    private readonly sessions: QueueDashboardSessions,
    private readonly audit: AuditTrail,
  ) {}

  @Post('session')
  @HttpCode(200)
  @Audited(AUDIT_ACTIONS.queuesSession)
  @ApiOperation({
    summary: `Open the queue dashboard (bull-board at ${DASHBOARD_PATH}): sets a short-lived HttpOnly, SameSite=Strict cookie scoped to that path`,
    description:
      'The dashboard loads its page, assets and JSON with plain browser requests, which carry no bearer token; without the cookie it answers 401.',
  })
  @ApiOkResponse({
    type: DashboardSessionDto,
    headers: {
      'Set-Cookie': { description: `${DASHBOARD_COOKIE}=…; Path=${DASHBOARD_PATH}; HttpOnly; SameSite=Strict`, schema: { type: 'string' } },
    },
  })
  async open(@Actor() actor: AuditActor, @Res({ passthrough: true }) res: Response): Promise<DashboardSessionDto> {
    const { token, expiresAt } = await this.sessions.issue(actor.id);
    res.cookie(DASHBOARD_COOKIE, token, {
      path: DASHBOARD_PATH,
      httpOnly: true,
      sameSite: 'strict',
      secure: this.sessions.secure,
      maxAge: this.sessions.ttlSeconds * 1000,
    });
    await this.audit.record(actor, { action: AUDIT_ACTIONS.queuesSession, targetType: 'queue', targetId: null, after: { expiresAt } });
    return { url: DASHBOARD_PATH, expiresAt };
  }
}
