// The shapes of the public API (/v1, see /docs), taken from the types generated from its OpenAPI
// document (schema.d.ts, `npm run api:types`): when a DTO changes, the web build says where.
// Dates arrive as ISO strings.
import type { components } from './schema';

type Schemas = components['schemas'];

export type Role = Schemas['SessionMemberDto']['role'];
export type Channel = Schemas['SubscriptionDto']['channels'][number];
export type Frequency = Schemas['SubscriptionDto']['frequency'];
export type Scope = Schemas['SubscriptionDto']['scope'];
export type Category = Schemas['BulletinSummaryDto']['category'];

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

/** A subscription as the editor sends it: every field, though the API defaults the missing ones. */
export type SubscriptionInput = Required<Schemas['CreateSubscriptionDto']>;

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

export type Subscription = Schemas['SubscriptionDto'];

/** A row of GET /v1/subscriptions: the subscription and what it caught in the last 7 days. */
export type SubscriptionListItem = Schemas['SubscriptionListItemDto'];

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

/** Where a keyword hit: the title, the opening lines, the body, the qualification requirements, or boilerplate. */
export type HitPlace = 'title' | 'opening' | 'body' | 'qualification' | 'boilerplate';

export interface Match {
  id: string;
  subscription: SubscriptionRef;
  hits: string[];
  /** Strongest first; [] for matches recorded before hit places. */
  hitPlaces: HitPlace[];
  /** Body sentence of the strongest hit outside the title; null when all hits are in the title. */
  hitSentence: string | null;
  /** Relevance 0-100; null for old matches. */
  score: number | null;
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
export type ErrorBody = Schemas['ApiErrorDto'];

/** GET /v1/me/deliveries: one alert or digest the member was sent. */
export type MemberDelivery = Schemas['MemberDeliveryDto'];
