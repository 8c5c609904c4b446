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
export type Stage = NonNullable<Schemas['BulletinSummaryDto']['stage']>;
export const STAGES = [
  'procurement_intent',
  'tender_plan',
  'pre_announcement',
  'prequalification',
  'invitation',
  'correction',
  'clarification',
  'extension',
  'method_change',
  'candidates',
  'result',
  'termination',
  'bid_opening',
  'price_cap',
  'contract',
  'acceptance',
  'project_approval',
  'feasibility_approval',
  'ratification',
  'filing',
  'eia',
  'construction_start',
  'signing',
  'completion',
  'progress',
] as const satisfies readonly Stage[];

export type SessionMember = Schemas['SessionMemberDto'];
export type Session = Schemas['SessionDto'];
export type Profile = Schemas['ProfileDto'];
export type ProfileUpdate = Schemas['UpdateProfileDto'];

/** A subscription as the editor sends it: every field, though the API defaults the missing ones. */
export type SubscriptionInput = Required<Schemas['CreateSubscriptionDto']>;

/** What a subscription filters on; the preview takes this alone. Stages are caught besides whole categories; both [] = every kind. */
export type FilterInput = Omit<SubscriptionInput, 'name' | 'channels' | 'frequency' | 'includeExpired'>;

export type Subscription = Schemas['SubscriptionDto'];

/** A row of GET /v1/subscriptions: the subscription and what it caught in the last 7 days. */
export type SubscriptionListItem = Schemas['SubscriptionListItemDto'];

export type RegionRefDto = Schemas['RegionRefDto'];
export type BulletinSummary = Schemas['BulletinSummaryDto'];
export type PreviewResult = Schemas['PreviewResultDto'];
export type SubscriptionRef = Schemas['SubscriptionRefDto'];

/** Where a keyword hit: the title, the opening lines, the body, the qualification requirements, or boilerplate. */
export type HitPlace = Schemas['MatchDto']['hitPlaces'][number];
export type HitDetail = Schemas['HitDetailDto'];

export type Match = Schemas['MatchDto'];
export type MatchesPage = Schemas['MatchesPageDto'];

/** POST /v1/matches/:id/not-relevant */
export type NotRelevantMark = Schemas['NotRelevantMarkDto'];

/** One place a keyword part hit: the sentence, where the hit sits in it, the word around it. */
export type HitContext = Schemas['HitContextDto'];

/** GET /v1/matches/:id/why */
export type MatchWhy = Schemas['MatchWhyDto'];

export type SuggestedFix = Schemas['SuggestedFixDto'];
export type FixKind = SuggestedFix['kind'];

/** GET /v1/matches/:id/fixes */
export type MatchFixes = Schemas['MatchFixesDto'];

export type Bulletin = Schemas['BulletinDto'];
export type Region = Schemas['RegionDto'];
export type RegionDetail = Schemas['RegionDetailDto'];

/** The API's one error shape. */
export type ErrorBody = Schemas['ApiErrorDto'];

/** GET /v1/me/deliveries: one alert or digest the member was sent. */
export type MemberDelivery = Schemas['MemberDeliveryDto'];

export type Project = Schemas['ProjectDto'];
export type ProjectNotice = Schemas['ProjectNoticeDto'];
export type Follow = Schemas['FollowDto'];
export type HeldBackItem = Schemas['HeldBackItemDto'];

/** A webhook or chat-robot endpoint as its owner sees it (never the secret). */
export type Webhook = Schemas['WebhookDto'];
export type WebhookKind = Webhook['kind'];
export type CreatedWebhook = Schemas['CreatedWebhookDto'];
export type WebhookInput = Schemas['CreateWebhookDto'];
export type WebhookDelivery = Schemas['WebhookDeliveryDto'];
export type RotatedSecret = Schemas['RotatedSecretDto'];
export type WechatQr = Schemas['WechatQrDto'];
/** GET /v1/me/wechat (the API declares no DTO for it). */
export interface WechatStatus {
  configured: boolean;
  bound: boolean;
  boundAt: string | null;
}

export type Watch = Schemas['WatchDto'];
export type WatchInput = Pick<Schemas['WatchInputDto'], 'name'> & Partial<Schemas['WatchInputDto']>;
export type PartyRole = NonNullable<WatchInput['role']>;
export type PartySuggestion = Schemas['PartySuggestionDto'];
