import { DueDelivery } from '@app/domain';
import { JobProducer, jobIds } from '@app/queues';

/**
 * Enqueues send jobs, delayed until due. The job id carries the attempt count, so re-enqueueing
 * the same pending delivery is a no-op while one taken over after a crash gets a fresh job.
 */
export async function enqueueDeliveries(jobs: JobProducer, deliveries: DueDelivery[]): Promise<void> {
  const unique = [...new Map(deliveries.map((d) => [d.id, d])).values()];
  await jobs.addBulk(
    'delivery.send',
    unique.map((d) => ({
      data: { deliveryId: d.id },
      opts: { jobId: jobIds.delivery(d.id, d.attempts), delay: Math.max(0, d.dueAt.getTime() - Date.now()) },
    })),
  );
}
