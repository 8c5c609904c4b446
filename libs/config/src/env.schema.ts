import { z } from 'zod';

const BASE64_KEY = /^[A-Za-z0-9+/]{43}=$/;
const aesKey = z.string().regex(BASE64_KEY, 'must be 32 random bytes in base64 (openssl rand -base64 32)');

const url = (protocols: string[]) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
  );

/** What a worker process can be told to consume (libs/queues maps each to its queues). */
export const WORKER_ROLE_NAMES = ['match', 'deliver', 'digest', 'maintenance', 'webhooks', 'reminders'] as const;
export type WorkerRole = (typeof WORKER_ROLE_NAMES)[number];

// Outside production, missing secrets come from a per-checkout random file (see dev-secrets.ts).
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:-]+$/, 'must be an address such as 127.0.0.1 or 0.0.0.0')
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: url(['http:', 'https:']).default('http://localhost:3000'),
  DATABASE_URL: url(['postgres:', 'postgresql:']).default('postgres://postgres@127.0.0.1:5432/tenders'),
  DATABASE_REPLICA_URL: url(['postgres:', 'postgresql:']).optional(),
  DATABASE_MIGRATION_URL: url(['postgres:', 'postgresql:']).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_PREPARED_STATEMENTS: z.enum(['true', 'false']).default('true'),
  REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  // Braces make a Redis Cluster hash tag: `{tenders}` puts every key of ours in one slot.
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9:_{}-]+$/i)
    .default('tenders'),
  REDIS_CLUSTER_NODES: z
    .string()
    .regex(/^rediss?:\/\/[^,\s]+(,rediss?:\/\/[^,\s]+)*$/, 'must be a comma-separated list of redis:// URLs (seed nodes of the cluster)')
    .optional(),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/i, 'must look like 512kb or 5mb')
    .default('16mb'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(15000),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  WORKER_ROLES: z
    .string()
    .regex(
      new RegExp(`^(${WORKER_ROLE_NAMES.join('|')})(,(${WORKER_ROLE_NAMES.join('|')}))*$`),
      `must be a comma-separated list of ${WORKER_ROLE_NAMES.join(', ')}`,
    )
    .default(WORKER_ROLE_NAMES.join(',')),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_ACCESS_TTL_SECONDS: z.coerce.number().int().min(60).default(900),
  JWT_REFRESH_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(300)
    .default(30 * 24 * 3600),
  LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SECRETS_ENCRYPTION_KEY: aesKey.optional(),
  SECRETS_ENCRYPTION_OLD_KEYS: z
    .string()
    .refine((v) => v.split(',').every((k) => BASE64_KEY.test(k.trim())), 'must be a comma-separated list of 32-byte base64 keys')
    .optional(),
  SMTP_URL: url(['smtp:', 'smtps:']).default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().default('标讯订阅 <alerts@tender-alerts.local>'),
  SMTP_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(5),
  DKIM_DOMAIN: z.string().optional(),
  DKIM_SELECTOR: z.string().optional(),
  DKIM_PRIVATE_KEY: z.string().optional(),
  SMS_PROVIDER: z.enum(['log', 'aliyun', 'tencent']).default('log'),
  SMS_ENDPOINT: url(['http:', 'https:']).optional(),
  SMS_ACCESS_KEY_ID: z.string().optional(),
  SMS_ACCESS_KEY_SECRET: z.string().optional(),
  SMS_SIGN_NAME: z.string().default('标讯订阅'),
  SMS_TEMPLATE_CODE: z.string().default('SMS_000000'),
  SMS_CODE_TEMPLATE_CODE: z.string().default('SMS_000001'),
  SMS_REMINDER_TEMPLATE_CODE: z.string().default('SMS_000002'),
  SMS_FOLLOW_TEMPLATE_CODE: z.string().default('SMS_000003'),
  SMS_SDK_APP_ID: z.string().optional(),
  SMS_DAILY_CAP: z.coerce.number().int().min(0).default(10),
  INSTANT_WINDOW_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  DIGEST_MAX_ITEMS: z.coerce.number().int().min(1).max(1000).default(50),
  MATCH_SHARDS: z.coerce.number().int().min(1).max(64).default(1),
  MATCH_SHARD_STRATEGY: z.enum(['region', 'hash']).default('region'),
  MATCH_SHARD_IDS: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'must be a comma-separated list of shard numbers')
    .optional(),
  JOB_LOCK_MS: z.coerce.number().int().min(1000).max(600000).default(30000),
  DELIVERY_LEASE_MS: z.coerce.number().int().min(1000).max(3600000).default(120000),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(1000).default(10000),
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(1200).default(13),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_AUTH_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_INGEST_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  PLAN_FREE_SUBSCRIPTIONS: z.coerce.number().int().min(1).default(3),
  PLAN_FREE_KEYWORDS: z.coerce.number().int().min(1).default(10),
  PLAN_PRO_SUBSCRIPTIONS: z.coerce.number().int().min(1).default(50),
  PLAN_PRO_KEYWORDS: z.coerce.number().int().min(1).default(100),
  OUTBOUND_ALLOW_LOOPBACK: z.enum(['true', 'false']).default('false'),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(10000),
  WEBHOOK_RETRY_DELAYS_MS: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'must be a comma-separated list of milliseconds')
    .default('5000,300000,1800000,7200000,18000000,36000000,36000000'),
  WEBHOOK_DISABLE_AFTER_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(24 * 3600_000),
  WEBHOOK_SECRET_OVERLAP_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(24 * 3600_000),
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  WECHAT_APP_ID: z.string().optional(),
  WECHAT_APP_SECRET: z.string().optional(),
  WECHAT_TEMPLATE_ID: z.string().optional(),
  WECHAT_API_URL: url(['http:', 'https:']).default('https://api.weixin.qq.com'),
  WECHAT_OAUTH_URL: url(['http:', 'https:']).default('https://open.weixin.qq.com'),
  WECHAT_MP_URL: url(['http:', 'https:']).default('https://mp.weixin.qq.com'),
  WECHAT_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9]{3,32}$/, 'must be 3-32 letters or digits, as set in the 服务号 server configuration')
    .optional(),
  PLAN_FREE_FOLLOWS: z.coerce.number().int().min(0).default(5),
  PLAN_PRO_FOLLOWS: z.coerce.number().int().min(0).default(200),
  PLAN_FREE_WATCHES: z.coerce.number().int().min(0).default(5),
  PLAN_PRO_WATCHES: z.coerce.number().int().min(0).default(100),
});

export type Env = z.infer<typeof envSchema>;
