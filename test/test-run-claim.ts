import type { DataSource } from 'typeorm';

/** Advisory lock key a test run holds on its database (per database; not the migration lock's). */
export const TEST_RUN_LOCK = 727_202;

// Global setup and teardown run in jest's parent process but may load this module apart: the
// connection is kept on the global object, which they share.
const KEY = Symbol.for('tender-alerts.testRunClaim');
const store = globalThis as Record<symbol, DataSource | undefined>;

export const testRunClaim = {
  get connection(): DataSource | undefined {
    return store[KEY];
  },
  set connection(connection: DataSource | undefined) {
    store[KEY] = connection;
  },
};
