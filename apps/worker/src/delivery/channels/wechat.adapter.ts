import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Delivery } from '@app/domain';
import { WechatBindingsRepository } from '@app/domain/channels';
import { ChannelComposer, WechatClient, WechatError, wechatTemplate } from '@app/notify';
import { OutboundRequestError } from '@app/outbound';
import type { ChannelOutcome, PushChannelAdapter } from './push-channel';

/** WeChat 服务号 template messages: one per delivery, opening the bulletin (one) or the inbox. */
@Injectable()
export class WechatAdapter implements PushChannelAdapter, OnModuleDestroy {
  readonly channels = ['wechat'] as const;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly composer: ChannelComposer,
    private readonly bindings: WechatBindingsRepository,
    @Optional() @Inject(WechatClient) private readonly client: WechatClient | null,
  ) {}

  async onModuleDestroy(): Promise<void> {
    await this.client?.close();
  }

  async deliver(d: Delivery, bulletinIds: string[], transmitting: () => Promise<void>): Promise<ChannelOutcome> {
    if (!this.client || !this.config.wechat) return { outcome: 'permanent', error: 'WeChat is not configured' };
    const binding = await this.bindings.find(d.memberId);
    if (!binding) return { outcome: 'permanent', error: 'WeChat not bound' };
    const model = await this.composer.compose(d, bulletinIds);
    const { url, data } = wechatTemplate(model, this.config.http.publicUrl);
    try {
      const { msgid } = await this.client.sendTemplate(
        { openid: binding.openid, templateId: this.config.wechat.templateId, url, data },
        transmitting,
      );
      return { outcome: 'accepted', providerMessageId: msgid, subject: data.thing2.value };
    } catch (err) {
      if (err instanceof WechatError) {
        if (err.kind === 'unfollowed') {
          await this.bindings.unbind(d.memberId, binding.openid);
          return { outcome: 'permanent', error: `${err.message} (unbound)` };
        }
        return err.kind === 'retry' ? { outcome: 'retry', error: err.message } : { outcome: 'permanent', error: err.message };
      }
      if (err instanceof OutboundRequestError)
        return err.transmitted ? { outcome: 'unknown', error: err.message } : { outcome: 'retry', error: err.message };
      throw err;
    }
  }
}
