import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUUID } from 'class-validator';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DomainError, type MemberRole } from '@app/domain';

/** Pinned on sign and verify: a token with any other `alg` (none, HS512, RS256…) is rejected. */
export const ACCESS_TOKEN_ALGORITHM = 'HS256';
const ISSUER = 'tender-alerts';
const AUDIENCE = 'tender-alerts-api';

export interface AccessClaims {
  /** Member id. */
  sub: string;
  role: MemberRole;
  /** The member's token version when signed; a newer version in the database voids the token. */
  ver: number;
}

/** Short-lived JWT access tokens for members and admins. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.auth.accessTtlSeconds;
  }

  sign(member: { id: string; role: MemberRole; tokenVersion: number }): Promise<string> {
    return this.jwt.signAsync(
      { role: member.role, ver: member.tokenVersion },
      {
        subject: member.id,
        algorithm: ACCESS_TOKEN_ALGORITHM,
        secret: this.config.auth.jwtSecret,
        expiresIn: this.ttlSeconds,
        issuer: ISSUER,
        audience: AUDIENCE,
      },
    );
  }

  /** The claims of a genuine, unexpired token; a 401 DomainError otherwise. */
  async verify(token: string): Promise<AccessClaims> {
    let claims: Partial<AccessClaims>;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token, {
        algorithms: [ACCESS_TOKEN_ALGORITHM],
        secret: this.config.auth.jwtSecret,
        issuer: ISSUER,
        audience: AUDIENCE,
      });
    } catch (e) {
      if ((e as Error).name === 'TokenExpiredError')
        throw new DomainError('unauthorized', 'token_expired', 'Access token has expired; refresh it');
      throw new DomainError('unauthorized', 'token_invalid', 'Access token is invalid');
    }
    // Only we sign, but a leaked or misused secret must not turn into a 500 from a uuid column.
    if (typeof claims.sub !== 'string' || !isUUID(claims.sub) || !Number.isInteger(claims.ver))
      throw new DomainError('unauthorized', 'token_invalid', 'Access token is invalid');
    return claims as AccessClaims;
  }
}
