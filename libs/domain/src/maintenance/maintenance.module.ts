import { Module } from '@nestjs/common';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { SearchIndexer } from '../bulletins/search-indexer.service';
import { ChangeFeedPruner } from './change-feed-pruner.service';
import { StrandedWork } from './stranded-work.service';

/** What the recurring maintenance jobs need: stranded work to re-enqueue, the change feed to prune, the search index to fill. */
@Module({
  imports: [DeliveriesModule],
  providers: [StrandedWork, ChangeFeedPruner, SearchIndexer],
  exports: [StrandedWork, ChangeFeedPruner, SearchIndexer],
})
export class MaintenanceModule {}
