// Runs once after all suites: lets the next run have the test database (see global-setup.ts).
import { testRunClaim } from './test-run-claim';

export default async function globalTeardown(): Promise<void> {
  await testRunClaim.connection?.destroy();
  testRunClaim.connection = undefined;
}
