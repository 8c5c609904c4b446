import { workerGroupEnv } from './worker-group-env';

describe('workerGroupEnv', () => {
  it('reads the roles alone', () => {
    expect(workerGroupEnv('match,maintenance')).toEqual({ WORKER_ROLES: 'match,maintenance' });
  });

  it('reads settings of the group after each +', () => {
    expect(workerGroupEnv('deliver,digest+WORKER_CONCURRENCY=16+SMTP_POOL_SIZE=12')).toEqual({
      WORKER_ROLES: 'deliver,digest',
      WORKER_CONCURRENCY: '16',
      SMTP_POOL_SIZE: '12',
    });
  });

  it('refuses a setting that is not NAME=value, a group without roles and roles given as a setting', () => {
    expect(() => workerGroupEnv('deliver+concurrency16')).toThrow(/not NAME=value/);
    expect(() => workerGroupEnv('+WORKER_CONCURRENCY=8')).toThrow(/roles first/);
    expect(() => workerGroupEnv('deliver+WORKER_ROLES=match')).toThrow(/before the first/);
  });
});
