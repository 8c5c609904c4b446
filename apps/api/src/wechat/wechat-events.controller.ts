import { Body, Controller, Get, HttpCode, Inject, Logger, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DomainError } from '@app/domain';
import { parseWechatPush, validWechatPushSignature, WechatBindingService } from '@app/notify';

type PushQuery = { signature?: string; timestamp?: string; nonce?: string; echostr?: string };

/**
 * The 服务号's server push (服务器配置 URL, plaintext mode). GET is the platform checking the URL:
 * echo `echostr` when the signature is ours. POST carries events as XML, each signed the same way:
 * subscribe / SCAN with a bind scene bind, unsubscribe unbinds. Answers `success` quickly, as the
 * platform retries pushes it gets no answer to (handling is idempotent).
 */
@ApiExcludeController()
@Controller('wechat/events')
export class WechatEventsController {
  private readonly logger = new Logger(WechatEventsController.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly wechat: WechatBindingService,
  ) {}

  // The content type is set only on success: an error keeps the JSON error shape and type.
  @Get()
  verify(@Query() q: PushQuery, @Res({ passthrough: true }) res: Response): string {
    this.check(q);
    res.type('text/plain');
    return q.echostr ?? '';
  }

  @Post()
  @HttpCode(200)
  async receive(@Query() q: PushQuery, @Body() body: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    this.check(q);
    const event = typeof body === 'string' ? parseWechatPush(body) : null;
    if (!event) throw new DomainError('validation', 'wechat_push_malformed', 'Not a WeChat push message');
    const outcome = await this.wechat.handlePush(event);
    if (outcome !== 'ignored') this.logger.log({ event: event.event, outcome }, 'wechat push');
    res.type('text/plain');
    return 'success';
  }

  private check(q: PushQuery): void {
    const token = this.config.wechat?.eventToken;
    if (!token) throw new DomainError('not_found', 'not_found', 'WeChat events are not configured');
    if (!validWechatPushSignature(token, q)) throw new DomainError('forbidden', 'wechat_signature_invalid', 'Bad WeChat push signature');
  }
}
