import { Body, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { AdminTeamsService, AUDIT_ACTIONS, type AuditActor } from '@app/domain/admin';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { CreatedWebhookDto } from '../../webhooks/dto/webhook.dto';
import { Actor } from '../common/actor.decorator';
import { AdminController } from '../common/admin-controller.decorator';
import { Audited } from '../common/audited.decorator';
import { CreateTeamDto, CreateTeamWebhookDto, TeamDto, UpdateTeamDto } from './dto/admin-channels.dto';

const TeamId = () => Param('id', new ParseIdPipe('Team'));

/** Teams: members whose matches (all, or of chosen subscriptions) go to the team's webhook or robot. */
@AdminController('teams')
export class AdminTeamsController {
  constructor(private readonly teams: AdminTeamsService) {}

  @Get()
  @ApiOperation({ summary: 'Every team with its members, chosen subscriptions and endpoints' })
  @ApiOkResponse({ type: [TeamDto] })
  list(): Promise<TeamDto[]> {
    return this.teams.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One team' })
  @ApiOkResponse({ type: TeamDto })
  @ApiErrors(404)
  get(@TeamId() id: string): Promise<TeamDto> {
    return this.teams.get(id);
  }

  @Post()
  @Audited(AUDIT_ACTIONS.teamCreate)
  @ApiOperation({ summary: 'Create a team of members' })
  @ApiCreatedResponse({ type: TeamDto })
  @ApiErrors(400, 409)
  create(@Actor() actor: AuditActor, @Body() dto: CreateTeamDto): Promise<TeamDto> {
    return this.teams.create(actor, dto);
  }

  @Patch(':id')
  @Audited(AUDIT_ACTIONS.teamUpdate)
  @ApiOperation({ summary: 'Rename, set the members or the chosen subscriptions' })
  @ApiOkResponse({ type: TeamDto })
  @ApiErrors(400, 404, 409)
  update(@Actor() actor: AuditActor, @TeamId() id: string, @Body() dto: UpdateTeamDto): Promise<TeamDto> {
    return this.teams.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Audited(AUDIT_ACTIONS.teamDelete)
  @ApiOperation({ summary: 'Delete the team and its endpoints' })
  @ApiNoContentResponse()
  @ApiErrors(404)
  async remove(@Actor() actor: AuditActor, @TeamId() id: string): Promise<void> {
    await this.teams.remove(actor, id);
  }

  @Post(':id/webhooks')
  @Audited(AUDIT_ACTIONS.teamWebhookCreate)
  @ApiOperation({ summary: "An endpoint for the team's matches (the admin owns it); a webhook's secret is in this answer only" })
  @ApiCreatedResponse({ type: CreatedWebhookDto })
  @ApiErrors(400, 404)
  async createWebhook(@Actor() actor: AuditActor, @TeamId() id: string, @Body() dto: CreateTeamWebhookDto): Promise<CreatedWebhookDto> {
    const { endpoint, secret } = await this.teams.createEndpoint(actor, id, dto);
    return { ...endpoint, secret };
  }
}
