import { Body, Controller, Get, HttpCode, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '@app/domain';
import { MemberAccountsService } from '@app/domain/members';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { messagePage, resetPasswordPage, wantsHtml } from './account-pages';
import { AccountEmails } from './account-emails.service';
import { AuthFlowService } from './auth-flow.service';
import { EmailDto, ResetPasswordDto, TokenDto } from './dto/credentials.dto';
import { MessageDto } from './dto/session.dto';
import { AuthThrottlerGuard } from './throttling/auth-throttler.guard';

const SENT = { message: 'If the address has an account, a link is on its way' };

/** The flows behind emailed links: verification and password reset. */
@ApiTags('auth')
@Controller('v1/auth')
export class AccountLinksController {
  constructor(
    private readonly accounts: MemberAccountsService,
    private readonly emails: AccountEmails,
    private readonly flows: AuthFlowService,
  ) {}

  @Get('verify-email')
  @ApiProduces('application/json', 'text/html')
  @ApiOperation({ summary: 'The link in the verification email; a page for browsers, JSON otherwise' })
  @ApiOkResponse({ schema: { example: { verified: true, email: 'li.lei@example.cn' } } })
  @ApiErrors(400)
  async verifyLink(@Query() dto: TokenDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    if (!wantsHtml(req)) return this.verify(dto);
    res.type('html');
    try {
      await this.verify(dto);
      return messagePage('邮箱已验证', '您的邮箱已验证，现在可以登录了。');
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      res.status(400);
      return messagePage('链接无效', '该链接无效或已过期，请在登录页重新发送验证邮件。');
    }
  }

  @Post('verify-email')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify with the token from the emailed link (for apps)' })
  @ApiOkResponse({ schema: { example: { verified: true, email: 'li.lei@example.cn' } } })
  @ApiErrors(400)
  async verify(@Body() dto: TokenDto): Promise<{ verified: true; email: string }> {
    const member = await this.accounts.verifyEmail(dto.token);
    return { verified: true, email: member.email };
  }

  @Post('resend-verification')
  @HttpCode(202)
  @UseGuards(AuthThrottlerGuard)
  @ApiOperation({ summary: 'Email the verification link again (same answer for any address)' })
  @ApiAcceptedResponse({ type: MessageDto })
  @ApiErrors(400, 429)
  async resend(@Body() dto: EmailDto): Promise<MessageDto> {
    await this.flows.resendVerification(dto.email);
    return SENT;
  }

  @Post('forgot-password')
  @HttpCode(202)
  @UseGuards(AuthThrottlerGuard)
  @ApiOperation({ summary: 'Email a password reset link, valid one hour and once (same answer for any address)' })
  @ApiAcceptedResponse({ type: MessageDto })
  @ApiErrors(400, 429)
  async forgot(@Body() dto: EmailDto): Promise<MessageDto> {
    await this.emails.sendPasswordReset(dto.email);
    return SENT;
  }

  @Get('reset-password')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'The link in the reset email: a form that posts the new password' })
  resetForm(@Query() dto: TokenDto, @Res({ passthrough: true }) res: Response): string {
    res.type('html');
    return resetPasswordPage(dto.token);
  }

  @Post('reset-password')
  @HttpCode(204)
  @UseGuards(AuthThrottlerGuard)
  @ApiOperation({ summary: 'Set a new password with the emailed token; every session ends' })
  @ApiNoContentResponse()
  @ApiErrors(400, 403, 429)
  async reset(@Body() dto: ResetPasswordDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    if (!wantsHtml(req)) return this.flows.resetPassword(dto.token, dto.password);
    res.type('html');
    try {
      await this.flows.resetPassword(dto.token, dto.password);
      res.status(200);
      return messagePage('密码已更新', '新密码已生效，所有设备均已退出登录。请使用新密码登录。');
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      res.status(400);
      return messagePage('无法重置密码', '该链接无效、已使用或已过期，请重新申请重置密码。');
    }
  }
}
