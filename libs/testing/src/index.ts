export * from './database-reset';
export * from './queue-drain';
export * from './test-apps';
export * from './spawn-app';
export * from './tcp-proxy';
