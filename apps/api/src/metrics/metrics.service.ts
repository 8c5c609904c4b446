import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { JobProducer } from '@app/queues';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized', 'waiting-children'] as const;

/** Prometheus registry: process metrics plus queue depths read from Redis at scrape time. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  constructor(jobs: JobProducer) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'tender_queue_jobs',
      help: 'Jobs per queue and state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        // A scrape must answer while Redis is down: give up on depths after a second.
        const counts = await Promise.race([
          Promise.all(jobs.allQueues().map(async (q) => ({ name: q.name, counts: await q.getJobCounts(...JOB_STATES) }))),
          sleep(1000).then(() => []),
        ]);
        for (const q of counts) for (const state of JOB_STATES) this.set({ queue: q.name, state }, q.counts[state] ?? 0);
      },
    });
  }

  /** Lets feature modules add their own gauges/counters to the same registry. */
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
