import { DomainError } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import { resetDatabase } from '@app/testing';
import { captureIo } from '../../test/capture-io';
import { TestCliApp, createTestCliApp } from '../../test/test-cli-app';
import { createSource } from './source-create.command';
import { issueSourceKey } from './source-key.command';
import { revokeSourceKey } from './source-revoke.command';

describe('cli source:create, source:key, source:revoke', () => {
  let cli: TestCliApp;
  const printed = (out: string) => ({
    keyId: /key id +(\S+)/.exec(out)![1],
    apiKey: /api key +(\S+)/.exec(out)![1],
  });

  beforeAll(async () => {
    cli = await createTestCliApp();
    await resetDatabase(cli.dataSource);
  });
  afterAll(() => cli.close());

  it('creates a source with a working key, issues a second, and revokes the first alone', async () => {
    const sources = cli.app.get(SourcesService);
    const created = captureIo();
    expect(await createSource(cli.app, 'crawler-cli', created)).toBe(0);
    const first = printed(created.out());
    expect(first.apiKey).toMatch(/^ta_[a-f0-9]{12}_/);
    expect(created.err()).toMatch(/shown only this once/);
    expect((await sources.authenticate(first.apiKey))?.name).toBe('crawler-cli');

    const issued = captureIo();
    expect(await issueSourceKey(cli.app, 'crawler-cli', issued)).toBe(0);
    const second = printed(issued.out());
    expect(second.keyId).not.toBe(first.keyId);

    expect(await revokeSourceKey(cli.app, first.keyId, captureIo())).toBe(0);
    expect(await sources.authenticate(first.apiKey)).toBeNull();
    expect((await sources.authenticate(second.apiKey))?.name).toBe('crawler-cli');
  });

  it('throws domain errors (printed by withCliApp, exit 1) for a taken name, an unknown source or key', async () => {
    await expect(createSource(cli.app, 'crawler-cli', captureIo())).rejects.toMatchObject({ code: 'source_exists' });
    await expect(issueSourceKey(cli.app, 'nobody', captureIo())).rejects.toBeInstanceOf(DomainError);
    await expect(revokeSourceKey(cli.app, '00000000-0000-4000-8000-000000000000', captureIo())).rejects.toMatchObject({
      code: 'api_key_not_found',
    });
  });
});
