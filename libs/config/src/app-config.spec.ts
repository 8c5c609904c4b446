import { ConfigError } from './config.errors';
import { loadConfig } from './app-config';

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
      expect((e as ConfigError).problems.join()).toMatch(/JWT_SECRET.*LINK_SECRET/);
    }
  });

  it('rejects shard ids outside the shard count', () => {
    expect(() => loadConfig({ MATCH_SHARDS: '2', MATCH_SHARD_IDS: '0,2' })).toThrow(/MATCH_SHARD_IDS/);
    expect(loadConfig({ MATCH_SHARDS: '2', MATCH_SHARD_IDS: '1' }).matching.shardIds).toEqual([1]);
  });
});
