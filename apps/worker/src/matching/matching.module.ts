import { Module } from '@nestjs/common';
import { PartiesModule, ProjectsModule } from '@app/domain/projects';
import { ActiveSubscriptionsRepository, DeliveriesModule, MatchesModule } from '@app/domain/worker';
import { MatchBulletinHandler } from './match-bulletin.handler';
import { ProjectFollowUp } from './project-follow-up.service';
import { MatchWorkers } from './match-workers.service';
import { SubscriptionIndex } from './subscription-index.service';

@Module({
  imports: [MatchesModule, DeliveriesModule, ProjectsModule, PartiesModule],
  providers: [ActiveSubscriptionsRepository, SubscriptionIndex, MatchBulletinHandler, MatchWorkers, ProjectFollowUp],
  exports: [SubscriptionIndex],
})
export class MatchingModule {}
