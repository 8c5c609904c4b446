import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JOB_NAMES, JOB_QUEUE, JobName } from '@app/queues';
import { isJobHandlerSource } from './job-handler-source';

/** Lists which processors handle which jobs; problems are returned as sentences. */
export function handlerProblems(processors: Array<{ queue: string; jobs: string[] }>, expected: readonly JobName[] = JOB_NAMES): string[] {
  const problems: string[] = [];
  for (const name of expected) {
    const owners = processors.filter((p) => p.jobs.includes(name));
    if (owners.length !== 1) problems.push(`job ${name} has ${owners.length} handlers (needs exactly one)`);
    else if (owners[0].queue !== JOB_QUEUE[name]) problems.push(`job ${name} is handled on ${owners[0].queue}, not ${JOB_QUEUE[name]}`);
  }
  return problems;
}

/** At worker boot: every job name in the contract has exactly one handler (STYLE 7). */
@Injectable()
export class JobHandlerCheck implements OnApplicationBootstrap {
  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const processors = this.discovery
      .getProviders()
      .map((w): unknown => w.instance)
      .filter(isJobHandlerSource)
      .flatMap((p) => p.jobHandlers());
    const problems = handlerProblems(processors);
    if (problems.length) throw new Error(`Job contract not covered:\n  - ${problems.join('\n  - ')}`);
  }
}
