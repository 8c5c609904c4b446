import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { WechatModule } from '@app/domain/channels';
import { createWechatClient, WechatBindingService, WechatClient } from '@app/notify';
import { createRedis } from '@app/queues';
import { AuthModule } from '../auth/auth.module';
import { WechatEventsController } from './wechat-events.controller';
import { WechatCallbackController, WechatController } from './wechat.controller';

@Module({
  imports: [AuthModule, WechatModule],
  controllers: [WechatController, WechatCallbackController, WechatEventsController],
  providers: [
    {
      provide: WechatClient,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.wechat ? createWechatClient(config, createRedis(config.redis)) : null),
    },
    WechatBindingService,
  ],
})
export class WechatApiModule {}
