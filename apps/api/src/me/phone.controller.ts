import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PHONE_CODE_TTL_SECONDS, PhoneVerificationService } from '@app/domain/members';
import { AccountNotifier } from '@app/notify';
import type { AuthenticatedMember } from '../auth/authenticated-member';
import { CurrentMember } from '../auth/current-member.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { AuthThrottlerGuard } from '../auth/throttling/auth-throttler.guard';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { PhoneCodeDto } from './dto/account.dto';

/** Binding the profile's phone number with an SMS code, required before SMS alerts. */
@ApiTags('me')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard, AuthThrottlerGuard)
@ApiErrors(401, 429)
@Controller('v1/me/phone')
export class PhoneController {
  constructor(
    private readonly phones: PhoneVerificationService,
    private readonly notifier: AccountNotifier,
  ) {}

  @Post('code')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a 6-digit code by SMS to the profile phone (valid 10 min, 5 attempts, one per minute)' })
  @ApiAcceptedResponse({ schema: { example: { phone: '+8613800138000', expiresIn: 600 } } })
  @ApiErrors(400, 409)
  async sendCode(@CurrentMember() member: AuthenticatedMember): Promise<{ phone: string; expiresIn: number }> {
    const { phone, code } = await this.phones.issueCode(member.id);
    try {
      await this.notifier.phoneCode(phone, code);
    } catch (e) {
      // Not sent: do not make the member wait out the resend cooldown for a code they never got.
      await this.phones.discard(member.id);
      throw e;
    }
    return { phone, expiresIn: PHONE_CODE_TTL_SECONDS };
  }

  @Post('verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the code; the phone is then verified and SMS alerts can be enabled' })
  @ApiOkResponse({ schema: { example: { verified: true } } })
  @ApiErrors(400)
  async verify(@CurrentMember() member: AuthenticatedMember, @Body() dto: PhoneCodeDto): Promise<{ verified: true }> {
    await this.phones.verifyCode(member.id, dto.code);
    return { verified: true };
  }
}
