import { createHash } from 'node:crypto';
import { type LinkableBulletin, linkKeys } from './link-keys';

export interface LinkInput extends LinkableBulletin {
  id: string;
  publishedAt: Date | null;
}

/** Notices further apart than this are not one procurement, even under the same key. */
export const LINK_WINDOW_DAYS = 180;
const DAY_MS = 86_400_000;

/**
 * Groups bulletins into projects (offline, all in memory). Returns bulletin id → project key. The
 * key is derived from the project's earliest notice, so it does not change when later notices
 * join, nor with the order of the input.
 */
export function linkBulletins(items: LinkInput[], windowDays = LINK_WINDOW_DAYS): Map<string, string> {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const byKey = new Map<string, number[]>();
  const keysOf = items.map((b) => linkKeys(b));
  keysOf.forEach((keys, i) => keys.forEach((k) => byKey.set(k, [...(byKey.get(k) ?? []), i])));
  const time = (i: number) => items[i].publishedAt?.getTime() ?? null;
  for (const members of byKey.values()) {
    // Chained in time order: each notice joins the one before it when close enough.
    members.sort((a, b) => (time(a) ?? 0) - (time(b) ?? 0));
    for (let j = 1; j < members.length; j++) {
      const a = time(members[j - 1]);
      const b = time(members[j]);
      if (a === null || b === null || b - a <= windowDays * DAY_MS) parent[find(members[j])] = find(members[j - 1]);
    }
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const result = new Map<string, string>();
  for (const members of groups.values()) {
    const first = [...members].sort((a, b) => (time(a) ?? Infinity) - (time(b) ?? Infinity) || (items[a].id < items[b].id ? -1 : 1))[0];
    const seed = keysOf[first][0] ?? `id:${items[first].id}`;
    const key = `p-${createHash('sha1').update(seed).digest('hex').slice(0, 12)}`;
    for (const i of members) result.set(items[i].id, key);
  }
  return result;
}
