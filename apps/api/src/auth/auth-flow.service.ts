import { Injectable } from '@nestjs/common';
import { DomainError, NotFoundError } from '@app/domain';
import { MemberAccountsService, MembersRepository } from '@app/domain/members';
import { AccountEmails } from './account-emails.service';
import type { SessionDto } from './dto/session.dto';
import { SessionService } from './session.service';
import { LoginLockoutService } from './throttling/login-lockout.service';

/** Sign-up, sign-in and password flows: domain rules plus emails, sessions and lockouts. */
@Injectable()
export class AuthFlowService {
  constructor(
    private readonly accounts: MemberAccountsService,
    private readonly members: MembersRepository,
    private readonly sessions: SessionService,
    private readonly emails: AccountEmails,
    private readonly lockout: LoginLockoutService,
  ) {}

  /** Same answer whether or not the email had an account (no enumeration). */
  async register(email: string, password: string): Promise<void> {
    const { member, created } = await this.accounts.register(email, password);
    if (created || !member.emailVerifiedAt) this.emails.sendVerification(member);
    // Someone (likely the owner, who forgot) signed up again: a reset link is the useful answer.
    else await this.emails.sendPasswordReset(member.email);
  }

  async resendVerification(email: string): Promise<void> {
    const member = await this.members.findByEmail(email.trim().toLowerCase());
    if (member && !member.emailVerifiedAt && member.status === 'active') this.emails.sendVerification(member);
  }

  async login(email: string, password: string): Promise<SessionDto> {
    await this.lockout.assertOpen(email);
    try {
      const member = await this.accounts.authenticate(email, password);
      await this.lockout.clear(email);
      return await this.sessions.issue(member);
    } catch (e) {
      if (e instanceof DomainError && e.code === 'invalid_credentials') await this.lockout.recordFailure(email);
      throw e;
    }
  }

  async resetPassword(token: string, password: string): Promise<void> {
    const member = await this.accounts.resetPassword(token, password);
    await this.lockout.clear(member.email);
  }

  /** Every other session ends; the caller gets a fresh one. */
  async changePassword(memberId: string, currentPassword: string, newPassword: string): Promise<SessionDto> {
    await this.accounts.changePassword(memberId, currentPassword, newPassword);
    const member = await this.members.findById(memberId);
    if (!member) throw new NotFoundError('Member');
    return this.sessions.issue(member);
  }
}
