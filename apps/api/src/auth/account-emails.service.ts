import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Member } from '@app/domain';
import { MemberAccountsService } from '@app/domain/members';
import { AccountNotifier } from '@app/notify';

/** Emails with signed links: verification and password reset. */
@Injectable()
export class AccountEmails {
  private readonly logger = new Logger(AccountEmails.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: MemberAccountsService,
    private readonly notifier: AccountNotifier,
  ) {}

  sendVerification(member: Pick<Member, 'id' | 'email'>): void {
    const link = `${this.config.http.publicUrl}/v1/auth/verify-email?token=${encodeURIComponent(this.accounts.verificationToken(member))}`;
    this.inBackground('verify-email', member.id, () => this.notifier.verifyEmail(member.email, link));
  }

  /** Sends a reset link when the email belongs to an active member; silent otherwise. */
  async sendPasswordReset(email: string): Promise<void> {
    const reset = await this.accounts.passwordResetFor(email);
    if (!reset) return;
    const link = `${this.config.http.publicUrl}/v1/auth/reset-password?token=${encodeURIComponent(reset.token)}`;
    this.inBackground('password-reset', reset.member.id, () => this.notifier.passwordReset(reset.member.email, link));
  }

  // The answer goes out before the mail does, so response times do not tell whether an address
  // has an account. A lost email is logged; the member can ask again (resend / forgot password).
  private inBackground(kind: string, memberId: string, send: () => Promise<void>): void {
    send().catch((err: unknown) => this.logger.error({ err, kind, memberId }, 'account email not sent'));
  }
}
