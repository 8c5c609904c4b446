import { Module } from '@nestjs/common';
import { WechatBindingsRepository } from './wechat-bindings.repository';

@Module({ providers: [WechatBindingsRepository], exports: [WechatBindingsRepository] })
export class WechatModule {}
