import type { INestApplicationContext } from '@nestjs/common';
import { SingleBar } from 'cli-progress';
import { BulletinIngestService, SourcesService } from '@app/domain/ingest';
import { JobProducer } from '@app/queues';
import type { CliIo } from '../cli-io';
import { CliError } from '../cli.errors';
import { toIngestItem } from '../records/bulletin-record';
import type { RecordFile } from '../records/record-reader';
import { ImportSummary, ImportTally } from './import-tally';
import { RejectsWriter } from './rejects-writer';

export interface ImportOptions {
  source: string;
  rejectsPath: string;
  batchSize: number;
}

// Queue commands wait for Redis forever (maxRetriesPerRequest: null): check it answers before importing.
const REDIS_TIMEOUT_MS = 5000;

type Pending = { line: number; fields: Record<string, unknown>; item: Record<string, unknown> };

/**
 * Streams a file through the same BulletinIngestService and match dispatch as the ingest API, one
 * batch at a time: the next batch is read only when the last is stored (backpressure), so memory
 * stays at one batch whatever the file size.
 */
export async function runImport(app: INestApplicationContext, file: RecordFile, options: ImportOptions, io: CliIo): Promise<ImportSummary> {
  const ingest = app.get(BulletinIngestService);
  const jobs = app.get(JobProducer);
  const sources = app.get(SourcesService);
  await queuesReady(jobs);
  const source = await sources.ensure(options.source);
  const rejects = new RejectsWriter(options.rejectsPath);
  const tally = new ImportTally();
  // Draws nothing when stderr is not a terminal (pipes, CI, tests).
  const bar = new SingleBar({
    stream: io.stderr,
    format: 'importing [{bar}] {percentage}% | {records} records | {rate}/s | {rejected} rejected | ETA {eta_formatted}',
    hideCursor: true,
  });
  bar.start(file.size, 0, { records: 0, rate: 0, rejected: 0 });

  let batch: Pending[] = [];
  const flush = async () => {
    const outcome = await ingest.ingest(
      source.id,
      batch.map((p) => p.item),
    );
    // As the API does; if we die after storing, the sweeper enqueues what was not dispatched.
    await jobs.dispatchMatches(outcome.toMatch);
    tally.queued += outcome.toMatch.length;
    for (const r of outcome.results) {
      const p = batch[r.index];
      tally.add(r.status, r.errors, p.item);
      if (r.status === 'rejected') await rejects.write({ line: p.line, sourceId: r.sourceId, errors: r.errors ?? [], record: p.fields });
    }
    batch = [];
    bar.update(file.bytesRead(), { records: tally.records, rate: Math.round(tally.perSecond()), rejected: tally.counts.rejected });
  };

  try {
    for await (const record of file.records) {
      if ('error' in record) {
        const errors = [{ field: '(line)', message: record.error.split(':')[0] }];
        tally.add('rejected', errors);
        await rejects.write({ line: record.line, errors: [{ field: '(line)', message: record.error }], text: record.text });
        continue;
      }
      const { item, ignored } = toIngestItem(record.fields);
      tally.ignore(ignored);
      batch.push({ line: record.line, fields: record.fields, item });
      if (batch.length >= options.batchSize) await flush();
    }
    if (batch.length) await flush();
    bar.update(file.size);
  } finally {
    bar.stop();
    await rejects.close();
  }
  await sources.touch(source.id);
  return tally.summary(source.name, rejects.count ? rejects.path : null);
}

async function queuesReady(jobs: JobProducer): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new CliError(`Redis does not answer (waited ${REDIS_TIMEOUT_MS / 1000} s): matches could not be queued`)),
      REDIS_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([Promise.all(jobs.matchQueues.map((q) => q.waitUntilReady())), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
