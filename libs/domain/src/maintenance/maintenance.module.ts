import { Module } from '@nestjs/common';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { ChangeFeedPruner } from './change-feed-pruner.service';
import { LedgerPartitions } from './ledger-partitions.service';
import { StrandedWork } from './stranded-work.service';

/**
 * What the recurring maintenance jobs need: stranded work to re-enqueue, the change feed to prune,
 * the ledger's monthly partitions to create ahead and drop when expired.
 */
@Module({
  imports: [DeliveriesModule],
  providers: [StrandedWork, ChangeFeedPruner, LedgerPartitions],
  exports: [StrandedWork, ChangeFeedPruner, LedgerPartitions],
})
export class MaintenanceModule {}
