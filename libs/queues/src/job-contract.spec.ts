import { JOB_NAMES, JOB_QUEUE, QUEUES, ROLE_QUEUES, jobIds, matchQueueName } from './job-contract';

describe('job contract', () => {
  it('names one match queue per shard', () => {
    expect(matchQueueName(0)).toBe('bulletin-match-0');
  });

  it('routes every job to a known queue', () => {
    const queues = new Set<string>(Object.values(QUEUES));
    for (const name of JOB_NAMES) expect(queues.has(JOB_QUEUE[name])).toBe(true);
  });

  it('gives every queue to exactly one worker role', () => {
    const roled = Object.values(ROLE_QUEUES).flat();
    expect([...roled].sort()).toEqual(Object.values(QUEUES).sort());
    expect(new Set(roled).size).toBe(roled.length);
  });

  it('builds deterministic ids without the colon BullMQ reserves', () => {
    expect(jobIds.match('b1', 0)).toBe(jobIds.match('b1', 0));
    expect(jobIds.match('b1', 0)).not.toBe(jobIds.match('b1', 1));
    expect(jobIds.delivery('d1', 2)).not.toContain(':');
    expect(jobIds.delivery('d1', 2)).not.toBe(jobIds.delivery('d1', 3));
  });
});
