import { Injectable } from '@nestjs/common';
import { DomainError, Member } from '@app/domain';
import { MembersRepository, RefreshTokensService } from '@app/domain/members';
import { AccessTokenService } from './access-token.service';
import type { SessionDto } from './dto/session.dto';

/** Access + refresh token pairs: issued at sign-in, rotated on refresh. */
@Injectable()
export class SessionService {
  constructor(
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly members: MembersRepository,
  ) {}

  async issue(member: Member): Promise<SessionDto> {
    const [accessToken, refresh] = await Promise.all([this.accessTokens.sign(member), this.refreshTokens.issue(member.id)]);
    return {
      tokenType: 'Bearer',
      accessToken,
      expiresIn: this.accessTokens.ttlSeconds,
      refreshToken: refresh.token,
      refreshExpiresAt: refresh.expiresAt,
      member: { id: member.id, email: member.email, role: member.role },
    };
  }

  async refresh(refreshToken: string): Promise<SessionDto> {
    const { memberId, next } = await this.refreshTokens.rotate(refreshToken);
    const member = await this.members.findById(memberId);
    if (!member || member.status !== 'active') {
      await this.refreshTokens.revoke(next.token);
      throw new DomainError('unauthorized', 'refresh_token_invalid', 'Refresh token is invalid or expired');
    }
    return {
      tokenType: 'Bearer',
      accessToken: await this.accessTokens.sign(member),
      expiresIn: this.accessTokens.ttlSeconds,
      refreshToken: next.token,
      refreshExpiresAt: next.expiresAt,
      member: { id: member.id, email: member.email, role: member.role },
    };
  }

  logout(refreshToken: string): Promise<void> {
    return this.refreshTokens.revoke(refreshToken);
  }

  logoutEverywhere(memberId: string): Promise<void> {
    return this.refreshTokens.endAllSessions(memberId);
  }
}
