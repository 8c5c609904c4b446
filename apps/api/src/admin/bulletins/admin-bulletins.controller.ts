import { Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { type AdminBulletinRow, AdminBulletinsRepository, AdminBulletinsService, AUDIT_ACTIONS, type AuditActor } from '@app/domain/admin';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { regionRef } from '../../common/region-view';
import { stageLabel } from '../../common/stage-view';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { Actor } from '../common/actor.decorator';
import { AdminController } from '../common/admin-controller.decorator';
import { pageOf } from '../common/admin-query.dto';
import { Audited } from '../common/audited.decorator';
import {
  AdminBulletinDetailDto,
  AdminBulletinDto,
  AdminBulletinsPageDto,
  BulletinsQueryDto,
  WithdrawResultDto,
} from './dto/admin-bulletin.dto';

const BulletinId = () => Param('id', new ParseIdPipe('Bulletin'));

@AdminController('bulletins')
export class AdminBulletinsController {
  constructor(
    private readonly bulletins: AdminBulletinsService,
    private readonly rows: AdminBulletinsRepository,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Search bulletins by text, region, category, stage, party (buyer, agency, winner), source and date; newest first',
  })
  @ApiOkResponse({ type: AdminBulletinsPageDto })
  @ApiErrors(400)
  async list(@Query() query: BulletinsQueryDto): Promise<AdminBulletinsPageDto> {
    const { q, scope, region, category, stage, party, sourceId, withdrawn, from, to } = query;
    const page = await this.rows.search({ q, scope, region, category, stage, party, sourceId, withdrawn, from, to }, pageOf(query));
    return { ...page, items: page.items.map(withRegion) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One bulletin with its match and notification counts and cross-source duplicates' })
  @ApiOkResponse({ type: AdminBulletinDetailDto })
  @ApiErrors(404)
  async get(@BulletinId() id: string): Promise<AdminBulletinDetailDto> {
    const b = await this.bulletins.get(id);
    return { ...b, ...withRegion(b) };
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Audited(AUDIT_ACTIONS.bulletinWithdraw)
  @ApiOperation({ summary: 'Mark withdrawn: no further matching or notifications; unsent notifications are suppressed (idempotent)' })
  @ApiOkResponse({ type: WithdrawResultDto })
  @ApiErrors(404)
  withdraw(@Actor() actor: AuditActor, @BulletinId() id: string): Promise<WithdrawResultDto> {
    return this.bulletins.withdraw(actor, id);
  }
}

function withRegion<T extends AdminBulletinRow>({
  regionCode,
  ...b
}: T): Omit<T, 'regionCode'> & Pick<AdminBulletinDto, 'region' | 'stageLabel'> {
  return { ...b, region: regionRef(regionCode), stageLabel: stageLabel(b.stage) };
}
