import { Module } from '@nestjs/common';
import { AdminChannelsModule } from '@app/domain/admin';
import { AuthModule } from '../../auth/auth.module';
import { AdminTeamsController } from './admin-teams.controller';
import { AdminWebhooksController } from './admin-webhooks.controller';

@Module({
  imports: [AuthModule, AdminChannelsModule],
  controllers: [AdminWebhooksController, AdminTeamsController],
})
export class AdminChannelsApiModule {}
