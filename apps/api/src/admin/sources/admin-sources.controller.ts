import { Body, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { AdminSourcesService, AUDIT_ACTIONS, type AuditActor } from '@app/domain/admin';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { Actor } from '../common/actor.decorator';
import { AdminController } from '../common/admin-controller.decorator';
import { Audited } from '../common/audited.decorator';
import { AdminSourceDto, ApiKeyDto, CreatedSourceDto, CreateSourceDto, IssuedKeyDto } from './dto/admin-source.dto';

const SourceId = () => Param('id', new ParseIdPipe('Source'));

/** Sources (crawlers, partner feeds, editors) and their API keys. */
@AdminController('sources')
export class AdminSourcesController {
  constructor(private readonly sources: AdminSourcesService) {}

  @Get()
  @ApiOperation({ summary: 'Every source with its keys, bulletins ingested (total, last 24 h) and last-seen time' })
  @ApiOkResponse({ type: [AdminSourceDto] })
  list(): Promise<AdminSourceDto[]> {
    return this.sources.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One source' })
  @ApiOkResponse({ type: AdminSourceDto })
  @ApiErrors(404)
  get(@SourceId() id: string): Promise<AdminSourceDto> {
    return this.sources.get(id);
  }

  @Post()
  @Audited(AUDIT_ACTIONS.sourceCreate)
  @ApiOperation({ summary: 'Create a source and its first API key (the key is shown this once)' })
  @ApiCreatedResponse({ type: CreatedSourceDto })
  @ApiErrors(400, 409)
  create(@Actor() actor: AuditActor, @Body() dto: CreateSourceDto): Promise<CreatedSourceDto> {
    return this.sources.create(actor, dto.name);
  }

  @Post(':id/keys')
  @Audited(AUDIT_ACTIONS.sourceKeyIssue)
  @ApiOperation({ summary: 'Issue another key (e.g. to rotate: issue, deploy, then revoke the old one)' })
  @ApiCreatedResponse({ type: IssuedKeyDto })
  @ApiErrors(404)
  issueKey(@Actor() actor: AuditActor, @SourceId() id: string): Promise<IssuedKeyDto> {
    return this.sources.issueKey(actor, id);
  }

  @Post(':id/keys/:keyId/revoke')
  @HttpCode(200)
  @Audited(AUDIT_ACTIONS.sourceKeyRevoke)
  @ApiOperation({ summary: 'Revoke a key: the next request with it gets 401' })
  @ApiOkResponse({ type: ApiKeyDto })
  @ApiErrors(404, 409)
  revokeKey(
    @Actor() actor: AuditActor,
    @SourceId() id: string,
    @Param('keyId', new ParseIdPipe('API key')) keyId: string,
  ): Promise<ApiKeyDto> {
    return this.sources.revokeKey(actor, id, keyId);
  }
}
