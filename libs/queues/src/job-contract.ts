import { JobsOptions } from 'bullmq';
import type { WorkerRole } from '@app/config';

/**
 * Every queue. A job name belongs to exactly one queue (JOB_QUEUE). Matching has one queue per
 * shard (matchQueueName), so a worker holding some shards' indexes takes only their jobs.
 */
export const QUEUES = {
  match: 'bulletin-match',
  delivery: 'delivery-send',
  digest: 'digest',
  maintenance: 'maintenance',
  webhook: 'webhook-send',
  reminders: 'project-reminder',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * Job names and their payloads: ids only, never content or personal data. Postgres holds the
 * truth; a job is only a signal, and Redis is no place for members' data.
 */
export interface JobPayloads {
  'match.bulletin': { bulletinId: string };
  'delivery.send': { deliveryId: string };
  /** Deliveries due together (an instant window, a digest tick): claimed, composed and recorded as one. */
  'delivery.sendBatch': { deliveryIds: string[] };
  'digest.tick': Record<string, never>;
  'maintenance.sweep': Record<string, never>;
  'maintenance.ping': { token: string; delayMs: number };
  /** Create the ledger's monthly partitions ahead, drop the months past retention. */
  'maintenance.partitions': Record<string, never>;
  /** Fill the preview's search index from the bulletins pending (a job scheduler, every few seconds). */
  'maintenance.searchIndex': Record<string, never>;
  /** Vacuum and analyze the churning tables that have passed autovacuum's thresholds (a job scheduler). */
  'maintenance.upkeep': Record<string, never>;
  /** One stored webhook or robot message to its endpoint (attempt schedule on the row). */
  'webhook.send': { messageId: string };
  /** Deadline reminder of a followed project; the handler re-checks the deadline is still this one. */
  'reminder.send': { memberId: string; projectId: string; deadlineAt: string; offsetHours: number };
}
export type JobName = keyof JobPayloads;

export const JOB_QUEUE: Record<JobName, QueueName> = {
  'match.bulletin': QUEUES.match,
  'delivery.send': QUEUES.delivery,
  'delivery.sendBatch': QUEUES.delivery,
  'digest.tick': QUEUES.digest,
  'maintenance.sweep': QUEUES.maintenance,
  'maintenance.ping': QUEUES.maintenance,
  'maintenance.partitions': QUEUES.maintenance,
  'maintenance.searchIndex': QUEUES.maintenance,
  'maintenance.upkeep': QUEUES.maintenance,
  'webhook.send': QUEUES.webhook,
  'reminder.send': QUEUES.reminders,
};

/**
 * The queues each worker role consumes (WORKER_ROLES). A process group given some roles takes
 * only their jobs: match workers on big-memory machines, senders near the SMTP relay.
 */
export const ROLE_QUEUES: Record<WorkerRole, QueueName[]> = {
  match: [QUEUES.match],
  deliver: [QUEUES.delivery],
  digest: [QUEUES.digest],
  maintenance: [QUEUES.maintenance],
  webhooks: [QUEUES.webhook],
  reminders: [QUEUES.reminders],
};

/** Most deliveries one send job carries. */
export const DELIVERY_BATCH_SIZE = 50;

export const JOB_NAMES = Object.keys(JOB_QUEUE) as JobName[];

// At-least-once with backoff; bounded history so Redis does not grow without end.
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 3600, count: 10000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 50000 },
};

/** The queue of one match shard. */
export function matchQueueName(shard: number): string {
  return `${QUEUES.match}-${shard}`;
}

/** Deterministic job ids: adding the same work twice is a no-op while the first is kept. */
export const jobIds = {
  match: (bulletinId: string, version: number) => `match-${bulletinId}-v${version}`,
  delivery: (deliveryId: string, attempts: number) => `delivery-${deliveryId}-a${attempts}`,
  /** Named by its first delivery and its size: the same batch enqueued again is a no-op. */
  webhook: (messageId: string, attempts: number) => `webhook-${messageId}-a${attempts}`,
  deliveryBatch: (first: { id: string; attempts: number }, size: number) => `deliveries-${first.id}-a${first.attempts}-n${size}`,
  // One per (member, project, deadline, offset): a moved deadline gets new jobs, the old ones skip.
  reminder: (memberId: string, projectId: string, deadlineAt: Date, offsetHours: number) =>
    `reminder-${memberId}-${projectId}-${deadlineAt.getTime()}-${offsetHours}h`,
};
