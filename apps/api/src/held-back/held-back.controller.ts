import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HeldBackService } from '@app/domain/projects';
import type { AuthenticatedMember } from '../auth/authenticated-member';
import { CurrentMember } from '../auth/current-member.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { HeldBackItemDto } from './dto/held-back.dto';

@ApiTags('inbox')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('v1/me/held-back')
export class HeldBackController {
  constructor(private readonly heldBack: HeldBackService) {}

  @Get()
  @ApiOperation({ summary: 'Matches held back and why: quiet hours, SMS daily cap, a duplicate from another source, an unknown delivery' })
  @ApiOkResponse({ type: [HeldBackItemDto] })
  @ApiErrors(401)
  async list(@CurrentMember() member: AuthenticatedMember): Promise<HeldBackItemDto[]> {
    return this.heldBack.list(member.id);
  }
}
