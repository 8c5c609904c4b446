import { setTimeout as sleep } from 'node:timers/promises';
import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobPayloads, QUEUES } from '@app/queues';
import { ContractProcessor, JobHandlers } from '../processing/contract-processor';

/** Housekeeping jobs. `maintenance.ping` proves the api → Redis → worker path end to end. */
@Processor(QUEUES.maintenance)
export class MaintenanceProcessor extends ContractProcessor {
  readonly handlers: JobHandlers = {
    'maintenance.ping': (job) => this.ping(job),
    'maintenance.sweep': async () => undefined,
  };

  private async ping(job: Job<JobPayloads['maintenance.ping']>): Promise<{ token: string; pid: number }> {
    if (job.data.delayMs > 0) await sleep(Math.min(job.data.delayMs, 60000));
    return { token: job.data.token, pid: process.pid };
  }
}
