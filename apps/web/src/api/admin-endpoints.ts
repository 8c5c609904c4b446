import type {
  AdminBulletin,
  AdminBulletinDetail,
  AdminDelivery,
  AdminMember,
  AdminMemberDetail,
  AdminPage,
  AdminSource,
  AdminStats,
  AdminSubscription,
  ApiKey,
  AuditEntry,
  IssuedKey,
  NoiseStats,
  WhyReport,
} from './admin-types';
import { http } from './http';

const id = (v: string) => encodeURIComponent(v);
type Paged = { page?: number; pageSize?: number };

export const adminApi = {
  members: (q: Paged & { q?: string; status?: string; plan?: string; role?: string }) =>
    http.get<AdminPage<AdminMember>>('/v1/admin/members', q),
  member: (memberId: string) => http.get<AdminMemberDetail>(`/v1/admin/members/${id(memberId)}`),
  suspend: (memberId: string) => http.post<AdminMember>(`/v1/admin/members/${id(memberId)}/suspend`),
  reactivate: (memberId: string) => http.post<AdminMember>(`/v1/admin/members/${id(memberId)}/reactivate`),
  setPlan: (memberId: string, plan: string) =>
    http.request<AdminMember>('PUT', `/v1/admin/members/${id(memberId)}/plan`, { body: { plan } }),
  sendPasswordReset: (memberId: string) => http.post<{ message: string }>(`/v1/admin/members/${id(memberId)}/password-reset`),

  subscriptions: (q: Paged & { q?: string; email?: string; memberId?: string; paused?: string; frequency?: string; channel?: string }) =>
    http.get<AdminPage<AdminSubscription>>('/v1/admin/subscriptions', q),
  pauseSubscription: (subId: string) => http.post<AdminSubscription>(`/v1/admin/subscriptions/${id(subId)}/pause`),
  resumeSubscription: (subId: string) => http.post<AdminSubscription>(`/v1/admin/subscriptions/${id(subId)}/resume`),

  why: (q: { bulletinId: string; subscriptionId?: string; memberId?: string }) => http.get<WhyReport>('/v1/admin/why', q),

  sources: () => http.get<AdminSource[]>('/v1/admin/sources'),
  createSource: (name: string) => http.post<{ source: AdminSource; key: IssuedKey }>('/v1/admin/sources', { name }),
  issueKey: (sourceId: string) => http.post<IssuedKey>(`/v1/admin/sources/${id(sourceId)}/keys`),
  revokeKey: (sourceId: string, keyId: string) => http.post<ApiKey>(`/v1/admin/sources/${id(sourceId)}/keys/${id(keyId)}/revoke`),

  bulletins: (q: Paged & { q?: string; category?: string; stage?: string; party?: string; withdrawn?: string; region?: string }) =>
    http.get<AdminPage<AdminBulletin>>('/v1/admin/bulletins', q),
  bulletin: (bulletinId: string) => http.get<AdminBulletinDetail>(`/v1/admin/bulletins/${id(bulletinId)}`),
  withdraw: (bulletinId: string) =>
    http.post<{ withdrawnAt: string; suppressedNotifications: number }>(`/v1/admin/bulletins/${id(bulletinId)}/withdraw`),

  deliveries: (q: Paged & { status?: string; channel?: string; kind?: string; memberId?: string }) =>
    http.get<AdminPage<AdminDelivery>>('/v1/admin/deliveries', q),
  retryDelivery: (deliveryId: string) =>
    http.post<{ id: string; attempts: number; jobId: string }>(`/v1/admin/deliveries/${id(deliveryId)}/retry`),
  retryDeliveries: (filter: { status?: string; channel?: string; memberId?: string }) =>
    http.post<{ retried: number }>('/v1/admin/deliveries/retry', filter),

  stats: (days: number) => http.get<AdminStats>('/v1/admin/stats', { days, timezone: 'Asia/Shanghai' }),
  noise: (days: number) => http.get<NoiseStats>('/v1/admin/stats/noise', { days, top: 20 }),
  audit: (q: Paged & { actor?: string; action?: string; targetType?: string; targetId?: string }) =>
    http.get<AdminPage<AuditEntry>>('/v1/admin/audit', q),
  openQueues: () => http.post<{ url: string; expiresAt: string }>('/v1/admin/queues/session'),
};
