// Runs once after all suites: lets the next run have the test databases (see global-setup.ts).
import { testRunClaim } from './test-run-claim';

export default async function globalTeardown(): Promise<void> {
  await Promise.all(testRunClaim.connections.map((c) => c.destroy()));
  testRunClaim.connections = [];
}
