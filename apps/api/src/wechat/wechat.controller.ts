import { Controller, Delete, Get, HttpCode, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WechatBindingService, WechatError } from '@app/notify';
import { WechatQrDto } from './dto/wechat.dto';
import type { AuthenticatedMember } from '../auth/authenticated-member';
import { messagePage } from '../auth/account-pages';
import { CurrentMember } from '../auth/current-member.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ApiErrors } from '../openapi/api-errors.decorator';

@ApiTags('wechat')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@ApiErrors(401)
@Controller('v1/me/wechat')
export class WechatController {
  constructor(private readonly wechat: WechatBindingService) {}

  @Get()
  @ApiOperation({ summary: 'Whether WeChat is configured and the member bound' })
  status(@CurrentMember() member: AuthenticatedMember) {
    return this.wechat.status(member.id);
  }

  @Post('bind')
  @HttpCode(200)
  @ApiOperation({ summary: 'The 服务号 OAuth URL to open in WeChat (or show as a QR code); it binds the member on return' })
  @ApiErrors(409)
  bind(@CurrentMember() member: AuthenticatedMember) {
    return this.wechat.authorizeUrl(member.id);
  }

  @Post('qr')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A temporary parameterised QR code (ticket image URL): following the 服务号 from it, or scanning it while following, binds',
  })
  @ApiOkResponse({ type: WechatQrDto })
  @ApiErrors(409)
  qr(@CurrentMember() member: AuthenticatedMember): Promise<WechatQrDto> {
    return this.wechat.qrCode(member.id);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Unbind WeChat; the wechat channel stops until bound again' })
  @ApiNoContentResponse()
  async unbind(@CurrentMember() member: AuthenticatedMember): Promise<void> {
    await this.wechat.unbind(member.id);
  }
}

/** Where WeChat sends the member back after OAuth: no login, the signed state names the member. */
@ApiTags('wechat')
@Controller('wechat/oauth')
export class WechatCallbackController {
  constructor(private readonly wechat: WechatBindingService) {}

  @Get('callback')
  @ApiOperation({ summary: 'OAuth return: exchanges the code for the openid and binds it' })
  async callback(@Query('code') code = '', @Query('state') state = ''): Promise<string> {
    try {
      await this.wechat.complete(code, state);
      return messagePage('微信绑定成功', '之后的标讯提醒会通过服务号模板消息发送到您的微信。');
    } catch (err) {
      if (err instanceof WechatError) return messagePage('微信绑定失败', '微信授权已失效，请回到网站重新发起绑定。');
      throw err;
    }
  }
}
