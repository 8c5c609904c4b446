import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bulletin } from '@app/domain';
import { resetDatabase } from '@app/testing';
import { FIXTURES, REAL_BULLETINS, captureIo } from '../../test/capture-io';
import { TestCliApp, createTestCliApp } from '../../test/test-cli-app';
import { openRecordFile } from '../records/record-reader';
import { runImport } from './import-run';

describe('cli import (runImport against Postgres and Redis)', () => {
  let cli: TestCliApp;
  let dir: string;
  const importFile = async (path: string, source: string, batchSize = 100) => {
    const rejectsPath = join(dir, `${source}-${Date.now()}.rejects.jsonl`);
    const summary = await runImport(cli.app, await openRecordFile(path), { source, rejectsPath, batchSize }, captureIo());
    const rejects = existsSync(rejectsPath) ? readFileSync(rejectsPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
    return { summary, rejects };
  };

  beforeAll(async () => {
    cli = await createTestCliApp();
    await resetDatabase(cli.dataSource);
    dir = await mkdtemp(join(tmpdir(), 'cli-import-'));
  });
  afterAll(async () => {
    await cli.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('imports the 240 real bulletins: 234 stored and queued for matching, 6 without any title rejected by line', async () => {
    const { summary, rejects } = await importFile(REAL_BULLETINS, 'real');
    expect(summary.counts).toEqual({ created: 234, updated: 0, duplicate: 0, rejected: 6 });
    expect(summary.queued).toBe(234);
    expect(summary.reasons).toEqual([{ reason: 'title: missing', count: 6 }]);
    expect(summary.ignoredFields).toContain('region_label');

    // These lines have neither title nor project_name.
    expect(rejects.map((r) => r.line)).toEqual([157, 158, 164, 167, 168, 169]);
    expect(rejects[0]).toMatchObject({ sourceId: 'ho-1039c7a4e7b8', errors: expect.arrayContaining([expect.objectContaining({ field: 'title' })]), record: expect.objectContaining({ id: 'ho-1039c7a4e7b8' }) });

    const stored = await cli.dataSource.getRepository(Bulletin).findOneByOrFail({ sourceRef: 'ho-1d86896148af' });
    expect(stored).toMatchObject({ regionCode: '610305', budgetYuan: 1200000, category: 'tender', url: expect.stringMatching(/^https:\/\/www.ggzy.gov.cn\//) });
    expect(stored.publishedAt!.toISOString()).toBe('2026-03-15T16:00:00.000Z');
    const jobs = await cli.jobs.matchQueues[0].getJobs(['waiting', 'active', 'completed', 'delayed']);
    expect(jobs).toHaveLength(234);
    expect(jobs.map((j) => j.id)).toContain(`match-${stored.id}-v1`);
  });

  it('gives only duplicates on a second import of the same file', async () => {
    const { summary } = await importFile(REAL_BULLETINS, 'real', 500);
    expect(summary.counts).toEqual({ created: 0, updated: 0, duplicate: 234, rejected: 6 });
    expect(summary.queued).toBe(0);
    expect(await cli.dataSource.getRepository(Bulletin).count()).toBe(234);
  });

  it('imports CSV: a malformed row and an invalid budget are rejects with their line, the rest is stored', async () => {
    const { summary, rejects } = await importFile(join(FIXTURES, 'bulletins-small.csv'), 'csv-partner');
    expect(summary.counts).toEqual({ created: 2, updated: 0, duplicate: 0, rejected: 2 });
    expect(rejects).toEqual([
      { line: 5, errors: [{ field: '(line)', message: 'has 3 cells, the header has 9' }], text: expect.stringContaining('csv-2') },
      expect.objectContaining({ line: 7, sourceId: 'csv-4', errors: expect.arrayContaining([{ field: 'budgetYuan', message: expect.stringMatching(/must be a number/) }]) }),
    ]);
    const repo = cli.dataSource.getRepository(Bulletin);
    // A quoted cell over three lines: the budget and project code are read from it.
    expect(await repo.findOneByOrFail({ sourceRef: 'csv-1' })).toMatchObject({ regionCode: '500103', budgetYuan: 3500000, projectCode: 'CQ-2026-001' });
    // "1,250,000" is a number of yuan; "2026-03" is not a publication date.
    expect(await repo.findOneByOrFail({ sourceRef: 'csv-3' })).toMatchObject({ budgetYuan: 1250000, publishedAt: null, regionCode: '510107' });
  });

  it('counts malformed JSON lines as rejects and carries on', async () => {
    const { summary, rejects } = await importFile(join(FIXTURES, 'bulletins-small.jsonl'), 'small');
    expect(summary.counts).toEqual({ created: 4, updated: 0, duplicate: 0, rejected: 1 });
    expect(rejects).toEqual([{ line: 3, errors: [{ field: '(line)', message: expect.stringMatching(/^invalid JSON/) }], text: expect.stringContaining('broken-1') }]);
  });
});
