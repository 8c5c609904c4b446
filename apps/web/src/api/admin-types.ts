// The admin API's shapes (/v1/admin/*, admin role only).
import type { Category, RegionRefDto, Stage, Subscription } from './types';

type Schemas = components['schemas'];

/** Every admin list answers a page of this shape. */
export type AdminPage<T> = Omit<Schemas['MembersPageDto'], 'items'> & { items: T[] };

export type DeliveryStatus = Schemas['AdminDeliveryDto']['status'];
export const DELIVERY_STATUSES: DeliveryStatus[] = ['failed', 'bounced', 'unknown', 'held', 'pending', 'sending', 'sent'];
export const RETRYABLE: DeliveryStatus[] = ['failed', 'bounced', 'unknown'];

export interface AdminMember {
  id: string;
  email: string;
  displayName: string | null;
  company: string | null;
  phone: string | null;
  phoneVerifiedAt: string | null;
  role: 'member' | 'admin';
  plan: 'free' | 'pro';
  status: 'active' | 'suspended';
  emailVerifiedAt: string | null;
  emailEnabled: boolean;
  emailBouncedAt: string | null;
  smsEnabled: boolean;
  timezone: string;
  createdAt: string;
  updatedAt: string;
  subscriptionCount: number;
}

export interface RecentDelivery {
  id: string;
  channel: 'email' | 'sms' | 'wechat' | 'webhook' | 'robot';
  kind: 'instant' | 'daily' | 'weekly';
  status: DeliveryStatus;
  attempts: number;
  subject: string | null;
  error: string | null;
  sentAt: string | null;
  createdAt: string;
  bulletinCount: number;
}

export interface AdminSubscription extends Subscription {
  memberId: string;
  memberEmail: string;
  memberStatus: string;
}

export interface AdminMemberDetail extends AdminMember {
  subscriptions: AdminSubscription[];
  recentDeliveries: RecentDelivery[];
}

export interface AdminDelivery extends RecentDelivery {
  memberId: string;
  memberEmail: string;
  providerMessageId: string | null;
  dueAt: string;
  updatedAt: string;
}

export interface ApiKey {
  id: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface IssuedKey extends ApiKey {
  apiKey: string;
}

export interface AdminSource {
  id: string;
  name: string;
  createdAt: string;
  lastSeenAt: string | null;
  lastIngestedAt: string | null;
  bulletinsTotal: number;
  bulletinsLast24h: number;
  keys: ApiKey[];
}

export interface AdminBulletin {
  id: string;
  title: string;
  url: string | null;
  category: Category;
  stage: Stage | null;
  stageLabel: string | null;
  region: RegionRefDto | null;
  regionText: string | null;
  publishedAt: string | null;
  budgetYuan: number | null;
  buyer: string | null;
  agency: string | null;
  winners: string[];
  awardYuan: number | null;
  projectCode: string | null;
  deadlineAt: string | null;
  withdrawnAt: string | null;
  sourceId: string;
  sourceName: string;
  sourceRef: string;
  canonicalId: string | null;
  ingestedAt: string;
  matchedAt: string | null;
}

export interface AdminBulletinDetail extends AdminBulletin {
  body: string;
  version: number;
  matchCount: number;
  notificationCount: number;
  notificationsByStatus: Record<string, number>;
  duplicateIds: string[];
}

export interface DayStats {
  date: string;
  bulletins: number;
  matches: number;
  deliveries: Record<string, Record<string, number>>;
}

export interface QueueDepth {
  name: string;
  waiting: number;
  active: number;
  delayed: number;
  prioritized: number;
  failed: number;
}

export interface AdminStats {
  timezone: string;
  days: DayStats[];
  totals: { members: Record<string, number>; activeSubscriptions: number; bouncedMembers: number; bouncedDeliveries: number; unsubscribedMembers: number };
  queues: QueueDepth[];
}

export interface NoiseRate {
  matches: number;
  marks: number;
  /** marks / matches; null without matches. */
  rate: number | null;
}

/** GET /v1/admin/stats/noise: members' 不相关 marks over the matches of a window. */
export interface NoiseStats extends NoiseRate {
  days: number;
  since: string;
  bySource: Record<string, number>;
  subscriptions: Array<NoiseRate & { id: string; name: string; memberId: string; memberEmail: string }>;
  terms: Array<NoiseRate & { term: string }>;
}

export interface AuditEntry {
  id: string;
  actorId: string;
  actorEmail: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  createdAt: string;
}

export interface WhyReport {
  bulletin: Record<string, unknown>;
  member: Record<string, unknown>;
  results: Array<{ subscription: { id: string; name: string; memberId: string }; explanation: Record<string, unknown>; outcome: Record<string, unknown> }>;
}
