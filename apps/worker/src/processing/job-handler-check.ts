import { JOB_NAMES, JOB_QUEUE, JobName } from '@app/queues';

/**
 * Every job name in the contract needs exactly one handler, on its own queue. A job nobody
 * handles would wait in Redis forever, and one handled twice would run on whichever worker took
 * it. Problems come back as sentences.
 */
export function handlerProblems(processors: Array<{ queue: string; jobs: string[] }>, expected: readonly JobName[] = JOB_NAMES): string[] {
  const problems: string[] = [];
  for (const name of expected) {
    const owners = processors.filter((p) => p.jobs.includes(name));
    if (owners.length !== 1) problems.push(`job ${name} has ${owners.length} handlers (needs exactly one)`);
    else if (owners[0].queue !== JOB_QUEUE[name]) problems.push(`job ${name} is handled on ${owners[0].queue}, not ${JOB_QUEUE[name]}`);
  }
  return problems;
}

export class JobContractError extends Error {
  constructor(readonly problems: string[]) {
    super(`Job contract not covered:\n  - ${problems.join('\n  - ')}`);
    this.name = 'JobContractError';
  }
}
