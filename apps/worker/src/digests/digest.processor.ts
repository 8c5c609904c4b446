import { DigestPlanner } from '@app/domain/worker';
import { JobProducer, QUEUES } from '@app/queues';
import { ContractProcessor, ContractQueue, JobHandlers } from '../processing/contract-processor';

/** digest.tick (a BullMQ job scheduler, once a minute): open and enqueue the digests now due. */
@ContractQueue(QUEUES.digest)
export class DigestProcessor extends ContractProcessor {
  readonly handlers: JobHandlers = { 'digest.tick': () => this.tick() };

  constructor(
    private readonly planner: DigestPlanner,
    private readonly jobs: JobProducer,
  ) {
    super();
  }

  private async tick() {
    const due = await this.planner.openDue();
    await this.jobs.enqueueDeliveries(due);
    return { opened: due.length };
  }
}
