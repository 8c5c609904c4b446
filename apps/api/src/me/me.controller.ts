import { Body, Controller, Delete, Get, HttpCode, Inject, Patch, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Member } from '@app/domain';
import { MemberAccountsService, MemberProfileService } from '@app/domain/members';
import type { AuthenticatedMember } from '../auth/authenticated-member';
import { CurrentMember } from '../auth/current-member.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { DeleteAccountDto } from './dto/account.dto';
import { ProfileDto, toProfileDto } from './dto/profile.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';

@ApiTags('me')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@ApiErrors(401)
@Controller('v1/me')
export class MeController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly profiles: MemberProfileService,
    private readonly accounts: MemberAccountsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in member: profile, delivery settings and plan limits' })
  @ApiOkResponse({ type: ProfileDto })
  async get(@CurrentMember() member: AuthenticatedMember): Promise<ProfileDto> {
    return this.view(await this.profiles.get(member.id));
  }

  @Patch()
  @ApiOperation({ summary: 'Change profile and delivery settings (only the fields sent)' })
  @ApiBody({
    type: UpdateProfileDto,
    examples: {
      settings: {
        value: {
          displayName: '李雷',
          phone: '13800138000',
          timezone: 'Asia/Shanghai',
          digestHour: 8,
          quietStart: '22:00',
          quietEnd: '07:30',
          consentToAlerts: true,
        },
      },
    },
  })
  @ApiOkResponse({ type: ProfileDto })
  @ApiErrors(400)
  async update(@CurrentMember() member: AuthenticatedMember, @Body() dto: UpdateProfileDto): Promise<ProfileDto> {
    return this.view(await this.profiles.update(member.id, dto));
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete the account and all its data (subscriptions, matches, deliveries, sessions)' })
  @ApiNoContentResponse()
  @ApiErrors(400)
  async remove(@CurrentMember() member: AuthenticatedMember, @Body() dto: DeleteAccountDto): Promise<void> {
    await this.accounts.deleteAccount(member.id, dto.password);
  }

  private view(m: Member): ProfileDto {
    return toProfileDto(m, this.config.plans[m.plan]);
  }
}
