export * from './app-config';
export * from './config.errors';
export * from './config.module';
export * from './env.schema';
export * from './test-environment';
export * from './secret-cipher';
