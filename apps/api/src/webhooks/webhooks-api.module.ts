import { Module } from '@nestjs/common';
import { WebhooksModule } from '@app/domain/channels';
import { AuthModule } from '../auth/auth.module';
import { WebhooksController } from './webhooks.controller';

@Module({
  imports: [AuthModule, WebhooksModule],
  controllers: [WebhooksController],
})
export class WebhooksApiModule {}
