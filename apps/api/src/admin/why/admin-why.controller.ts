import { Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { WhyMatchedService } from '@app/domain/admin';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { AdminController } from '../common/admin-controller.decorator';
import { WhyQueryDto, WhyReportDto } from './dto/why.dto';

@AdminController('why')
export class AdminWhyController {
  constructor(private readonly why: WhyMatchedService) {}

  @Get()
  @ApiOperation({
    summary:
      'Why a bulletin was (not) matched: per subscription (subscriptionId) or for all of a member’s (memberId), term by term, with what was sent',
  })
  @ApiOkResponse({ type: WhyReportDto })
  @ApiErrors(400, 404)
  explain(@Query() query: WhyQueryDto): Promise<WhyReportDto> {
    return this.why.explain(query);
  }
}
