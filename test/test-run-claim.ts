import type { DataSource } from 'typeorm';

/** Advisory lock key a test run holds on its databases (per database; not the migration lock's). */
export const TEST_RUN_LOCK = 727_202;

// Global setup and teardown run in jest's parent process but may load this module apart: the
// connections are kept on the global object, which they share.
const KEY = Symbol.for('tender-alerts.testRunClaim');
const store = globalThis as Record<symbol, DataSource[] | undefined>;

export const testRunClaim = {
  get connections(): DataSource[] {
    return store[KEY] ?? [];
  },
  set connections(connections: DataSource[]) {
    store[KEY] = connections;
  },
};
