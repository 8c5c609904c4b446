import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { JobsOptions, Queue } from 'bullmq';
import { JOB_QUEUE, JobName, JobPayloads, QUEUES, QueueName } from './job-contract';

/** The one way to enqueue: typed by the job contract, routed to the job's queue. */
@Injectable()
export class JobProducer {
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    @InjectQueue(QUEUES.match) match: Queue,
    @InjectQueue(QUEUES.delivery) delivery: Queue,
    @InjectQueue(QUEUES.digest) digest: Queue,
    @InjectQueue(QUEUES.maintenance) maintenance: Queue,
  ) {
    this.queues = { [QUEUES.match]: match, [QUEUES.delivery]: delivery, [QUEUES.digest]: digest, [QUEUES.maintenance]: maintenance };
  }

  add<N extends JobName>(name: N, payload: JobPayloads[N], opts: JobsOptions = {}) {
    return this.queues[JOB_QUEUE[name]].add(name, payload, opts);
  }

  addBulk<N extends JobName>(name: N, jobs: Array<{ data: JobPayloads[N]; opts?: JobsOptions }>) {
    if (!jobs.length) return Promise.resolve([]);
    return this.queues[JOB_QUEUE[name]].addBulk(jobs.map((j) => ({ name, data: j.data, opts: j.opts })));
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }

  allQueues(): Queue[] {
    return Object.values(this.queues);
  }
}
