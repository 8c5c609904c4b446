// @ts-check
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['**/node_modules/', '**/dist/', 'coverage/', 'tmp/', 'test/artifacts/', 'apps/web/src/api/schema.d.ts'],
  },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // Every .ts file outside apps/web belongs to the root tsconfig; the service finds it.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Promises handed to something that ignores them (an event listener, a void callback) are where
      // rejections go unhandled: keep checksVoidReturn on, including for listeners.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: true }],
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      // Nest modules and lifecycle hooks are classes with async methods that need not await.
      '@typescript-eslint/require-await': 'off',
      // @OnWorkerEvent/@OnQueueEvent methods become EventEmitter listeners, which drop the promise an
      // async method returns: a rejection there is unhandled and ends the process. The type-aware
      // rules cannot see through the decorator, so require the body to catch.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MethodDefinition[value.async=true]:has(Decorator Identifier[name=/^On(Worker|Queue)Event$/]) > FunctionExpression > BlockStatement:not(:has(> TryStatement[handler]))',
          message: 'An async event listener must catch its own errors (wrap its body in try/catch): the emitter ignores the promise.',
        },
      ],
    },
  },
  {
    // The web app compiles with its own tsconfigs (DOM, bundler resolution); its specs have a second one.
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: ['./apps/web/tsconfig.json', './apps/web/tsconfig.spec.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Tests read HTTP responses through supertest, whose `body` is `any` by design, and assert on it
    // with expect(); typing every response would add casts that check nothing. The promise and
    // correctness rules still apply to tests.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    // CommonJS files (preloaded with node --require) have no other way to import.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module' },
  },
);
