import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './config.errors';
import { loadConfig } from './app-config';

const KEY = randomBytes(32).toString('base64');
const PROD = { NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(32), LINK_SECRET: 'l'.repeat(32), SECRETS_ENCRYPTION_KEY: KEY };

describe('loadConfig', () => {
  it('gives local defaults', () => {
    const c = loadConfig({});
    expect(c.database.url).toBe('postgres://postgres@127.0.0.1:5432/tenders');
    expect(c.redis.url).toBe('redis://127.0.0.1:6379');
    expect(c.matching.shardIds).toEqual([0]);
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ DATABASE_URL: 'nonsense' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('requires secrets in production', () => {
    try {
      loadConfig({ NODE_ENV: 'production' });
      fail('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems.join()).toMatch(/JWT_SECRET.*LINK_SECRET.*SECRETS_ENCRYPTION_KEY/);
    }
  });

  it('shards by region unless told otherwise', () => {
    expect(loadConfig({}).matching.strategy).toBe('region');
    expect(loadConfig({ MATCH_SHARD_STRATEGY: 'hash' }).matching.strategy).toBe('hash');
    expect(() => loadConfig({ MATCH_SHARD_STRATEGY: 'random' })).toThrow(/MATCH_SHARD_STRATEGY/);
  });

  it('takes Redis Cluster seed nodes only with a hash-tagged queue prefix', () => {
    const nodes = 'redis://10.0.0.1:7000,redis://10.0.0.2:7000';
    expect(() => loadConfig({ REDIS_CLUSTER_NODES: nodes })).toThrow(/QUEUE_PREFIX.*hash tag/);
    const c = loadConfig({ REDIS_CLUSTER_NODES: nodes, QUEUE_PREFIX: '{tenders}' });
    expect(c.redis.clusterNodes).toEqual(['redis://10.0.0.1:7000', 'redis://10.0.0.2:7000']);
    expect(loadConfig({}).redis.clusterNodes).toEqual([]);
    expect(() => loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.1:7000' })).toThrow(/REDIS_CLUSTER_NODES/);
  });

  it('rejects shard ids outside the shard count', () => {
    expect(() => loadConfig({ MATCH_SHARDS: '2', MATCH_SHARD_IDS: '0,2' })).toThrow(/MATCH_SHARD_IDS/);
    expect(loadConfig({ MATCH_SHARDS: '2', MATCH_SHARD_IDS: '1' }).matching.shardIds).toEqual([1]);
  });

  it('listens on loopback unless told, and on every interface in production', () => {
    expect(loadConfig({}).http.host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).http.host).toBe('0.0.0.0');
    expect(loadConfig(PROD).http.host).toBe('0.0.0.0');
    expect(() => loadConfig({ HOST: 'a b' })).toThrow(/HOST/);
  });

  it('takes the secrets encryption key and old keys as 32 bytes of base64, naming a bad one', () => {
    const old = randomBytes(32).toString('base64');
    const c = loadConfig({ SECRETS_ENCRYPTION_KEY: KEY, SECRETS_ENCRYPTION_OLD_KEYS: ` ${old},${KEY}` });
    expect(c.secrets.encryptionKey).toEqual(Buffer.from(KEY, 'base64'));
    expect(c.secrets.oldEncryptionKeys.map((k) => k.toString('base64'))).toEqual([old, KEY]);
    expect(() => loadConfig({ SECRETS_ENCRYPTION_KEY: randomBytes(16).toString('base64') })).toThrow(/SECRETS_ENCRYPTION_KEY/);
    expect(() => loadConfig({ SECRETS_ENCRYPTION_KEY: 'x'.repeat(44) })).toThrow(/SECRETS_ENCRYPTION_KEY/);
    expect(() => loadConfig({ SECRETS_ENCRYPTION_OLD_KEYS: `${KEY},short` })).toThrow(/SECRETS_ENCRYPTION_OLD_KEYS/);
  });

  describe('development secrets', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dev-secrets-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('are made once per checkout, private, and shared by every process reading the same file', () => {
      const file = join(dir, '.secrets', 'development.json');
      const first = loadConfig({}, { developmentSecretsFile: file }).auth;
      const again = loadConfig({ NODE_ENV: 'test' }, { developmentSecretsFile: file }).auth;
      expect(again).toEqual(first);
      expect(first.jwtSecret).not.toBe(first.linkSecret);
      expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
      expect(statSync(file).mode & 0o077).toBe(0);
      expect(JSON.parse(readFileSync(file, 'utf8')).jwtSecret).toBe(first.jwtSecret);
      const key = loadConfig({}, { developmentSecretsFile: file }).secrets.encryptionKey;
      expect(key).toHaveLength(32);
      expect(loadConfig({ NODE_ENV: 'test' }, { developmentSecretsFile: file }).secrets.encryptionKey).toEqual(key);
    });

    it('add an encryption key to a file made before it existed, the same for every process doing so', () => {
      const a = join(dir, 'old-a.json');
      const b = join(dir, 'old-b.json');
      const old = { jwtSecret: 'j'.repeat(40), linkSecret: 'l'.repeat(40) };
      writeFileSync(a, JSON.stringify(old));
      writeFileSync(b, JSON.stringify(old));
      const key = loadConfig({}, { developmentSecretsFile: a }).secrets.encryptionKey;
      expect(key).toHaveLength(32);
      expect(loadConfig({}, { developmentSecretsFile: b }).secrets.encryptionKey).toEqual(key);
      expect(JSON.parse(readFileSync(a, 'utf8'))).toEqual({ ...old, secretsEncryptionKey: key.toString('base64') });
      expect(statSync(a).mode & 0o077).toBe(0);
    });

    it('differ between checkouts', () => {
      const a = loadConfig({}, { developmentSecretsFile: join(dir, 'a.json') }).auth.jwtSecret;
      const b = loadConfig({}, { developmentSecretsFile: join(dir, 'b.json') }).auth.jwtSecret;
      expect(a).not.toBe(b);
    });

    it('give way to the environment, and production never makes them', () => {
      const file = join(dir, 'never.json');
      const prod = loadConfig(PROD, { developmentSecretsFile: file });
      expect(prod.auth).toMatchObject({ jwtSecret: 'j'.repeat(32), linkSecret: 'l'.repeat(32) });
      expect(prod.secrets.encryptionKey.toString('base64')).toBe(KEY);
      expect(() => statSync(file)).toThrow();
    });
  });
});
