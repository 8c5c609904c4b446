import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig, SecretCipher, secretCipherOf, testEnvironment } from '@app/config';
import { insertMember } from '@app/testing';
import { dataSourceOptions } from './data-source-options';
import { EncryptChannelSecrets1796432000000 } from './migrations/1796432000000-EncryptChannelSecrets';
import { reencryptChannelSecrets } from './reencrypt-channel-secrets';

/** The data migration that encrypts signing secrets stored before encryption at rest. */
describe('EncryptChannelSecrets migration', () => {
  let dataSource: DataSource;
  const cipher = secretCipherOf(loadConfig());

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(loadConfig(testEnvironment()))).initialize();
  });
  afterAll(() => dataSource.destroy());

  const run = async (direction: 'up' | 'down') => {
    const runner = dataSource.createQueryRunner();
    try {
      await new EncryptChannelSecrets1796432000000()[direction](runner);
    } finally {
      await runner.release();
    }
  };
  const read = (id: string) =>
    dataSource
      .query<Array<{ secret: string | null; previous_secret: string | null }>>(
        `SELECT secret, previous_secret FROM webhook_endpoints WHERE id = $1`,
        [id],
      )
      .then((r) => r[0]);

  it('encrypts plain rows, re-encrypts rows under an old key, leaves current ones and nulls alone; down() restores plain values', async () => {
    const member = await insertMember(dataSource);
    const insert = async (kind: string, secret: string | null, previous: string | null) =>
      (
        await dataSource.query<Array<{ id: string }>>(
          `INSERT INTO webhook_endpoints (member_id, kind, url, secret, previous_secret) VALUES ($1, $2, 'https://h.example.com/x', $3, $4) RETURNING id`,
          [member.id, kind, secret, previous],
        )
      )[0].id;
    const plain = await insert('webhook', 'whsec_plainSecretValue', 'whsec_oldPlainValue');
    const wecom = await insert('wecom', null, null);
    const underOld = await insert('dingtalk', new SecretCipher(randomBytes(32)).encrypt('SECunreadable'), null);
    const current = cipher.encrypt('SECcurrent');
    const alreadyCurrent = await insert('feishu', current, null);

    // A row under a key nobody lists any more cannot be opened: the migration stops rather than lose it.
    await expect(run('up')).rejects.toThrow(/SECRETS_ENCRYPTION_OLD_KEYS/);
    await dataSource.query(`DELETE FROM webhook_endpoints WHERE id = $1`, [underOld]);

    await run('up');
    const encrypted = await read(plain);
    expect(encrypted.secret).toMatch(new RegExp(`^enc:v1:${cipher.currentKeyId}:`));
    expect(encrypted.secret).not.toContain('plainSecretValue');
    expect(cipher.decrypt(encrypted.secret!)).toBe('whsec_plainSecretValue');
    expect(cipher.decrypt(encrypted.previous_secret!)).toBe('whsec_oldPlainValue');
    expect(await read(wecom)).toEqual({ secret: null, previous_secret: null });
    expect((await read(alreadyCurrent)).secret).toBe(current);

    await run('up');
    expect(await read(plain)).toEqual(encrypted);

    await run('down');
    expect(await read(plain)).toEqual({ secret: 'whsec_plainSecretValue', previous_secret: 'whsec_oldPlainValue' });
    expect((await read(alreadyCurrent)).secret).toBe('SECcurrent');
    await run('up');
    await dataSource.query(`DELETE FROM members WHERE id = $1`, [member.id]);
  });

  it('after a key rotation, secrets:reencrypt moves every row to the new key; the old key is no longer needed', async () => {
    const member = await insertMember(dataSource);
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const before = new SecretCipher(oldKey);
    const [{ id }] = await dataSource.query<Array<{ id: string }>>(
      `INSERT INTO webhook_endpoints (member_id, kind, url, secret, previous_secret) VALUES ($1, 'webhook', 'https://h.example.com/r', $2, $3) RETURNING id`,
      [member.id, before.encrypt('whsec_rotateMe'), 'whsec_stillPlain'],
    );
    const rotated = new SecretCipher(newKey, [oldKey]);
    // Other rows of the shared test database are under the checkout's key: list it too.
    const withCheckoutKey = new SecretCipher(newKey, [oldKey, loadConfig().secrets.encryptionKey]);
    expect(await reencryptChannelSecrets(dataSource, withCheckoutKey)).toBeGreaterThanOrEqual(1);
    const row = await read(id);
    expect(new SecretCipher(newKey).decrypt(row.secret!)).toBe('whsec_rotateMe');
    expect(new SecretCipher(newKey).decrypt(row.previous_secret!)).toBe('whsec_stillPlain');
    expect(rotated.needsReencryption(row.secret!)).toBe(false);
    // Put the shared rows back under the checkout's key for the suites that follow.
    await dataSource.query(`DELETE FROM members WHERE id = $1`, [member.id]);
    await reencryptChannelSecrets(dataSource, new SecretCipher(loadConfig().secrets.encryptionKey, [newKey]));
  });
});
