import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { SourcesModule } from '../sources/sources.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { AuditLog } from './audit/audit-log.entity';
import { AuditTrail } from './audit/audit-trail.service';
import { AdminBulletinsRepository } from './bulletins/admin-bulletins.repository';
import { AdminBulletinsService } from './bulletins/admin-bulletins.service';
import { AdminDeliveriesRepository } from './deliveries/admin-deliveries.repository';
import { AdminDeliveriesService } from './deliveries/admin-deliveries.service';
import { AdminMembersRepository } from './members/admin-members.repository';
import { AdminMembersService } from './members/admin-members.service';
import { AdminNoiseRepository } from './stats/admin-noise.repository';
import { AdminStatsRepository } from './stats/admin-stats.repository';
import { AdminSourcesService } from './sources/admin-sources.service';
import { AdminSubscriptionsRepository } from './subscriptions/admin-subscriptions.repository';
import { AdminSubscriptionsService } from './subscriptions/admin-subscriptions.service';
import { WhyMatchedRepository } from './why/why-matched.repository';
import { WhyMatchedService } from './why/why-matched.service';

/** Reads across all members and audited admin writes. Needs the global AppConfigModule and a DataSource. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditLog]), SubscriptionsModule, SourcesModule, DeliveriesModule],
  providers: [
    AuditTrail,
    AdminMembersRepository,
    AdminMembersService,
    AdminSubscriptionsRepository,
    AdminSubscriptionsService,
    WhyMatchedRepository,
    WhyMatchedService,
    AdminSourcesService,
    AdminBulletinsRepository,
    AdminBulletinsService,
    AdminDeliveriesRepository,
    AdminDeliveriesService,
    AdminStatsRepository,
    AdminNoiseRepository,
  ],
  exports: [
    AuditTrail,
    AdminMembersRepository,
    AdminMembersService,
    AdminSubscriptionsRepository,
    AdminSubscriptionsService,
    WhyMatchedService,
    AdminSourcesService,
    AdminBulletinsRepository,
    AdminBulletinsService,
    AdminDeliveriesRepository,
    AdminDeliveriesService,
    AdminStatsRepository,
    AdminNoiseRepository,
  ],
})
export class AdminDomainModule {}
