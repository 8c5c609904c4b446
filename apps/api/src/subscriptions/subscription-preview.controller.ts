import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PREVIEW_DEFAULT_DAYS, SubscriptionPreviewService } from '@app/domain/members';
import type { AuthenticatedMember } from '../auth/authenticated-member';
import { CurrentMember } from '../auth/current-member.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { PreviewQueryDto, PreviewResultDto, toPreviewResultDto } from './dto/preview.dto';
import { PreviewDraftDto } from './dto/subscription-input.dto';

/** Runs a filter over the stored bulletins of the last N days: fast enough to call while typing. */
@ApiTags('subscriptions')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@ApiErrors(401)
@Controller('v1/subscriptions')
export class SubscriptionPreviewController {
  constructor(private readonly preview: SubscriptionPreviewService) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'What a draft filter would have caught in the last `days` days (default 30, max 90): total and the newest 20' })
  @ApiBody({
    type: PreviewDraftDto,
    examples: {
      draft: { value: { keywords: ['道路', '市政 改造'], excludeWords: ['监理'], regions: ['500000'], categories: ['tender'] } },
    },
  })
  @ApiOkResponse({ type: PreviewResultDto })
  @ApiErrors(400, 422)
  async draft(@Body() dto: PreviewDraftDto, @Query() query: PreviewQueryDto): Promise<PreviewResultDto> {
    const { keywords, excludeWords, scope, regions, categories, stages, budgetMin, budgetMax, requireBudget } = dto;
    const result = await this.preview.previewDraft(
      { keywords, excludeWords, scope, regions, categories, stages, budgetMin, budgetMax, requireBudget },
      query.days ?? PREVIEW_DEFAULT_DAYS,
    );
    return toPreviewResultDto(result);
  }

  @Get(':id/preview')
  @ApiOperation({ summary: 'The same for a saved subscription' })
  @ApiOkResponse({ type: PreviewResultDto })
  @ApiErrors(400, 404, 422)
  async saved(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', new ParseIdPipe('Subscription')) id: string,
    @Query() query: PreviewQueryDto,
  ): Promise<PreviewResultDto> {
    return toPreviewResultDto(await this.preview.previewSaved(member.id, id, query.days ?? PREVIEW_DEFAULT_DAYS));
  }
}
