export * from './normalize';
export * from './suffix-first-scan';
