import { Module } from '@nestjs/common';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { SearchIndexer } from '../bulletins/search-indexer.service';
import { ChangeFeedPruner } from './change-feed-pruner.service';
import { LedgerPartitions } from './ledger-partitions.service';
import { StrandedWork } from './stranded-work.service';
import { TableUpkeep } from './table-upkeep.service';

/**
 * What the recurring maintenance jobs need: stranded work to re-enqueue, the change feed to prune,
 * the ledger's monthly partitions to create ahead and drop when expired, the search index to fill, the churning tables to vacuum and analyze.
 */
@Module({
  imports: [DeliveriesModule],
  providers: [StrandedWork, ChangeFeedPruner, LedgerPartitions, SearchIndexer, TableUpkeep],
  exports: [StrandedWork, ChangeFeedPruner, LedgerPartitions, SearchIndexer, TableUpkeep],
})
export class MaintenanceModule {}
