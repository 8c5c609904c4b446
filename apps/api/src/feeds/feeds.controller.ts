import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { NotFoundError } from '@app/domain';
import { SubscriptionFeedsService } from '@app/domain/channels';
import { renderAtomFeed } from '@app/notify';
import { ApiErrors } from '../openapi/api-errors.decorator';

/** Private Atom feeds: the token in the path is the only credential (feed readers cannot log in). */
@ApiTags('feeds')
@Controller('feeds')
export class FeedsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly feeds: SubscriptionFeedsService,
  ) {}

  @Get(':file')
  @ApiOperation({ summary: "A subscription's matches as Atom 1.0, newest first (GET /feeds/<token>.atom)" })
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom document' })
  @ApiErrors(404)
  async atom(@Param('file') file: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (!file.endsWith('.atom')) throw new NotFoundError('Feed');
    const token = file.slice(0, -'.atom'.length);
    const { subscription, entries } = await this.feeds.read(token);
    const publicUrl = this.config.http.publicUrl;
    // Set here, not by decorator, so a 404 keeps the JSON error shape.
    res.set({ 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'private, max-age=60', 'X-Robots-Tag': 'noindex' });
    return renderAtomFeed({
      subscription,
      publicUrl,
      selfUrl: `${publicUrl}/feeds/${file}`,
      entries: entries.map((e) => ({
        id: e.id,
        title: e.title,
        url: e.url,
        category: e.category,
        regionCode: e.region_code,
        budgetYuan: e.budget_yuan === null ? null : Number(e.budget_yuan),
        buyer: e.buyer,
        publishedAt: e.published_at && new Date(e.published_at),
        deadlineAt: e.deadline_at && new Date(e.deadline_at),
        matchedAt: new Date(e.matched_at),
        hits: e.hits ?? [],
      })),
    });
  }
}
