export * from './data-source-options';
export * from './database.module';
export * from './migrate';
export * from './read-replica';
export * from './reencrypt-channel-secrets';
export * from './prepared-query';
