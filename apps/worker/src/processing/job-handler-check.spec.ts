import { handlerProblems } from './job-handler-check';

describe('handlerProblems', () => {
  it('accepts one handler per job on its queue', () => {
    expect(
      handlerProblems(
        [{ queue: 'maintenance', jobs: ['maintenance.ping', 'maintenance.sweep'] }],
        ['maintenance.ping', 'maintenance.sweep'],
      ),
    ).toEqual([]);
  });

  it('reports missing, doubled and misrouted handlers', () => {
    const problems = handlerProblems(
      [
        { queue: 'maintenance', jobs: ['maintenance.ping'] },
        { queue: 'digest', jobs: ['maintenance.ping', 'maintenance.sweep'] },
      ],
      ['maintenance.ping', 'maintenance.sweep', 'digest.tick'],
    );
    expect(problems).toEqual([
      'job maintenance.ping has 2 handlers (needs exactly one)',
      'job maintenance.sweep is handled on digest, not maintenance',
      'job digest.tick has 0 handlers (needs exactly one)',
    ]);
  });
});
