export * from './database-reset';
export * from './queue-drain';
export * from './test-apps';
export * from './spawn-app';
export * from './tcp-proxy';
export * from './smtp-test-server';
export * from './fixtures';
export * from './bulletin-fixtures';
