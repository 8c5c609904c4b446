// The admin API's shapes (/v1/admin/*, admin role only), taken from the generated OpenAPI types.
import type { components } from './schema';

type Schemas = components['schemas'];

/** Every admin list answers a page of this shape. */
export type AdminPage<T> = Omit<Schemas['MembersPageDto'], 'items'> & { items: T[] };

export type DeliveryStatus = Schemas['AdminDeliveryDto']['status'];
export const DELIVERY_STATUSES: DeliveryStatus[] = ['failed', 'bounced', 'unknown', 'held', 'pending', 'sending', 'sent'];
export const RETRYABLE: DeliveryStatus[] = ['failed', 'bounced', 'unknown'];

export type AdminMember = Schemas['AdminMemberDto'];
export type RecentDelivery = Schemas['RecentDeliveryDto'];
export type AdminSubscription = Schemas['AdminSubscriptionDto'];
export type AdminMemberDetail = Schemas['AdminMemberDetailDto'];
export type AdminDelivery = Schemas['AdminDeliveryDto'];
export type ApiKey = Schemas['ApiKeyDto'];
export type IssuedKey = Schemas['IssuedKeyDto'];
export type AdminSource = Schemas['AdminSourceDto'];
export type AdminBulletin = Schemas['AdminBulletinDto'];
export type AdminBulletinDetail = Schemas['AdminBulletinDetailDto'];
export type DayStats = Schemas['DayStatsDto'];
export type QueueDepth = Schemas['QueueDepthDto'];
export type AdminStats = Schemas['AdminStatsDto'];

/** Members' 不相关 marks over the matches of a window: marks / matches; rate null without matches. */
export type NoiseRate = Pick<Schemas['NoiseStatsDto'], 'matches' | 'marks' | 'rate'>;

/** GET /v1/admin/stats/noise */
export type NoiseStats = Schemas['NoiseStatsDto'];

export type AuditEntry = Schemas['AuditLogDto'];
export type WhyReport = Schemas['WhyReportDto'];
