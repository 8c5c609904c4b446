// The shapes of the public API (/v1, see /docs). Dates arrive as ISO strings.

export type Role = 'member' | 'admin';
export type Channel = 'email' | 'sms';
export type Frequency = 'instant' | 'daily' | 'weekly';
export type Scope = 'title' | 'title_body';
export type Category = 'tender' | 'award' | 'change' | 'intent' | 'proposed' | 'news' | 'other';

export const CATEGORIES: Category[] = ['tender', 'award', 'change', 'intent', 'proposed', 'news', 'other'];

/** Finer kinds of notice (the API's BULLETIN_STAGES, same order); lib/stages.ts groups and names them. */
export const STAGES = [
  'procurement_intent', 'tender_plan', 'pre_announcement', 'prequalification', 'invitation', 'correction', 'clarification',
  'extension', 'method_change', 'candidates', 'result', 'termination', 'bid_opening', 'price_cap', 'contract', 'acceptance',
  'project_approval', 'feasibility_approval', 'ratification', 'filing', 'eia', 'construction_start', 'signing', 'completion', 'progress',
] as const;
export type Stage = (typeof STAGES)[number];

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
  /** Stages caught besides whole categories; both [] = every kind. */
  stages: Stage[];
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
  stage: Stage | null;
  /** The stage as members read it (更正, 中标/成交结果 …). */
  stageLabel: string | null;
  region: RegionRefDto | null;
  publishedAt: string | null;
  budgetYuan: number | null;
  buyer: string | null;
  agency: string | null;
  winners: string[];
  /** 中标/成交金额 in yuan. */
  awardYuan: number | null;
  projectCode: string | null;
  /** Its project: GET /v1/projects/:id. */
  projectId: string | null;
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
  /** The member marked it 不相关. */
  notRelevant: boolean;
  bulletin: BulletinSummary;
}

/** POST /v1/matches/:id/not-relevant */
export interface NotRelevantMark {
  matchId: string;
  notRelevant: true;
  markedAt: string;
  terms: string[];
  reason: string | null;
  created: boolean;
}

/** One place a keyword part hit: the sentence, where the hit sits in it, the word around it. */
export interface HitContext {
  place: 'title' | 'body';
  sentence: string;
  start: number;
  end: number;
  word: string;
  insideLongerWord: boolean;
}

/** GET /v1/matches/:id/why */
export interface MatchWhy {
  matchId: string;
  markedAt: string | null;
  subscription: { id: string; name: string; scope: Scope; keywords: string[]; excludeWords: string[] };
  bulletin: { id: string; title: string };
  hits: string[];
  entries: Array<{ entry: string; parts: Array<{ term: string; inTitle: boolean; inBody: boolean; counted: boolean; contexts: HitContext[] }> }>;
  keywordless: boolean;
  stillMatches: boolean;
}

export type FixKind = 'exclude_word' | 'title_only' | 'drop_keyword';

export interface SuggestedFix {
  kind: FixKind;
  term: string | null;
  origin: 'hit_word' | 'title_word' | null;
  /** Send as PATCH /v1/subscriptions/:id to apply. */
  patch: Partial<Pick<FilterInput, 'keywords' | 'excludeWords' | 'scope'>>;
  removes: number;
  of: number;
  removesMarked: number;
}

/** GET /v1/matches/:id/fixes */
export interface MatchFixes {
  matchId: string;
  subscriptionId: string;
  days: number;
  matches: number;
  fixes: SuggestedFix[];
}

export interface MatchesPage {
  items: Match[];
  nextCursor: string | null;
}

export interface Bulletin extends BulletinSummary {
  body: string;
  regionText: string | null;
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
  channel: 'email' | 'sms';
  kind: 'instant' | 'daily' | 'weekly';
  status: string;
  subject: string | null;
  bulletins: number;
  createdAt: string;
  sentAt: string | null;
}

export interface ProjectNotice {
  bulletinId: string;
  title: string;
  category: Category;
  stage: Stage | null;
  stageLabel: string | null;
  publishedAt: string | null;
  source: string;
  url: string | null;
  deadlineAt: string | null;
  winners: string[];
  awardYuan: number | null;
}

export interface Project {
  id: string;
  key: string;
  name: string;
  buyer: string | null;
  projectCode: string | null;
  category: Category;
  stage: Stage | null;
  stageLabel: string | null;
  deadlineAt: string | null;
  budgetYuan: number | null;
  winners: string[];
  awardYuan: number | null;
  firstSeenAt: string;
  lastSeenAt: string;
  timeline: ProjectNotice[];
}

export interface Follow {
  projectId: string;
  name: string;
  stageLabel: string | null;
  deadlineAt: string | null;
  channels: Array<'email' | 'sms'>;
  reminderOffsetsHours: number[];
  followedAt: string;
}

export interface HeldBackItem {
  reason: 'quiet_hours' | 'sms_daily_cap' | 'rate_limited' | 'unknown_delivery' | 'duplicate' | 'suppressed';
  reasonLabel: string;
  channel: 'email' | 'sms' | null;
  until: string | null;
  bulletin: { id: string; title: string; url: string | null; source: string };
  sameAsBulletinId: string | null;
  at: string;
}
