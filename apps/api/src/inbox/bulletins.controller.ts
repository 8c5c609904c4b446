import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MemberInboxService } from '@app/domain/members';
import type { AuthenticatedMember } from '../auth/authenticated-member';
import { CurrentMember } from '../auth/current-member.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { BulletinDto, toBulletinDto } from './dto/inbox.dto';

@ApiTags('inbox')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('v1/bulletins')
export class BulletinsController {
  constructor(private readonly inbox: MemberInboxService) {}

  @Get(':id')
  @ApiOperation({ summary: 'A bulletin one of your subscriptions caught (404 for any other)' })
  @ApiOkResponse({ type: BulletinDto })
  @ApiErrors(401, 404)
  async get(@CurrentMember() member: AuthenticatedMember, @Param('id', new ParseIdPipe('Bulletin')) id: string): Promise<BulletinDto> {
    return toBulletinDto(await this.inbox.bulletin(member.id, id));
  }
}
