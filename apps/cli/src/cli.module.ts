import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DomainError } from '@app/domain';
import { BulletinsModule, SourcesModule } from '@app/domain/ingest';
import { QueuesModule } from '@app/queues';
import { type CliIo, println } from './cli-io';

/** What the database commands need: the domain services the API uses, and the queue producer. */
@Module({
  imports: [AppConfigModule, DatabaseModule, QueuesModule, BulletinsModule, SourcesModule],
})
export class CliModule {}

/**
 * Boots CliModule (no HTTP server), runs `fn` and closes the connections whatever happens.
 * Domain errors (name taken, unknown source or key) are a message and exit code 1, not a stack.
 */
export async function withCliApp(io: CliIo, fn: (app: INestApplicationContext) => Promise<number>): Promise<number> {
  // abortOnError: false — a boot failure (database down) should be an error message, not an abort.
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'], abortOnError: false });
  try {
    return await fn(app);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    println(io.stderr, err.message);
    return 1;
  } finally {
    await app.close();
  }
}
