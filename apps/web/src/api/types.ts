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

export type SessionMember = Schemas['SessionMemberDto'];
export type Session = Schemas['SessionDto'];
export type Profile = Schemas['ProfileDto'];
export type ProfileUpdate = Schemas['UpdateProfileDto'];

/** A subscription as the editor sends it: every field, though the API defaults the missing ones. */
export type SubscriptionInput = Required<Schemas['CreateSubscriptionDto']>;

/** What a subscription filters on; the preview takes this alone. */
export type FilterInput = Omit<SubscriptionInput, 'name' | 'channels' | 'frequency'>;

export type Subscription = Schemas['SubscriptionDto'];

/** A row of GET /v1/subscriptions: the subscription and what it caught in the last 7 days. */
export type SubscriptionListItem = Schemas['SubscriptionListItemDto'];

export type RegionRefDto = Schemas['RegionRefDto'];
export type BulletinSummary = Schemas['BulletinSummaryDto'];
export type PreviewResult = Schemas['PreviewResultDto'];
export type SubscriptionRef = Schemas['SubscriptionRefDto'];
export type Match = Schemas['MatchDto'];
export type MatchesPage = Schemas['MatchesPageDto'];
export type Bulletin = Schemas['BulletinDto'];
export type Region = Schemas['RegionDto'];
export type RegionDetail = Schemas['RegionDetailDto'];

/** The API's one error shape. */
export type ErrorBody = Schemas['ApiErrorDto'];

/** GET /v1/me/deliveries: one alert or digest the member was sent. */
export type MemberDelivery = Schemas['MemberDeliveryDto'];
