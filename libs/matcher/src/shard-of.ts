/**
 * 32-bit FNV-1a over the UTF-8 bytes of a string. UTF-8 (not UTF-16) so that a service in another
 * language, or SQL, can compute the same value. Lone surrogates count as U+FFFD, as TextEncoder does.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  const byte = (b: number): void => {
    hash = Math.imul(hash ^ b, 0x01000193) >>> 0;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const low = text.charCodeAt(i + 1);
      if (c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      } else {
        c = 0xfffd;
      }
    }
    if (c < 0x80) byte(c);
    else if (c < 0x800) {
      byte(0xc0 | (c >> 6));
      byte(0x80 | (c & 63));
    } else if (c < 0x10000) {
      byte(0xe0 | (c >> 12));
      byte(0x80 | ((c >> 6) & 63));
      byte(0x80 | (c & 63));
    } else {
      byte(0xf0 | (c >> 18));
      byte(0x80 | ((c >> 12) & 63));
      byte(0x80 | ((c >> 6) & 63));
      byte(0x80 | (c & 63));
    }
  }
  return hash;
}

/**
 * The shard (0 .. shards - 1) that holds a subscription: FNV-1a of the id modulo the shard count,
 * stable across processes, machines and restarts.
 */
export function shardOf(subscriptionId: string, shards: number): number {
  if (!Number.isInteger(shards) || shards < 1) throw new RangeError(`shards must be a positive integer, got ${shards}`);
  return fnv1a32(subscriptionId) % shards;
}
