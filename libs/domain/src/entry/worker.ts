// @app/domain/worker: the write path behind the queues — recording matches, the notification
// ledger and deliveries, digests, and the maintenance sweep.
export * from '../matches/match-recorder.service';
export * from '../matches/matches.module';
export * from '../subscriptions/active-subscriptions.repository';
export * from '../deliveries/deliveries.repository';
export * from '../deliveries/delivery-ledger.service';
export * from '../deliveries/digest-planner.service';
export * from '../deliveries/deliveries.module';
export * from '../maintenance/stranded-work.service';
export * from '../maintenance/change-feed-pruner.service';
export * from '../maintenance/ledger-partitions.service';
export * from '../maintenance/table-upkeep.service';
export * from '../bulletins/search-indexer.service';
export * from '../maintenance/maintenance.module';
export * from '../deliveries/message-content.repository';
export * from '../members/member-channels.repository';
export * from '../teams/team-recipients';
