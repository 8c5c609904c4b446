import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bulletin } from '@app/domain';
import { resetDatabase } from '@app/testing';
import { FIXTURES, captureIo } from '../../test/capture-io';
import { demoFeed } from '../demo-feed/demo-feed';
import { TestCliApp, createTestCliApp } from '../../test/test-cli-app';
import { openRecordFile } from '../records/record-reader';
import { runImport } from './import-run';

describe('cli import (runImport against Postgres and Redis)', () => {
  let cli: TestCliApp;
  let dir: string;
  const importFile = async (path: string, source: string, batchSize = 100) => {
    const rejectsPath = join(dir, `${source}-${Date.now()}.rejects.jsonl`);
    const summary = await runImport(cli.app, await openRecordFile(path), { source, rejectsPath, batchSize }, captureIo());
    const rejects = existsSync(rejectsPath)
      ? readFileSync(rejectsPath, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l))
      : [];
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

  // A week of the demo feed, written to a file as `npm run demo` does.
  const NOW = new Date('2026-03-20T04:00:00Z');
  const feed = demoFeed({ now: NOW });
  const feedFile = () => {
    const path = join(dir, 'demo-feed.jsonl');
    if (!existsSync(path)) writeFileSync(path, feed.map(({ expected: _e, ...b }) => JSON.stringify(b)).join('\n') + '\n');
    return path;
  };

  it('imports the demo feed: every bulletin stored and queued for matching, as the source described it', async () => {
    const { summary, rejects } = await importFile(feedFile(), 'demo-feed');
    expect(summary.counts).toEqual({ created: feed.length, updated: 0, duplicate: 0, rejected: 0 });
    expect(summary.queued).toBe(feed.length);
    expect(rejects).toEqual([]);

    const hk = feed.find((b) => b.regionText === '香港')!;
    const stored = await cli.dataSource.getRepository(Bulletin).findOneByOrFail({ sourceRef: hk.sourceId });
    expect(stored).toMatchObject({
      regionCode: expect.stringMatching(/^81/),
      category: 'tender',
      projectCode: hk.projectCode,
      url: hk.url,
    });
    expect(stored.publishedAt!.toISOString()).toBe(new Date(hk.publishedAt).toISOString());
    const jobs = await cli.jobs.matchQueues[0].getJobs(['waiting', 'active', 'completed', 'delayed']);
    expect(jobs).toHaveLength(feed.length);
    expect(jobs.map((j) => j.id)).toContain(`match-${stored.id}-v1`);
  });

  it('gives only duplicates on a second import of the same file', async () => {
    const { summary } = await importFile(feedFile(), 'demo-feed', 500);
    expect(summary.counts).toEqual({ created: 0, updated: 0, duplicate: feed.length, rejected: 0 });
    expect(summary.queued).toBe(0);
    expect(await cli.dataSource.getRepository(Bulletin).count()).toBe(feed.length);
  });

  it('imports CSV: a malformed row and an invalid budget are rejects with their line, the rest is stored', async () => {
    const { summary, rejects } = await importFile(join(FIXTURES, 'bulletins-small.csv'), 'csv-partner');
    expect(summary.counts).toEqual({ created: 2, updated: 0, duplicate: 0, rejected: 2 });
    expect(rejects).toEqual([
      { line: 5, errors: [{ field: '(line)', message: 'has 3 cells, the header has 9' }], text: expect.stringContaining('csv-2') },
      expect.objectContaining({
        line: 7,
        sourceId: 'csv-4',
        errors: expect.arrayContaining([{ field: 'budgetYuan', message: expect.stringMatching(/must be a number/) }]),
      }),
    ]);
    const repo = cli.dataSource.getRepository(Bulletin);
    // A quoted cell over three lines: the budget and project code are read from it.
    expect(await repo.findOneByOrFail({ sourceRef: 'csv-1' })).toMatchObject({
      regionCode: '500103',
      budgetYuan: 3500000,
      projectCode: 'CQ-2026-001',
    });
    // "1,250,000" is a number of yuan; "2026-03" is not a publication date.
    expect(await repo.findOneByOrFail({ sourceRef: 'csv-3' })).toMatchObject({
      budgetYuan: 1250000,
      publishedAt: null,
      regionCode: '510107',
    });
  });

  it('counts malformed JSON lines as rejects and carries on', async () => {
    const { summary, rejects } = await importFile(join(FIXTURES, 'bulletins-small.jsonl'), 'small');
    expect(summary.counts).toEqual({ created: 4, updated: 0, duplicate: 0, rejected: 1 });
    expect(rejects).toEqual([
      {
        line: 3,
        errors: [{ field: '(line)', message: expect.stringMatching(/^invalid JSON/) }],
        text: expect.stringContaining('broken-1'),
      },
    ]);
  });
});
