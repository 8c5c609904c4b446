import { ConfigError } from './config.errors';
import { developmentSecrets } from './dev-secrets';
import { Env, envSchema, type WorkerRole } from './env.schema';

/** The whole configuration, grouped by concern. Built once at boot from the environment. */
export interface AppConfig {
  env: Env['NODE_ENV'];
  logLevel: Env['LOG_LEVEL'];
  http: { host: string; port: number; publicUrl: string; bodyLimit: string };
  /** migrationUrl: straight to PostgreSQL (migrations hold a session lock), when `url` is a transaction pooler. */
  /** replicaUrl: a streaming replica for admin lists/searches and preview (optional). */
  database: { url: string; poolSize: number; preparedStatements: boolean; migrationUrl: string; replicaUrl?: string };
  /** clusterNodes: seed nodes of a Redis Cluster (then `url` is unused); [] for a single Redis. */
  redis: { url: string; queuePrefix: string; clusterNodes: string[] };
  /** roles: which queues this worker process consumes (all by default). */
  worker: { concurrency: number; shutdownTimeoutMs: number; sweepIntervalMs: number; jobLockMs: number; roles: WorkerRole[] };
  auth: { jwtSecret: string; accessTtlSeconds: number; refreshTtlSeconds: number; linkSecret: string };
  /** AES-256-GCM keys for secrets kept in the database: the current one encrypts, old ones still decrypt. */
  secrets: { encryptionKey: Buffer; oldEncryptionKeys: Buffer[] };
  mail: {
    smtpUrl: string;
    from: string;
    poolSize: number;
    dkim?: { domainName: string; keySelector: string; privateKey: string };
  };
  sms: {
    provider: Env['SMS_PROVIDER'];
    endpoint?: string;
    accessKeyId?: string;
    accessKeySecret?: string;
    signName: string;
    templateCode: string;
    /** Providers approve 验证码 templates separately from notification ones. */
    codeTemplateCode: string;
    /** Deadline reminders of followed projects (a template without links). */
    reminderTemplateCode: string;
    /** Notices of followed projects naming what changed (a template without links). */
    followTemplateCode: string;
    sdkAppId?: string;
    dailyCap: number;
  };
  delivery: { instantWindowSeconds: number; digestMaxItems: number; leaseMs: number };
  /** History (matches, notifications, deliveries) is kept this many whole months, then dropped by month. */
  retention: { months: number };
  /** strategy: how subscriptions are split over shards (see libs/matcher shard-plan). */
  matching: { shards: number; shardIds: number[]; strategy: Env['MATCH_SHARD_STRATEGY'] };
  rateLimits: { perMinute: number; authPerMinute: number; ingestPerMinute: number };
  /** follows: followed projects; watches: watched organisations (party_watches). */
  plans: Record<'free' | 'pro', { subscriptions: number; keywords: number; follows: number; watches: number }>;
  /** Webhooks and chat robots: outbound HTTP to members' endpoints. */
  webhooks: {
    allowLoopback: boolean;
    timeoutMs: number;
    retryDelaysMs: number[];
    disableAfterMs: number;
    secretOverlapMs: number;
    concurrency: number;
  };
  /** WeChat 服务号 template messages; off without an app id, secret and template. */
  wechat?: {
    appId: string;
    appSecret: string;
    templateId: string;
    apiUrl: string;
    oauthUrl: string;
    /** Where a QR ticket is shown as an image. */
    mpUrl: string;
    /** The server-configuration token that signs the 服务号's event pushes; events are refused without it. */
    eventToken?: string;
  };
}

export interface LoadConfigOptions {
  /** Where development secrets live when the environment has none (tests point it elsewhere). */
  developmentSecretsFile?: string;
}

/** Validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env, options: LoadConfigOptions = {}): AppConfig {
  // Empty strings mean "unset", as in most .env files.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const missing = production ? (['JWT_SECRET', 'LINK_SECRET', 'SECRETS_ENCRYPTION_KEY'] as const).filter((k) => !e[k]) : [];
  if (missing.length) throw new ConfigError(missing.map((k) => `${k}: required in production`));
  const shardIds = e.MATCH_SHARD_IDS ? e.MATCH_SHARD_IDS.split(',').map(Number) : Array.from({ length: e.MATCH_SHARDS }, (_, i) => i);
  const badShard = shardIds.find((s) => s >= e.MATCH_SHARDS);
  if (badShard !== undefined) throw new ConfigError([`MATCH_SHARD_IDS: shard ${badShard} is not below MATCH_SHARDS=${e.MATCH_SHARDS}`]);
  // BullMQ's scripts touch several keys of a queue at once; in a cluster they must share a slot.
  if (e.REDIS_CLUSTER_NODES && !/\{[^{}]+\}/.test(e.QUEUE_PREFIX))
    throw new ConfigError(['QUEUE_PREFIX: with REDIS_CLUSTER_NODES it must carry a hash tag, e.g. {tenders}']);
  const wechatParts = [e.WECHAT_APP_ID, e.WECHAT_APP_SECRET, e.WECHAT_TEMPLATE_ID].filter(Boolean).length;
  if (wechatParts !== 0 && wechatParts !== 3)
    throw new ConfigError(['WECHAT_APP_ID: WeChat needs WECHAT_APP_ID, WECHAT_APP_SECRET and WECHAT_TEMPLATE_ID together']);
  if (production && e.OUTBOUND_ALLOW_LOOPBACK === 'true') throw new ConfigError(['OUTBOUND_ALLOW_LOOPBACK: never in production']);
  // Outside production a missing secret comes from this checkout's own random file, never a constant.
  const dev =
    !production && (!e.JWT_SECRET || !e.LINK_SECRET || !e.SECRETS_ENCRYPTION_KEY)
      ? developmentSecrets(options.developmentSecretsFile)
      : null;
  const dkimParts = [e.DKIM_DOMAIN, e.DKIM_SELECTOR, e.DKIM_PRIVATE_KEY].filter(Boolean).length;
  if (dkimParts !== 0 && dkimParts !== 3)
    throw new ConfigError(['DKIM_DOMAIN: DKIM needs DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY together']);

  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    // Reachable from other machines only when asked; containers in production listen on all.
    http: {
      host: e.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
      port: e.PORT,
      publicUrl: e.PUBLIC_URL.replace(/\/$/, ''),
      bodyLimit: e.BODY_LIMIT,
    },
    database: {
      url: e.DATABASE_URL,
      poolSize: e.DATABASE_POOL_SIZE,
      preparedStatements: e.DATABASE_PREPARED_STATEMENTS === 'true',
      migrationUrl: e.DATABASE_MIGRATION_URL ?? e.DATABASE_URL,
      replicaUrl: e.DATABASE_REPLICA_URL,
    },
    redis: { url: e.REDIS_URL, queuePrefix: e.QUEUE_PREFIX, clusterNodes: e.REDIS_CLUSTER_NODES?.split(',') ?? [] },
    worker: {
      concurrency: e.WORKER_CONCURRENCY,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
      sweepIntervalMs: e.SWEEP_INTERVAL_MS,
      jobLockMs: e.JOB_LOCK_MS,
      roles: [...new Set(e.WORKER_ROLES.split(',') as WorkerRole[])],
    },
    auth: {
      jwtSecret: e.JWT_SECRET ?? dev!.jwtSecret,
      accessTtlSeconds: e.JWT_ACCESS_TTL_SECONDS,
      refreshTtlSeconds: e.JWT_REFRESH_TTL_SECONDS,
      linkSecret: e.LINK_SECRET ?? dev!.linkSecret,
    },
    secrets: {
      encryptionKey: Buffer.from(e.SECRETS_ENCRYPTION_KEY ?? dev!.secretsEncryptionKey, 'base64'),
      oldEncryptionKeys: (e.SECRETS_ENCRYPTION_OLD_KEYS ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean)
        .map((k) => Buffer.from(k, 'base64')),
    },
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      poolSize: e.SMTP_POOL_SIZE,
      dkim: dkimParts === 3 ? { domainName: e.DKIM_DOMAIN!, keySelector: e.DKIM_SELECTOR!, privateKey: e.DKIM_PRIVATE_KEY! } : undefined,
    },
    sms: {
      provider: e.SMS_PROVIDER,
      endpoint: e.SMS_ENDPOINT,
      accessKeyId: e.SMS_ACCESS_KEY_ID,
      accessKeySecret: e.SMS_ACCESS_KEY_SECRET,
      signName: e.SMS_SIGN_NAME,
      templateCode: e.SMS_TEMPLATE_CODE,
      codeTemplateCode: e.SMS_CODE_TEMPLATE_CODE,
      reminderTemplateCode: e.SMS_REMINDER_TEMPLATE_CODE,
      followTemplateCode: e.SMS_FOLLOW_TEMPLATE_CODE,
      sdkAppId: e.SMS_SDK_APP_ID,
      dailyCap: e.SMS_DAILY_CAP,
    },
    delivery: { instantWindowSeconds: e.INSTANT_WINDOW_SECONDS, digestMaxItems: e.DIGEST_MAX_ITEMS, leaseMs: e.DELIVERY_LEASE_MS },
    retention: { months: e.RETENTION_MONTHS },
    matching: { shards: e.MATCH_SHARDS, shardIds, strategy: e.MATCH_SHARD_STRATEGY },
    rateLimits: {
      perMinute: e.RATE_LIMIT_PER_MINUTE,
      authPerMinute: e.RATE_LIMIT_AUTH_PER_MINUTE,
      ingestPerMinute: e.RATE_LIMIT_INGEST_PER_MINUTE,
    },
    plans: {
      free: {
        subscriptions: e.PLAN_FREE_SUBSCRIPTIONS,
        keywords: e.PLAN_FREE_KEYWORDS,
        follows: e.PLAN_FREE_FOLLOWS,
        watches: e.PLAN_FREE_WATCHES,
      },
      pro: {
        subscriptions: e.PLAN_PRO_SUBSCRIPTIONS,
        keywords: e.PLAN_PRO_KEYWORDS,
        follows: e.PLAN_PRO_FOLLOWS,
        watches: e.PLAN_PRO_WATCHES,
      },
    },
    webhooks: {
      allowLoopback: e.OUTBOUND_ALLOW_LOOPBACK === 'true',
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      retryDelaysMs: e.WEBHOOK_RETRY_DELAYS_MS.split(',').map(Number),
      disableAfterMs: e.WEBHOOK_DISABLE_AFTER_MS,
      secretOverlapMs: e.WEBHOOK_SECRET_OVERLAP_MS,
      concurrency: e.WEBHOOK_CONCURRENCY,
    },
    wechat:
      wechatParts === 3
        ? {
            appId: e.WECHAT_APP_ID!,
            appSecret: e.WECHAT_APP_SECRET!,
            templateId: e.WECHAT_TEMPLATE_ID!,
            apiUrl: e.WECHAT_API_URL.replace(/\/$/, ''),
            oauthUrl: e.WECHAT_OAUTH_URL.replace(/\/$/, ''),
            mpUrl: e.WECHAT_MP_URL.replace(/\/$/, ''),
            eventToken: e.WECHAT_TOKEN,
          }
        : undefined,
  };
}
