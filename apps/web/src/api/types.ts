// The shapes of the public API (/v1, see /docs). Dates arrive as ISO strings.

export type Role = 'member' | 'admin';
export type Channel = 'email' | 'sms' | 'wechat' | 'webhook' | 'robot';
export type Frequency = 'instant' | 'daily' | 'weekly';
export type Scope = 'title' | 'title_body';
export type Category = 'tender' | 'award' | 'change' | 'intent' | 'proposed' | 'news' | 'other';

export const CATEGORIES: Category[] = ['tender', 'award', 'change', 'intent', 'proposed', 'news', 'other'];

export interface SessionMember {
  id: string;
  email: string;
  role: Role;
}

export interface Session {
  tokenType: 'Bearer';
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: string;
  member: SessionMember;
}

export interface Profile {
  id: string;
  email: string;
  emailVerifiedAt: string | null;
  role: Role;
  plan: 'free' | 'pro';
  limits: { subscriptions: number; keywords: number };
  displayName: string | null;
  company: string | null;
  phone: string | null;
  phoneVerifiedAt: string | null;
  timezone: string;
  digestHour: number;
  digestWeekday: number;
  quietStart: string;
  quietEnd: string;
  emailEnabled: boolean;
  smsEnabled: boolean;
  consentAt: string | null;
  createdAt: string;
}

export interface ProfileUpdate {
  displayName?: string | null;
  company?: string | null;
  phone?: string | null;
  timezone?: string;
  digestHour?: number;
  digestWeekday?: number;
  quietStart?: string;
  quietEnd?: string;
  emailEnabled?: boolean;
  smsEnabled?: boolean;
  consentToAlerts?: boolean;
}

/** What a subscription filters on; the preview takes this alone. */
export interface FilterInput {
  keywords: string[];
  excludeWords: string[];
  scope: Scope;
  regions: string[];
  categories: Category[];
  budgetMin: number | null;
  budgetMax: number | null;
  requireBudget: boolean;
}

export interface SubscriptionInput extends FilterInput {
  name: string;
  channels: Channel[];
  frequency: Frequency;
}

export interface Subscription extends SubscriptionInput {
  id: string;
  paused: boolean;
  pausedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A row of GET /v1/subscriptions: the subscription and what it caught in the last 7 days. */
export interface SubscriptionListItem extends Subscription {
  matchesLast7Days: number;
}

export interface RegionRefDto {
  code: string;
  name: string;
  fullName: string;
}

export interface BulletinSummary {
  id: string;
  title: string;
  url: string | null;
  category: Category;
  region: RegionRefDto | null;
  publishedAt: string | null;
  budgetYuan: number | null;
  buyer: string | null;
  deadlineAt: string | null;
  withdrawn: boolean;
}

export interface PreviewResult {
  total: number;
  days: number;
  items: Array<{ bulletin: BulletinSummary; hits: string[] }>;
}

export interface SubscriptionRef {
  id: string;
  name: string;
}

export interface Match {
  id: string;
  subscription: SubscriptionRef;
  hits: string[];
  matchedAt: string;
  bulletin: BulletinSummary;
}

export interface MatchesPage {
  items: Match[];
  nextCursor: string | null;
}

export interface Bulletin extends BulletinSummary {
  body: string;
  regionText: string | null;
  agency: string | null;
  projectCode: string | null;
  ingestedAt: string;
  matches: Array<{ subscription: SubscriptionRef; hits: string[]; matchedAt: string }>;
}

export interface Region {
  code: string;
  name: string;
  level: 'province' | 'city' | 'district';
  parentCode: string | null;
  fullName: string;
}

export interface RegionDetail extends Region {
  parents: Region[];
  children: Region[];
}

/** The API's one error shape. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: Array<{ field: string; message: string }>;
  requestId?: string;
}

/** GET /v1/me/deliveries: one alert or digest the member was sent. */
export interface MemberDelivery {
  id: string;
  channel: Channel;
  kind: 'instant' | 'daily' | 'weekly';
  status: string;
  subject: string | null;
  bulletins: number;
  createdAt: string;
  sentAt: string | null;
}
