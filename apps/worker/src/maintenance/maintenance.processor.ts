import { setTimeout as sleep } from 'node:timers/promises';
import { Job } from 'bullmq';
import { WebhookMessagesRepository } from '@app/domain/channels';
import { ChangeFeedPruner, LedgerPartitions, SearchIndexer, StrandedWork, TableUpkeep } from '@app/domain/worker';
import { JobPayloads, JobProducer, QUEUES } from '@app/queues';
import { ContractProcessor, ContractQueue, JobHandlers } from '../processing/contract-processor';

/**
 * maintenance.sweep (job scheduler): re-enqueue the work a crash left stranded, and prune the
 * subscription change feed. maintenance.partitions (job scheduler): the ledger's monthly
 * partitions, created ahead and dropped past retention. maintenance.searchIndex (job scheduler, every
 * few seconds) fills the preview's search index off the ingest path. maintenance.upkeep (job scheduler, every minute) vacuums and analyzes the
 * churning tables where autovacuum has not. maintenance.ping proves the api → Redis → worker path and lets tests
 * hold a job open.
 */
@ContractQueue(QUEUES.maintenance)
export class MaintenanceProcessor extends ContractProcessor {
  readonly handlers: JobHandlers = {
    'maintenance.sweep': () => this.requeueStrandedWorkAndPruneChangeFeed(),
    'maintenance.ping': (job) => this.ping(job),
    'maintenance.partitions': () => this.partitions.maintain(),
    'maintenance.searchIndex': async () => ({ indexed: await this.search.indexPending() }),
    'maintenance.upkeep': () => this.upkeep.run(),
  };

  constructor(
    private readonly stranded: StrandedWork,
    private readonly changeFeed: ChangeFeedPruner,
    private readonly jobs: JobProducer,
    private readonly webhookMessages: WebhookMessagesRepository,
    private readonly partitions: LedgerPartitions,
    private readonly search: SearchIndexer,
    private readonly upkeep: TableUpkeep,
  ) {
    super();
  }

  private async requeueStrandedWorkAndPruneChangeFeed() {
    const unmatched = await this.stranded.unmatchedBulletins();
    // A match job BullMQ kept as failed would swallow a plain re-add of the same id: redispatch retries it.
    const redispatched = await this.jobs.redispatchMatches(unmatched);
    const due = [...(await this.stranded.dueOrStuckDeliveries()), ...(await this.stranded.openDeliveriesForOrphanedNotifications())];
    const enqueued = await this.jobs.enqueueDeliveries(due);
    // Still open in Postgres although a job exists: it failed for good, and its id blocks a new one.
    const retriedDeliveries = await this.jobs.retryFailedDeliveries([...new Set(enqueued.map((e) => e.jobId))]);
    const webhooks = await this.webhookMessages.due(1000);
    await this.jobs.enqueueWebhookMessages(webhooks);
    const pruned = await this.changeFeed.prune();
    return { unmatched: unmatched.length, ...redispatched, deliveries: due.length, retriedDeliveries, webhooks: webhooks.length, pruned };
  }

  private async ping(job: Job<JobPayloads['maintenance.ping']>): Promise<{ token: string; pid: number }> {
    if (job.data.delayMs > 0) await sleep(Math.min(job.data.delayMs, 60000));
    return { token: job.data.token, pid: process.pid };
  }
}
