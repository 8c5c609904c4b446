import { Module } from '@nestjs/common';
import { AdminAuditModule } from './audit/admin-audit.module';
import { AdminChannelsApiModule } from './channels/admin-channels.module';
import { AdminBulletinsModule } from './bulletins/admin-bulletins.module';
import { AdminDeliveriesModule } from './deliveries/admin-deliveries.module';
import { AdminMembersModule } from './members/admin-members.module';
import { AdminProjectsApiModule } from './projects/admin-projects.module';
import { AdminQueuesModule } from './queues/admin-queues.module';
import { AdminSourcesModule } from './sources/admin-sources.module';
import { AdminStatsModule } from './stats/admin-stats.module';
import { AdminSubscriptionsModule } from './subscriptions/admin-subscriptions.module';
import { AdminWhyModule } from './why/admin-why.module';

/** Everything under /v1/admin (role admin only); one small module per admin feature. */
@Module({
  imports: [
    AdminMembersModule,
    AdminSubscriptionsModule,
    AdminWhyModule,
    AdminSourcesModule,
    AdminBulletinsModule,
    AdminDeliveriesModule,
    AdminStatsModule,
    AdminAuditModule,
    AdminQueuesModule,
    AdminProjectsApiModule,
    AdminChannelsApiModule,
  ],
})
export class AdminModule {}
