import { http } from './http';
import type {
  Bulletin,
  FilterInput,
  Follow,
  HeldBackItem,
  PartySuggestion,
  Watch,
  WatchInput,
  Project,
  MatchesPage,
  MatchFixes,
  MatchWhy,
  NotRelevantMark,
  MemberDelivery,
  PreviewResult,
  Profile,
  ProfileUpdate,
  Region,
  RegionDetail,
  Session,
  Subscription,
  SubscriptionInput,
  SubscriptionListItem,
  CreatedWebhook,
  RotatedSecret,
  Webhook,
  WebhookDelivery,
  WebhookInput,
  WechatQr,
  WechatStatus,
} from './types';

const anon = { auth: false } as const;

export const authApi = {
  register: (email: string, password: string) => http.post<{ message: string }>('/v1/auth/register', { email, password }, anon),
  login: (email: string, password: string) => http.post<Session>('/v1/auth/login', { email, password }, anon),
  logout: (refreshToken: string) => http.post<void>('/v1/auth/logout', { refreshToken }, anon),
  logoutAll: () => http.post<void>('/v1/auth/logout-all'),
  resendVerification: (email: string) => http.post<{ message: string }>('/v1/auth/resend-verification', { email }, anon),
  verifyEmail: (token: string) => http.post<{ verified: true; email: string }>('/v1/auth/verify-email', { token }, anon),
  forgotPassword: (email: string) => http.post<{ message: string }>('/v1/auth/forgot-password', { email }, anon),
  resetPassword: (token: string, password: string) => http.post<void>('/v1/auth/reset-password', { token, password }, anon),
  changePassword: (currentPassword: string, newPassword: string) =>
    http.post<Session>('/v1/auth/change-password', { currentPassword, newPassword }),
};

export const meApi = {
  get: () => http.get<Profile>('/v1/me'),
  update: (patch: ProfileUpdate) => http.patch<Profile>('/v1/me', patch),
  remove: (password: string) => http.delete<void>('/v1/me', { password }),
  sendPhoneCode: () => http.post<{ phone: string; expiresIn: number }>('/v1/me/phone/code'),
  verifyPhone: (code: string) => http.post<{ verified: true }>('/v1/me/phone/verify', { code }),
  deliveries: () => http.get<MemberDelivery[]>('/v1/me/deliveries'),
};

export const subscriptionsApi = {
  list: () => http.get<SubscriptionListItem[]>('/v1/subscriptions'),
  get: (id: string) => http.get<Subscription>(`/v1/subscriptions/${encodeURIComponent(id)}`),
  create: (input: SubscriptionInput) => http.post<Subscription>('/v1/subscriptions', input),
  update: (id: string, input: Partial<SubscriptionInput>) => http.patch<Subscription>(`/v1/subscriptions/${encodeURIComponent(id)}`, input),
  remove: (id: string) => http.delete<void>(`/v1/subscriptions/${encodeURIComponent(id)}`),
  pause: (id: string) => http.post<Subscription>(`/v1/subscriptions/${encodeURIComponent(id)}/pause`),
  resume: (id: string) => http.post<Subscription>(`/v1/subscriptions/${encodeURIComponent(id)}/resume`),
  preview: (filter: FilterInput, days: number, signal?: AbortSignal) =>
    http.post<PreviewResult>('/v1/subscriptions/preview', filter, { query: { days }, signal }),
};

export const inboxApi = {
  matches: (q: { subscriptionId?: string; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    http.get<MatchesPage>('/v1/matches', { subscriptionId: q.subscriptionId, cursor: q.cursor, limit: q.limit ?? 20 }, signal),
  bulletin: (id: string) => http.get<Bulletin>(`/v1/bulletins/${encodeURIComponent(id)}`),
  markNotRelevant: (matchId: string, reason?: string) =>
    http.post<NotRelevantMark>(`/v1/matches/${encodeURIComponent(matchId)}/not-relevant`, reason ? { reason } : {}),
  unmarkNotRelevant: (matchId: string) => http.delete<void>(`/v1/matches/${encodeURIComponent(matchId)}/not-relevant`),
  why: (matchId: string, signal?: AbortSignal) => http.get<MatchWhy>(`/v1/matches/${encodeURIComponent(matchId)}/why`, undefined, signal),
  fixes: (matchId: string, signal?: AbortSignal) =>
    http.get<MatchFixes>(`/v1/matches/${encodeURIComponent(matchId)}/fixes`, undefined, signal),
  heldBack: () => http.get<HeldBackItem[]>('/v1/me/held-back'),
};

export const regionsApi = {
  search: (q: string, signal?: AbortSignal) => http.get<Region[]>('/v1/regions', { q, limit: 12 }, signal),
  get: (code: string) => http.get<RegionDetail>(`/v1/regions/${encodeURIComponent(code)}`),
};

export const projectsApi = {
  get: (id: string) => http.get<Project>(`/v1/projects/${encodeURIComponent(id)}`),
  follow: (id: string) => http.post<Follow>(`/v1/projects/${encodeURIComponent(id)}/follow`, {}),
  unfollow: (id: string) => http.delete<void>(`/v1/projects/${encodeURIComponent(id)}/follow`),
  follows: () => http.get<Follow[]>('/v1/me/follows'),
};

const hook = (id: string) => `/v1/webhooks/${encodeURIComponent(id)}`;

export const webhooksApi = {
  list: () => http.get<Webhook[]>('/v1/webhooks'),
  create: (input: WebhookInput) => http.post<CreatedWebhook>('/v1/webhooks', input),
  setEnabled: (id: string, enabled: boolean) => http.patch<Webhook>(hook(id), { enabled }),
  remove: (id: string) => http.delete<void>(hook(id)),
  rotateSecret: (id: string) => http.post<RotatedSecret>(`${hook(id)}/rotate-secret`),
  deliveries: (id: string) => http.get<WebhookDelivery[]>(`${hook(id)}/deliveries`, { limit: 20 }),
  replay: (id: string, deliveryId: string) =>
    http.post<{ id: string; status: 'pending' }>(`${hook(id)}/deliveries/${encodeURIComponent(deliveryId)}/replay`),
};

export const wechatApi = {
  status: () => http.get<WechatStatus>('/v1/me/wechat'),
  oauthLink: () => http.post<{ authorizeUrl: string; expiresInSeconds: number }>('/v1/me/wechat/bind'),
  qr: () => http.post<WechatQr>('/v1/me/wechat/qr'),
  unbind: () => http.delete<void>('/v1/me/wechat'),
};

export const feedsApi = {
  issue: (subscriptionId: string) => http.post<{ url: string }>(`/v1/subscriptions/${encodeURIComponent(subscriptionId)}/feed`),
  revoke: (subscriptionId: string) => http.delete<void>(`/v1/subscriptions/${encodeURIComponent(subscriptionId)}/feed`),
};

export const watchesApi = {
  list: () => http.get<Watch[]>('/v1/watches'),
  create: (input: WatchInput) => http.post<Watch>('/v1/watches', input),
  remove: (id: string) => http.delete<void>(`/v1/watches/${encodeURIComponent(id)}`),
  parties: (q: string, signal?: AbortSignal) => http.get<PartySuggestion[]>('/v1/parties', { q }, signal),
};
