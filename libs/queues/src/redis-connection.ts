import type { ConnectionOptions } from 'bullmq';
import { Cluster, Redis, RedisOptions } from 'ioredis';

/** Where Redis is: one server (`url`) or the seed nodes of a Redis Cluster. */
export interface RedisSettings {
  url: string;
  clusterNodes: string[];
}

/** One server or a cluster; both answer the commands we use (get, set, eval, multi, ping …). */
export type RedisClient = Redis | Cluster;

/** BullMQ workers need maxRetriesPerRequest: null so blocking commands survive reconnects. */
export function redisOptions(url: string): RedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

const clusterNodes = (target: string | RedisSettings): string[] => (typeof target === 'string' ? [] : target.clusterNodes);
const singleUrl = (target: string | RedisSettings): string => (typeof target === 'string' ? target : target.url);

/**
 * A cluster client over the seed nodes. Credentials and TLS come from the first node's URL (a
 * cluster has one password); the database number is always 0 there. Options that belong to the
 * cluster client itself (lazyConnect, enableOfflineQueue) are lifted out of the per-node ones.
 */
function createCluster(nodes: string[], extra: RedisOptions): Cluster {
  const { host: _h, port: _p, db: _db, ...auth } = redisOptions(nodes[0]);
  const { lazyConnect, enableOfflineQueue, retryStrategy, ...perNode } = extra;
  return new Cluster(
    nodes.map((n) => ({ host: new URL(n).hostname, port: Number(new URL(n).port || 6379) })),
    {
      lazyConnect,
      enableOfflineQueue,
      clusterRetryStrategy: retryStrategy,
      // Replies from a node other than the one asked (MOVED/ASK) are followed by ioredis itself.
      redisOptions: { ...auth, ...perNode },
    },
  );
}

export function createRedis(target: string, extra?: RedisOptions): Redis;
export function createRedis(target: string | RedisSettings, extra?: RedisOptions): RedisClient;
export function createRedis(target: string | RedisSettings, extra: RedisOptions = {}): RedisClient {
  const nodes = clusterNodes(target);
  if (nodes.length) return createCluster(nodes, extra);
  return new Redis({ ...redisOptions(singleUrl(target)), ...extra });
}

/**
 * BullMQ loses jobs if Redis evicts keys; anything but noeviction deserves a loud warning. On a
 * cluster every master is asked, and the first one not set to noeviction is reported.
 */
export async function evictionPolicy(redis: RedisClient): Promise<string> {
  // A new cluster client knows its masters only once it has loaded the slot map: ask once first.
  if (redis instanceof Cluster) await redis.ping();
  const nodes = redis instanceof Cluster ? redis.nodes('master') : [redis];
  const policies = await Promise.all(nodes.map(async (n) => ((await n.config('GET', 'maxmemory-policy')) as string[])[1] ?? 'unknown'));
  return policies.find((p) => p !== 'noeviction') ?? policies[0] ?? 'unknown';
}

// Cluster clients handed to BullMQ are shared by the queues and workers built on them, and BullMQ
// never closes a client it was given: they are kept here and closed once, at shutdown.
const clusterClients = new Set<Cluster>();

/**
 * The connection for BullMQ: options for one server (each queue and worker opens its own), or a
 * cluster client BullMQ shares (a worker duplicates it for its blocking reads). Queue keys must
 * share a slot in a cluster; the configured QUEUE_PREFIX carries the hash tag that makes them.
 */
export function bullConnection(target: string | RedisSettings): ConnectionOptions {
  const nodes = clusterNodes(target);
  if (!nodes.length) return redisOptions(singleUrl(target)) as ConnectionOptions;
  const cluster = createCluster(nodes, { maxRetriesPerRequest: null });
  cluster.on('error', () => undefined); // surfaced by the failing command and /health
  clusterClients.add(cluster);
  return cluster;
}

/** Closes the cluster clients given to BullMQ (after every queue and worker is closed). */
export async function closeBullClusterClients(): Promise<void> {
  const clients = [...clusterClients];
  clusterClients.clear();
  await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
}
