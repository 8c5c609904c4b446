import { Module } from '@nestjs/common';
import { UnsubscribeService } from '@app/domain/members';
import { UnsubscribeController } from './unsubscribe.controller';

@Module({ controllers: [UnsubscribeController], providers: [UnsubscribeService] })
export class UnsubscribeModule {}
