import { JOB_NAMES, JOB_QUEUE, QUEUES, jobIds, matchQueueName } from './job-contract';

describe('job contract', () => {
  it('names one match queue per shard', () => {
    expect(matchQueueName(0)).toBe('bulletin-match-0');
  });

  it('routes every job to a known queue', () => {
    const queues = new Set<string>(Object.values(QUEUES));
    for (const name of JOB_NAMES) expect(queues.has(JOB_QUEUE[name])).toBe(true);
  });

  it('builds deterministic ids without the colon BullMQ reserves', () => {
    expect(jobIds.match('b1', 0)).toBe(jobIds.match('b1', 0));
    expect(jobIds.match('b1', 0)).not.toBe(jobIds.match('b1', 1));
    expect(jobIds.delivery('d1', 2)).not.toContain(':');
    expect(jobIds.delivery('d1', 2)).not.toBe(jobIds.delivery('d1', 3));
  });
});
