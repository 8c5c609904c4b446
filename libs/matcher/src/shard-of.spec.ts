import { fnv1a32, shardOf } from './shard-of';

describe('shardOf', () => {
  it('is 32-bit FNV-1a over UTF-8 (published test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the UTF-8 bytes of non-ASCII ids, as TextEncoder would encode them', () => {
    for (const id of ['道路', '𠀀x', 'é', '\ud800']) {
      let hash = 0x811c9dc5;
      for (const b of new TextEncoder().encode(id)) hash = Math.imul(hash ^ b, 0x01000193) >>> 0;
      expect(fnv1a32(id)).toBe(hash);
    }
  });

  it('splits ids stably and roughly evenly', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOf(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, 4)]++;
    for (const c of counts) expect(c).toBeGreaterThan(800);
    expect(shardOf('3f2b9c1e-0000-4000-8000-000000000001', 7)).toBe(shardOf('3f2b9c1e-0000-4000-8000-000000000001', 7));
    expect(shardOf('anything', 1)).toBe(0);
  });

  it('rejects a shard count that is not a positive integer', () => {
    expect(() => shardOf('a', 0)).toThrow(RangeError);
    expect(() => shardOf('a', 1.5)).toThrow(RangeError);
  });
});
