import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { signToken, verifyToken } from '@app/domain';
import { MembersRepository } from '@app/domain/members';
import type { AuthenticatedMember } from '../../auth/authenticated-member';

export const DASHBOARD_COOKIE = 'ta_admin_queues';
const PURPOSE = 'admin-queues';

/**
 * The queue dashboard's own requests (HTML, assets, its JSON API) cannot carry a bearer token, so
 * an admin trades theirs for a short-lived signed cookie scoped to the dashboard's path. Like the
 * JWT guard, every request re-reads the member: suspension, demotion or "sign out everywhere"
 * (token version) ends the dashboard session at once.
 */
@Injectable()
export class QueueDashboardSessions {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly members: MembersRepository,
  ) {}

  get ttlSeconds(): number {
    return this.config.auth.accessTtlSeconds;
  }

  /** Secure cookies need https; a plain-http development URL gets them without the flag. */
  get secure(): boolean {
    return this.config.http.publicUrl.startsWith('https://');
  }

  async issue(memberId: string): Promise<{ token: string; expiresAt: Date }> {
    const state = await this.members.authState(memberId);
    const token = signToken(PURPOSE, { m: memberId, v: state?.tokenVersion ?? -1 }, this.config.auth.jwtSecret, this.ttlSeconds);
    return { token, expiresAt: new Date(Date.now() + this.ttlSeconds * 1000) };
  }

  /** The admin behind a cookie; `forbidden` for a genuine cookie of someone who is no longer an admin. */
  async verify(token: string | undefined): Promise<AuthenticatedMember | 'invalid' | 'forbidden'> {
    const claims = token ? verifyToken<{ m: string; v: number }>(PURPOSE, token, this.config.auth.jwtSecret) : null;
    if (!claims) return 'invalid';
    const state = await this.members.authState(claims.m);
    if (!state || state.status !== 'active' || state.tokenVersion !== claims.v) return 'invalid';
    if (state.role !== 'admin') return 'forbidden';
    return { id: state.id, role: state.role };
  }
}

/** One cookie's value from a Cookie header (no cookie-parser needed for one name). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
