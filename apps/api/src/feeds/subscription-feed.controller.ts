import { Controller, Delete, HttpCode, Inject, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { SubscriptionFeedsService } from '@app/domain/channels';
import type { AuthenticatedMember } from '../auth/authenticated-member';
import { CurrentMember } from '../auth/current-member.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';

class FeedUrlDto {
  @ApiProperty({ example: 'https://alerts.example.com/feeds/3q2-7wEr….atom', description: 'shown only now; a new one revokes it' })
  url: string;
}

@ApiTags('feeds')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@ApiErrors(401)
@Controller('v1/subscriptions/:id/feed')
export class SubscriptionFeedController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly feeds: SubscriptionFeedsService,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'A private Atom feed URL for the subscription; calling again revokes the previous URL' })
  @ApiOkResponse({ type: FeedUrlDto })
  @ApiErrors(404)
  async issue(@CurrentMember() member: AuthenticatedMember, @Param('id', new ParseIdPipe('Subscription')) id: string): Promise<FeedUrlDto> {
    const token = await this.feeds.issue(member.id, id);
    return { url: `${this.config.http.publicUrl}/feeds/${token}.atom` };
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: "Revoke the subscription's feed URL" })
  @ApiNoContentResponse()
  @ApiErrors(404)
  async revoke(@CurrentMember() member: AuthenticatedMember, @Param('id', new ParseIdPipe('Subscription')) id: string): Promise<void> {
    await this.feeds.revoke(member.id, id);
  }
}
