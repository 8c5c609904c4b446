// Jest in CommonJS mode: @swc/jest compiles our TypeScript and the ESM-only @nestjs packages,
// because Jest cannot require() ESM-only packages on Node 20 (it can from Node 24.9).
const esmOnly = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer',
  '@borewit',
  'p-limit',
  'yocto-queue',
  'feed',
];
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
const libs = [
  'config',
  'database',
  'domain',
  'queues',
  'notify',
  'matcher',
  'regions',
  'text',
  'parsing',
  'logging',
  'testing',
  'outbound',
  'projects',
];

module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  testRegex: '.*\\.(spec|int-spec|e2e-spec)\\.ts$',
  // apps/web has its own node_modules; only its pure logic specs (src/) run here.
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/web/(?!src/)'],
  transform: {
    '^.+\\.ts$': swc,
    '^.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper: {
    ...Object.fromEntries(libs.map((l) => [`^@app/${l}$`, `<rootDir>/libs/${l}/src`])),
    // libs/domain has entry points by audience (members, ingest, admin, worker, channels, projects) besides its core.
    '^@app/domain/(members|ingest|admin|worker|channels|projects)$': '<rootDir>/libs/domain/src/entry/$1',
  },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
  // Two suites at a time, each in a worker process with a database of its own (global-setup.ts):
  // most suites spend their time waiting on spawned apps, Postgres, Redis and SMTP, so one suite
  // left one of the two cores idle. In band every suite's modules stay on one heap, and collecting
  // it made the run half as slow again; a worker is replaced once it holds more than this.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1200MB',
};
