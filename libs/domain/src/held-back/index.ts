export * from './held-back.service';
export * from './held-back.module';
