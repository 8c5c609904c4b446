import { Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { AuditTrail } from '@app/domain/admin';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { AdminController } from '../common/admin-controller.decorator';
import { pageOf } from '../common/admin-query.dto';
import { AuditPageDto, AuditQueryDto } from './dto/audit.dto';

@AdminController('audit')
export class AdminAuditController {
  constructor(private readonly audit: AuditTrail) {}

  @Get()
  @ApiOperation({ summary: 'The audit log of admin writes, newest first, by actor, action, target and time' })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiErrors(400)
  list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    const { actor, action, targetType, targetId, from, to } = query;
    return this.audit.list({ actor, action, targetType, targetId, from, to }, pageOf(query));
  }
}
