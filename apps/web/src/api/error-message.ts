import { t } from '../i18n/zh-CN';
import { ApiError } from './api-error';

const BY_CODE: Record<string, string> = {
  invalid_credentials: t.errors.invalidCredentials,
  email_not_verified: t.errors.emailNotVerified,
  account_suspended: t.errors.accountSuspended,
  login_locked: t.errors.loginLocked,
  link_invalid: t.errors.linkInvalid,
  plan_subscription_limit: t.errors.planSubscriptionLimit,
  plan_follow_limit: t.errors.planFollowLimit,
  plan_watch_limit: t.errors.planWatchLimit,
  preview_too_broad: t.errors.previewTooBroad,
  password_wrong: t.errors.passwordWrong,
  code_expired: t.errors.codeWrong,
  code_cooldown: t.errors.codeCooldown,
  token_revoked: t.errors.sessionEnded,
  refresh_token_reused: t.errors.sessionEnded,
};

/**
 * What to tell the person about a failed call: what happened and what to do. `overrides` (by error
 * code or HTTP status) let a form say it in its own terms, e.g. a wrong SMS code.
 */
export function errorMessage(err: unknown, overrides: Record<string, string> = {}): string {
  if (!(err instanceof ApiError)) return t.errors.unknown;
  // A 429 says how long to wait (Retry-After); the message says it too.
  if (err.status === 429 && err.retryAfterSeconds)
    return `${describe(err, overrides).replace(/。$/, '')}${t.errors.retryIn(err.retryAfterSeconds)}。`;
  return describe(err, overrides);
}

function describe(err: ApiError, overrides: Record<string, string>): string {
  const own = overrides[err.code] ?? overrides[String(err.status)];
  if (own) return own;
  if (BY_CODE[err.code]) return BY_CODE[err.code];
  if (err.status === 0) return t.errors.network;
  if (err.status === 401) return t.errors.sessionEnded;
  if (err.status === 403) return t.errors.forbidden;
  if (err.status === 404) return t.errors.notFound;
  if (err.status === 429) return t.errors.rateLimited;
  if (err.status === 400 || err.status === 422) {
    if (err.fieldErrors.some((f) => f.field === 'channels' && /sms/.test(f.message))) return t.errors.smsNeedsPhone;
    return err.fieldErrors.length
      ? `${t.errors.invalidInput}（${err.fieldErrors.map((f) => `${f.field}: ${f.message}`).join('；')}）`
      : t.errors.invalidInput;
  }
  if (err.status >= 500) return t.errors.server(err.requestId);
  return t.errors.unknown;
}

/** Field → message from a 400, for marking the fields (`keywords.3` marks `keywords`). */
export function fieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const f of err.fieldErrors) out[f.field.split('.')[0]] ??= f.message;
  return out;
}
