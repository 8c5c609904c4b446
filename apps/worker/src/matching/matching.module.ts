import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActiveSubscriptionsRepository, Bulletin, DeliveriesModule, MatchesModule } from '@app/domain';
import { MatchBulletinHandler } from './match-bulletin.handler';
import { MatchWorkers } from './match-workers.service';
import { SubscriptionIndex } from './subscription-index.service';

@Module({
  imports: [TypeOrmModule.forFeature([Bulletin]), MatchesModule, DeliveriesModule],
  providers: [ActiveSubscriptionsRepository, SubscriptionIndex, MatchBulletinHandler, MatchWorkers],
  exports: [SubscriptionIndex],
})
export class MatchingModule {}
