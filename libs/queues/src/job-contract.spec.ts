import { JOB_NAMES, JOB_QUEUE, QUEUES, jobIds } from './job-contract';

describe('job contract', () => {
  it('routes every job to a known queue', () => {
    const queues = new Set<string>(Object.values(QUEUES));
    for (const name of JOB_NAMES) expect(queues.has(JOB_QUEUE[name])).toBe(true);
  });

  it('builds deterministic ids without the colon BullMQ reserves', () => {
    expect(jobIds.match('b1', 0)).toBe(jobIds.match('b1', 0));
    expect(jobIds.match('b1', 0)).not.toBe(jobIds.match('b1', 1));
    expect(jobIds.delivery('d1', 2)).not.toContain(':');
  });
});
