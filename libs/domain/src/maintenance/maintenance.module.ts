import { Module } from '@nestjs/common';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { ChangeFeedPruner } from './change-feed-pruner.service';
import { StrandedWork } from './stranded-work.service';

/** What the recurring maintenance job needs: stranded work to re-enqueue, the change feed to prune. */
@Module({
  imports: [DeliveriesModule],
  providers: [StrandedWork, ChangeFeedPruner],
  exports: [StrandedWork, ChangeFeedPruner],
})
export class MaintenanceModule {}
