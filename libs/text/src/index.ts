export * from './normalize';
export * from './suffix-first-scan';
export * from './scrape-noise';
