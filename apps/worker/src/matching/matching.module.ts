import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Bulletin } from '@app/domain';
import { ActiveSubscriptionsRepository, DeliveriesModule, MatchesModule } from '@app/domain/worker';
import { MatchBulletinHandler } from './match-bulletin.handler';
import { MatchWorkers } from './match-workers.service';
import { SubscriptionIndex } from './subscription-index.service';

@Module({
  imports: [TypeOrmModule.forFeature([Bulletin]), MatchesModule, DeliveriesModule],
  providers: [ActiveSubscriptionsRepository, SubscriptionIndex, MatchBulletinHandler, MatchWorkers],
  exports: [SubscriptionIndex],
})
export class MatchingModule {}
