import { Injectable } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { JobProducer } from '@app/queues';
import { ADMIN_PREFIX } from '../common/admin-controller.decorator';

export const DASHBOARD_PATH = `/${ADMIN_PREFIX}/queues`;

/** bull-board over every queue of the job contract (each match shard's too), as an express router. */
@Injectable()
export class QueueDashboard {
  readonly router: unknown;

  constructor(jobs: JobProducer) {
    const serverAdapter = new ExpressAdapter().setBasePath(DASHBOARD_PATH);
    createBullBoard({
      queues: jobs.allQueues().map((q) => new BullMQAdapter(q)),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'tender-alerts' } },
    });
    this.router = serverAdapter.getRouter();
  }
}
