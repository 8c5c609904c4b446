import type { Cluster, Redis } from 'ioredis';
import type { AppConfig } from '@app/config';
import { WechatClient } from './wechat-client';
import { WechatTokenStore } from './wechat-token-store';

/** Null when WeChat is not configured; the wechat channel then fails its deliveries as permanent. */
export function createWechatClient(config: AppConfig, redis: Redis | Cluster): WechatClient | null {
  const w = config.wechat;
  if (!w) return null;
  const store = new WechatTokenStore(redis, w.appId, {
    keyPrefix: config.redis.queuePrefix,
    refreshMarginMs: 300_000,
    lockMs: 10_000,
    waitMs: 15_000,
  });
  return new WechatClient({ apiUrl: w.apiUrl, appId: w.appId, appSecret: w.appSecret, timeoutMs: config.webhooks.timeoutMs }, store);
}
