import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DomainError, NotFoundError, RateLimitedError, ValidationError } from '../shared/domain.errors';
import { MembersRepository } from './members.repository';
import { PhoneCodesRepository } from './phone-codes.repository';

export const PHONE_CODE_TTL_SECONDS = 600;
export const PHONE_CODE_MAX_ATTEMPTS = 5;
export const PHONE_CODE_RESEND_SECONDS = 60;

/** Binding a phone number: a 6-digit SMS code, stored as an HMAC, 10 minutes, 5 attempts. */
@Injectable()
export class PhoneVerificationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly members: MembersRepository,
    private readonly codes: PhoneCodesRepository,
  ) {}

  /** A fresh code for the member's current number; the caller sends it by SMS. */
  async issueCode(memberId: string): Promise<{ phone: string; code: string }> {
    const member = await this.members.findById(memberId);
    if (!member) throw new NotFoundError('Member');
    if (!member.phone) throw new ValidationError([{ field: 'phone', message: 'set a phone number first (PATCH /v1/me)' }], 'phone_missing');
    if (member.phoneVerifiedAt) throw new DomainError('conflict', 'phone_already_verified', 'This phone number is already verified');
    const previous = await this.codes.find(memberId);
    const waitSeconds =
      previous && previous.phone === member.phone
        ? Math.ceil(PHONE_CODE_RESEND_SECONDS - (Date.now() - previous.sentAt.getTime()) / 1000)
        : 0;
    if (waitSeconds > 0) throw new RateLimitedError('code_cooldown', `Wait ${waitSeconds} s before asking for another code`, waitSeconds);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const now = Date.now();
    await this.codes.replace({
      memberId,
      phone: member.phone,
      codeHash: this.hash(memberId, member.phone, code),
      expiresAt: new Date(now + PHONE_CODE_TTL_SECONDS * 1000),
      attempts: 0,
      sentAt: new Date(now),
    });
    return { phone: member.phone, code };
  }

  async verifyCode(memberId: string, code: string): Promise<void> {
    const member = await this.members.findById(memberId);
    if (!member) throw new NotFoundError('Member');
    const pending = await this.codes.spendAttempt(memberId, PHONE_CODE_MAX_ATTEMPTS);
    if (!pending || pending.phone !== member.phone) {
      throw new ValidationError([{ field: 'code', message: 'no valid code: ask for a new one' }], 'code_expired');
    }
    const expected = Buffer.from(pending.codeHash, 'hex');
    const given = Buffer.from(this.hash(memberId, pending.phone, code), 'hex');
    if (!timingSafeEqual(expected, given)) {
      const left = PHONE_CODE_MAX_ATTEMPTS - pending.attempts;
      throw new ValidationError(
        [{ field: 'code', message: left > 0 ? `is wrong (${left} attempts left)` : 'is wrong; ask for a new code' }],
        'code_wrong',
      );
    }
    await this.codes.delete(memberId);
    if (!(await this.members.markPhoneVerified(memberId, pending.phone))) {
      throw new ValidationError([{ field: 'code', message: 'the phone number changed meanwhile; ask for a new code' }], 'code_expired');
    }
  }

  /** Voids a pending code (the member changed their number). */
  discard(memberId: string): Promise<void> {
    return this.codes.delete(memberId);
  }

  private hash(memberId: string, phone: string, code: string): string {
    return createHmac('sha256', this.config.auth.linkSecret).update(`phone-code:${memberId}:${phone}:${code}`).digest('hex');
  }
}
