import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DomainError } from '../shared/domain.errors';
import { MembersRepository } from './members.repository';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokensRepository } from './refresh-tokens.repository';

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

/** Only a SHA-256 of a refresh token is stored; 256 random bits need no slow hash. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Opaque refresh tokens: issued at login, rotated on every use, revoked on logout. */
@Injectable()
export class RefreshTokensService {
  private readonly logger = new Logger(RefreshTokensService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: RefreshTokensRepository,
    private readonly members: MembersRepository,
  ) {}

  issue(memberId: string): Promise<IssuedRefreshToken> {
    return this.create(memberId, randomUUID());
  }

  /**
   * Spends the token and issues its successor. A token that was already spent means someone else
   * holds a copy: every session of the member ends (refresh tokens revoked, access tokens
   * invalidated through the token version).
   */
  async rotate(token: string): Promise<{ memberId: string; next: IssuedRefreshToken }> {
    const hash = hashRefreshToken(token);
    const known = await this.tokens.findByHash(hash);
    if (!known || known.revokedAt || known.expiresAt.getTime() <= Date.now()) return this.reject(known);
    // The successor exists before the token is spent, so a reuse detected in parallel revokes it too.
    const successorId = randomUUID();
    const next = await this.create(known.memberId, successorId);
    if (await this.tokens.consume(hash, successorId)) return { memberId: known.memberId, next };
    // Another request spent it first.
    await this.tokens.delete(successorId);
    return this.reject(await this.tokens.findByHash(hash));
  }

  private async reject(known: RefreshToken | null): Promise<never> {
    // Only a token spent on a refresh counts as reuse; one revoked by logout is merely invalid.
    if (known?.replacedById) {
      await this.endAllSessions(known.memberId);
      this.logger.warn({ memberId: known.memberId }, 'refresh token reused: all sessions revoked');
      throw new DomainError(
        'unauthorized',
        'refresh_token_reused',
        'This refresh token was already used; all sessions have been signed out',
      );
    }
    throw new DomainError('unauthorized', 'refresh_token_invalid', 'Refresh token is invalid or expired');
  }

  /** Logout: idempotent, and silent about tokens it does not know. */
  async revoke(token: string): Promise<void> {
    await this.tokens.revokeByHash(hashRefreshToken(token));
  }

  private async create(memberId: string, id: string): Promise<IssuedRefreshToken> {
    const token = `rt_${randomBytes(32).toString('base64url')}`;
    const expiresAt = new Date(Date.now() + this.config.auth.refreshTtlSeconds * 1000);
    await this.tokens.insert(id, memberId, hashRefreshToken(token), expiresAt);
    return { token, expiresAt };
  }

  async endAllSessions(memberId: string): Promise<void> {
    await this.tokens.revokeAllOf(memberId);
    await this.members.bumpTokenVersion(memberId);
  }
}
