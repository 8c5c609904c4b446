import { Module } from '@nestjs/common';
import { ActiveSubscriptionsRepository } from '../subscriptions/active-subscriptions.repository';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveryLedger } from './delivery-ledger.service';
import { DigestPlanner } from './digest-planner.service';

@Module({
  providers: [DeliveriesRepository, DeliveryLedger, DigestPlanner, ActiveSubscriptionsRepository],
  exports: [DeliveriesRepository, DeliveryLedger, DigestPlanner, ActiveSubscriptionsRepository],
})
export class DeliveriesModule {}
