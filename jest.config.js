// Jest in CommonJS mode: @swc/jest compiles our TypeScript and the ESM-only @nestjs packages
// (see STACK-NOTES: Jest cannot require() ESM on Node 20).
const esmOnly = ['@nestjs', 'file-type', 'strtok3', 'token-types', 'uint8array-extras', '@tokenizer', '@borewit', 'p-limit', 'yocto-queue'];
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
}];
const libs = ['config', 'database', 'domain', 'queues', 'notify', 'matcher', 'regions', 'text', 'parsing', 'projects', 'logging', 'testing'];

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
  moduleNameMapper: Object.fromEntries(libs.map((l) => [`^@app/${l}$`, `<rootDir>/libs/${l}/src`])),
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  testTimeout: 60000,
};
