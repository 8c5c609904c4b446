import { Body, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import {
  AdminMembersRepository,
  AdminMembersService,
  AdminSubscriptionsRepository,
  AUDIT_ACTIONS,
  type AuditActor,
} from '@app/domain/admin';
import { AccountEmails } from '../../auth/account-emails.service';
import { MessageDto } from '../../auth/dto/session.dto';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { Actor } from '../common/actor.decorator';
import { AdminController } from '../common/admin-controller.decorator';
import { pageOf } from '../common/admin-query.dto';
import { Audited } from '../common/audited.decorator';
import { toAdminSubscriptionDto } from '../subscriptions/dto/admin-subscription.dto';
import { AdminMemberDetailDto, AdminMemberDto, MembersPageDto, MembersQueryDto, SetPlanDto } from './dto/admin-member.dto';

const MemberId = () => Param('id', new ParseIdPipe('Member'));

@AdminController('members')
export class AdminMembersController {
  constructor(
    private readonly members: AdminMembersService,
    private readonly rows: AdminMembersRepository,
    private readonly subscriptions: AdminSubscriptionsRepository,
    private readonly emails: AccountEmails,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Search members by email, phone, company or name; newest first' })
  @ApiOkResponse({ type: MembersPageDto })
  @ApiErrors(400)
  list(@Query() query: MembersQueryDto): Promise<MembersPageDto> {
    const { q, status, plan, role } = query;
    return this.rows.search({ q, status, plan, role }, pageOf(query));
  }

  @Get(':id')
  @ApiOperation({ summary: 'A member with their subscriptions and the 20 newest deliveries' })
  @ApiOkResponse({ type: AdminMemberDetailDto })
  @ApiErrors(404)
  async get(@MemberId() id: string): Promise<AdminMemberDetailDto> {
    const member = await this.members.get(id);
    const [subscriptions, recentDeliveries] = await Promise.all([this.subscriptions.ofMember(id), this.rows.recentDeliveries(id, 20)]);
    return { ...member, subscriptions: subscriptions.map(toAdminSubscriptionDto), recentDeliveries };
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @Audited(AUDIT_ACTIONS.memberSuspend)
  @ApiOperation({ summary: 'Suspend: sign-in refused, sessions end, matching stops, nothing pending is sent' })
  @ApiOkResponse({ type: AdminMemberDto })
  @ApiErrors(404, 409)
  suspend(@Actor() actor: AuditActor, @MemberId() id: string): Promise<AdminMemberDto> {
    return this.members.suspend(actor, id);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @Audited(AUDIT_ACTIONS.memberReactivate)
  @ApiOperation({ summary: 'Reactivate: sign-in and matching resume from now' })
  @ApiOkResponse({ type: AdminMemberDto })
  @ApiErrors(404)
  reactivate(@Actor() actor: AuditActor, @MemberId() id: string): Promise<AdminMemberDto> {
    return this.members.reactivate(actor, id);
  }

  @Put(':id/plan')
  @Audited(AUDIT_ACTIONS.memberPlan)
  @ApiOperation({ summary: 'Change the plan (free/pro)' })
  @ApiOkResponse({ type: AdminMemberDto })
  @ApiErrors(400, 404)
  setPlan(@Actor() actor: AuditActor, @MemberId() id: string, @Body() dto: SetPlanDto): Promise<AdminMemberDto> {
    return this.members.setPlan(actor, id, dto.plan);
  }

  @Post(':id/password-reset')
  @HttpCode(202)
  @Audited(AUDIT_ACTIONS.memberPasswordReset)
  @ApiOperation({ summary: "Email the member a password reset link (the same link as 'forgot password')" })
  @ApiAcceptedResponse({ type: MessageDto })
  @ApiErrors(404, 409)
  async passwordReset(@Actor() actor: AuditActor, @MemberId() id: string): Promise<MessageDto> {
    const member = await this.members.recordPasswordReset(actor, id);
    await this.emails.sendPasswordReset(member.email);
    return { message: `A password reset link is on its way to ${member.email}` };
  }
}
