import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SubscriptionsService } from '@app/domain/members';
import type { AuthenticatedMember } from '../auth/authenticated-member';
import { CurrentMember } from '../auth/current-member.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { CreateSubscriptionDto, UpdateSubscriptionDto } from './dto/subscription-input.dto';
import { SubscriptionDto, SubscriptionListItemDto, toSubscriptionDto } from './dto/subscription.dto';

const SubscriptionId = () => Param('id', new ParseIdPipe('Subscription'));

const EXAMPLE = {
  name: '渝中区市政道路',
  keywords: ['道路', '市政 改造'],
  excludeWords: ['监理'],
  scope: 'title_body',
  regions: ['500103'],
  categories: ['tender'],
  budgetMin: 1_000_000,
  channels: ['email'],
  frequency: 'daily',
};

@ApiTags('subscriptions')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@ApiErrors(401)
@Controller('v1/subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Get()
  @ApiOperation({ summary: "The member's subscriptions, oldest first, each with its matches in the last 7 days" })
  @ApiOkResponse({ type: [SubscriptionListItemDto] })
  async list(@CurrentMember() member: AuthenticatedMember): Promise<SubscriptionListItemDto[]> {
    const items = await this.subscriptions.listWithRecentMatches(member.id, 7);
    return items.map(({ subscription, recentMatches }) => ({ ...toSubscriptionDto(subscription), matchesLast7Days: recentMatches }));
  }

  @Post()
  @ApiOperation({ summary: 'Create a subscription (plan limits: subscriptions per member, keywords per subscription)' })
  @ApiBody({
    type: CreateSubscriptionDto,
    examples: {
      roads: { value: EXAMPLE },
      everyTender: {
        summary: 'No keywords: every tender in 渝中区',
        value: { name: '渝中区全部招标', regions: ['500103'], categories: ['tender'] },
      },
      corrections: {
        summary: 'Stages: only 更正 and 延期 notices in 重庆',
        value: { name: '重庆更正延期', regions: ['500000'], stages: ['correction', 'extension'] },
      },
    },
  })
  @ApiCreatedResponse({ type: SubscriptionDto })
  @ApiErrors(400, 422)
  async create(@CurrentMember() member: AuthenticatedMember, @Body() dto: CreateSubscriptionDto): Promise<SubscriptionDto> {
    return toSubscriptionDto(await this.subscriptions.create(member.id, dto));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One subscription' })
  @ApiOkResponse({ type: SubscriptionDto })
  @ApiErrors(404)
  async get(@CurrentMember() member: AuthenticatedMember, @SubscriptionId() id: string): Promise<SubscriptionDto> {
    return toSubscriptionDto(await this.subscriptions.get(member.id, id));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the fields sent; matching picks the change up within seconds' })
  @ApiBody({ type: UpdateSubscriptionDto, examples: { keywords: { value: { keywords: ['道路', '桥梁'], excludeWords: [] } } } })
  @ApiOkResponse({ type: SubscriptionDto })
  @ApiErrors(400, 404, 422)
  async update(
    @CurrentMember() member: AuthenticatedMember,
    @SubscriptionId() id: string,
    @Body() dto: UpdateSubscriptionDto,
  ): Promise<SubscriptionDto> {
    return toSubscriptionDto(await this.subscriptions.update(member.id, id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a subscription and its matches' })
  @ApiNoContentResponse()
  @ApiErrors(404)
  async remove(@CurrentMember() member: AuthenticatedMember, @SubscriptionId() id: string): Promise<void> {
    await this.subscriptions.remove(member.id, id);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop matching and alerts until resumed (idempotent)' })
  @ApiOkResponse({ type: SubscriptionDto })
  @ApiErrors(404)
  async pause(@CurrentMember() member: AuthenticatedMember, @SubscriptionId() id: string): Promise<SubscriptionDto> {
    return toSubscriptionDto(await this.subscriptions.setPaused(member.id, id, true));
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Match again from now on (idempotent)' })
  @ApiOkResponse({ type: SubscriptionDto })
  @ApiErrors(404)
  async resume(@CurrentMember() member: AuthenticatedMember, @SubscriptionId() id: string): Promise<SubscriptionDto> {
    return toSubscriptionDto(await this.subscriptions.setPaused(member.id, id, false));
  }
}
