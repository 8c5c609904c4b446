import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DomainError, NotFoundError, ValidationError } from '../shared/domain.errors';
import {
  emailVerificationToken,
  passwordFingerprint,
  passwordResetToken,
  readEmailVerificationToken,
  readPasswordResetToken,
} from './account-links';
import { Member } from './member.entity';
import { MembersRepository } from './members.repository';
import {
  hashPassword,
  passwordNeedsRehash,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  verifyDecoy,
  verifyPassword,
} from './password-hasher';
import { RefreshTokensService } from './refresh-tokens.service';

/** Emails are stored trimmed and lower-cased, so the unique index is case-insensitive. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function assertPasswordPolicy(password: string, field = 'password'): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    throw new ValidationError([{ field, message: `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters` }]);
  }
}

const invalidLink = () => new ValidationError([{ field: 'token', message: 'is invalid, already used or expired' }], 'link_invalid');

/** Credentials and account life cycle: register, verify, authenticate, reset, change, delete. */
@Injectable()
export class MemberAccountsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly members: MembersRepository,
    private readonly sessions: RefreshTokensService,
  ) {}

  /** `created: false` when the email already had an account (its password is left alone). */
  async register(email: string, password: string): Promise<{ member: Member; created: boolean }> {
    assertPasswordPolicy(password);
    const normalized = normalizeEmail(email);
    // Hash before looking: a taken email answers as slowly as a new one.
    const passwordHash = await hashPassword(password);
    const created = await this.members.insertIfNew({ email: normalized, passwordHash });
    if (created) return { member: created, created: true };
    const existing = await this.members.findByEmail(normalized);
    if (!existing) throw new Error(`member ${normalized} vanished during registration`);
    return { member: existing, created: false };
  }

  verificationToken(member: Pick<Member, 'id' | 'email'>): string {
    return emailVerificationToken(member, this.config.auth.linkSecret);
  }

  /** Idempotent: a second click on the link changes nothing. */
  async verifyEmail(token: string): Promise<Member> {
    const claim = readEmailVerificationToken(token, this.config.auth.linkSecret);
    const member = claim && (await this.members.findById(claim.memberId));
    if (!claim || !member || member.email !== claim.email) throw invalidLink();
    if (!member.emailVerifiedAt) {
      member.emailVerifiedAt = new Date();
      await this.members.update(member.id, { emailVerifiedAt: member.emailVerifiedAt });
    }
    return member;
  }

  /** The member behind these credentials, if they may sign in. */
  async authenticate(email: string, password: string): Promise<Member> {
    const member = await this.members.findByEmail(normalizeEmail(email));
    const ok = member ? await verifyPassword(member.passwordHash, password) : await verifyDecoy(password);
    if (!member || !ok) throw new DomainError('unauthorized', 'invalid_credentials', 'Email or password is wrong');
    if (member.status !== 'active') throw new DomainError('forbidden', 'account_suspended', 'This account is suspended');
    if (!member.emailVerifiedAt) {
      throw new DomainError(
        'forbidden',
        'email_not_verified',
        'Verify your email address first (POST /v1/auth/resend-verification sends the link again)',
      );
    }
    if (passwordNeedsRehash(member.passwordHash)) await this.members.update(member.id, { passwordHash: await hashPassword(password) });
    return member;
  }

  /** A reset link for an active member; null otherwise (the caller answers the same either way). */
  async passwordResetFor(email: string): Promise<{ member: Member; token: string } | null> {
    const member = await this.members.findByEmail(normalizeEmail(email));
    if (!member || member.status !== 'active') return null;
    return { member, token: passwordResetToken(member, this.config.auth.linkSecret) };
  }

  /** Sets the new password and ends every session; the link works once. */
  async resetPassword(token: string, password: string): Promise<Member> {
    assertPasswordPolicy(password);
    const claim = readPasswordResetToken(token, this.config.auth.linkSecret);
    const member = claim && (await this.members.findById(claim.memberId));
    if (!claim || !member || passwordFingerprint(member.passwordHash, this.config.auth.linkSecret) !== claim.fingerprint)
      throw invalidLink();
    if (member.status !== 'active') throw new DomainError('forbidden', 'account_suspended', 'This account is suspended');
    await this.setPassword(member.id, password);
    // Following an emailed link proves the address as well as a verification link does.
    if (!member.emailVerifiedAt) await this.members.update(member.id, { emailVerifiedAt: new Date() });
    return member;
  }

  async changePassword(memberId: string, currentPassword: string, newPassword: string): Promise<void> {
    assertPasswordPolicy(newPassword, 'newPassword');
    const member = await this.requireMember(memberId);
    if (!(await verifyPassword(member.passwordHash, currentPassword))) {
      throw new ValidationError([{ field: 'currentPassword', message: 'is wrong' }], 'password_wrong');
    }
    await this.setPassword(memberId, newPassword);
  }

  /** Deletes the member and, through the schema's cascades, everything that belongs to them. */
  async deleteAccount(memberId: string, password: string): Promise<void> {
    const member = await this.requireMember(memberId);
    if (!(await verifyPassword(member.passwordHash, password))) {
      throw new ValidationError([{ field: 'password', message: 'is wrong' }], 'password_wrong');
    }
    await this.members.delete(memberId);
  }

  /** For the admin bootstrap command: a verified admin, or an existing member promoted. */
  async createAdmin(email: string, password: string, promote: boolean): Promise<{ member: Member; created: boolean }> {
    assertPasswordPolicy(password);
    const normalized = normalizeEmail(email);
    const created = await this.members.insertIfNew({
      email: normalized,
      passwordHash: await hashPassword(password),
      role: 'admin',
      emailVerifiedAt: new Date(),
    });
    if (created) return { member: created, created: true };
    const existing = await this.members.findByEmail(normalized);
    if (!existing) throw new Error(`member ${normalized} vanished`);
    if (!promote)
      throw new DomainError('conflict', 'email_taken', `${normalized} already has an account; pass --promote to make it an admin`);
    await this.members.update(existing.id, { role: 'admin', emailVerifiedAt: existing.emailVerifiedAt ?? new Date() });
    return { member: { ...existing, role: 'admin' }, created: false };
  }

  /** For the admin bootstrap command: an existing member becomes an admin, password unchanged. */
  async promoteToAdmin(email: string): Promise<{ member: Member; created: false }> {
    const existing = await this.members.findByEmail(normalizeEmail(email));
    if (!existing) throw new NotFoundError('Member');
    await this.members.update(existing.id, { role: 'admin', emailVerifiedAt: existing.emailVerifiedAt ?? new Date() });
    return { member: { ...existing, role: 'admin' }, created: false };
  }

  private async requireMember(memberId: string): Promise<Member> {
    const member = await this.members.findById(memberId);
    if (!member) throw new NotFoundError('Member');
    return member;
  }

  private async setPassword(memberId: string, password: string): Promise<void> {
    await this.members.update(memberId, { passwordHash: await hashPassword(password) });
    await this.sessions.endAllSessions(memberId);
  }
}
