import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, loadConfig, testEnvironment } from '@app/config';
import { JobProducer } from '@app/queues';
import { ApiModule } from '../../../apps/api/src/api.module';
import { configureApp } from '../../../apps/api/src/bootstrap/configure-app';
import { WorkerModule } from '../../../apps/worker/src/worker.module';

export interface TestApi {
  app: NestExpressApplication;
  config: AppConfig;
  dataSource: DataSource;
  jobs: JobProducer;
  url: string;
  close(): Promise<void>;
}

/** Boots the real api (as main.ts does) on a random port against the test database and Redis. */
export async function createTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const config = loadConfig(testEnvironment(env));
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule] })
    .overrideProvider(APP_CONFIG)
    .useValue(config)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  return {
    app,
    config,
    dataSource: app.get(getDataSourceToken()),
    jobs: app.get(JobProducer),
    url: url.replace('[::1]', '127.0.0.1'),
    close: () => app.close(),
  };
}

export interface TestWorker {
  app: INestApplicationContext;
  close(): Promise<void>;
}

/** Boots the worker's processors in this process, sharing the api's queue prefix when given its config. */
export async function createTestWorker(config: AppConfig): Promise<TestWorker> {
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
    .overrideProvider(APP_CONFIG)
    .useValue(config)
    .compile();
  const app = await moduleRef.init();
  return { app, close: () => app.close() };
}

export type { INestApplication };
