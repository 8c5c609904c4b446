import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MemberDeliveriesRepository } from '@app/domain/members';
import type { AuthenticatedMember } from '../auth/authenticated-member';
import { CurrentMember } from '../auth/current-member.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { MemberDeliveriesQueryDto, MemberDeliveryDto } from './dto/member-delivery.dto';

@ApiTags('me')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@ApiErrors(401)
@Controller('v1/me/deliveries')
export class MemberDeliveriesController {
  constructor(private readonly deliveries: MemberDeliveriesRepository) {}

  @Get()
  @ApiOperation({ summary: 'The member’s own alerts and digests, newest first: channel, status, subject, how many bulletins' })
  @ApiOkResponse({ type: [MemberDeliveryDto] })
  @ApiErrors(400)
  list(@CurrentMember() member: AuthenticatedMember, @Query() query: MemberDeliveriesQueryDto): Promise<MemberDeliveryDto[]> {
    return this.deliveries.listForMember(member.id, query.limit ?? 50);
  }
}
