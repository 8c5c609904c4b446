import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { AuthFlowService } from './auth-flow.service';
import type { AuthenticatedMember } from './authenticated-member';
import { CurrentMember } from './current-member.decorator';
import { ChangePasswordDto, LoginDto, RefreshDto, RegisterDto } from './dto/credentials.dto';
import { MessageDto, SessionDto } from './dto/session.dto';
import { JwtAuthGuard } from './jwt-auth.guard';
import { SessionService } from './session.service';
import { AuthThrottlerGuard } from './throttling/auth-throttler.guard';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly flows: AuthFlowService,
    private readonly sessions: SessionService,
  ) {}

  @Post('register')
  @HttpCode(202)
  @UseGuards(AuthThrottlerGuard)
  @ApiOperation({ summary: 'Create an account; a verification link is emailed (same answer for an address that already has one)' })
  @ApiAcceptedResponse({ type: MessageDto })
  @ApiErrors(400, 429)
  async register(@Body() dto: RegisterDto): Promise<MessageDto> {
    await this.flows.register(dto.email, dto.password);
    return { message: 'Check your inbox for a link to verify your email address' };
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(AuthThrottlerGuard)
  @ApiOperation({
    summary:
      'Sign in: a short-lived access token and a single-use refresh token. Needs a verified email; 5 failures lock the email for 15 min',
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiErrors(400, 401, 403, 429)
  login(@Body() dto: LoginDto): Promise<SessionDto> {
    return this.flows.login(dto.email, dto.password);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trade a refresh token for a new pair. Reusing a spent refresh token signs out every session' })
  @ApiOkResponse({ type: SessionDto })
  @ApiErrors(400, 401)
  refresh(@Body() dto: RefreshDto): Promise<SessionDto> {
    return this.sessions.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a refresh token (idempotent)' })
  @ApiNoContentResponse()
  @ApiErrors(400)
  async logout(@Body() dto: RefreshDto): Promise<void> {
    await this.sessions.logout(dto.refreshToken);
  }

  @Post('logout-all')
  @HttpCode(204)
  @ApiBearerAuth()
  @UseGuards(JwtAuthGuard)
  @ApiOperation({ summary: 'End every session of the signed-in member, access tokens included' })
  @ApiNoContentResponse()
  @ApiErrors(401)
  async logoutAll(@CurrentMember() member: AuthenticatedMember): Promise<void> {
    await this.sessions.logoutEverywhere(member.id);
  }

  @Post('change-password')
  @HttpCode(200)
  @ApiBearerAuth()
  @UseGuards(JwtAuthGuard, AuthThrottlerGuard)
  @ApiOperation({ summary: 'Change the password; every other session ends and a new one is returned' })
  @ApiOkResponse({ type: SessionDto })
  @ApiErrors(400, 401, 429)
  changePassword(@CurrentMember() member: AuthenticatedMember, @Body() dto: ChangePasswordDto): Promise<SessionDto> {
    return this.flows.changePassword(member.id, dto.currentPassword, dto.newPassword);
  }
}
