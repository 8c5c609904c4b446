import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { APP_CONFIG, loadConfig, testEnvironment } from '@app/config';
import { JobProducer } from '@app/queues';
import { CliModule } from '../src/cli.module';

export interface TestCliApp {
  app: INestApplicationContext;
  dataSource: DataSource;
  jobs: JobProducer;
  /** Empties this app's queues (its own prefix) and closes. */
  close(): Promise<void>;
}

/** CliModule as the CLI boots it, against the test database and a queue prefix of its own. */
export async function createTestCliApp(): Promise<TestCliApp> {
  const moduleRef = await Test.createTestingModule({ imports: [CliModule] })
    .overrideProvider(APP_CONFIG)
    .useValue(loadConfig(testEnvironment()))
    .compile();
  const app = await moduleRef.init();
  const jobs = app.get(JobProducer);
  return {
    app,
    dataSource: app.get(DataSource),
    jobs,
    close: async () => {
      await Promise.all(jobs.allQueues().map((q) => q.obliterate({ force: true })));
      await app.close();
    },
  };
}
