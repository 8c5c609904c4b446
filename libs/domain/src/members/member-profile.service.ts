import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError } from '../shared/domain.errors';
import { Member } from './member.entity';
import { MembersRepository } from './members.repository';
import { toE164 } from './phone-number';
import { PhoneVerificationService } from './phone-verification.service';
import { CLOCK_TIME, isValidTimeZone } from './time-zone';

/** What a member may change about themselves; role, plan, status and email are not here. */
export interface ProfileChanges {
  displayName?: string | null;
  company?: string | null;
  /** Any common form; stored as E.164. Null removes the number. */
  phone?: string | null;
  timezone?: string;
  digestHour?: number;
  digestWeekday?: number;
  quietStart?: string;
  quietEnd?: string;
  emailEnabled?: boolean;
  smsEnabled?: boolean;
  /** true records the time of consent (once); false withdraws it and turns SMS off. */
  consentToAlerts?: boolean;
}

type FieldError = { field: string; message: string };

const blankToNull = (v: string | null | undefined) => (v == null || v.trim() === '' ? null : v.trim());

@Injectable()
export class MemberProfileService {
  constructor(
    private readonly members: MembersRepository,
    private readonly phoneVerification: PhoneVerificationService,
  ) {}

  async get(memberId: string): Promise<Member> {
    const member = await this.members.findById(memberId);
    if (!member) throw new NotFoundError('Member');
    return member;
  }

  async update(memberId: string, changes: ProfileChanges): Promise<Member> {
    const member = await this.get(memberId);
    const errors: FieldError[] = [];
    const next: Partial<Member> = {};
    if (changes.displayName !== undefined) next.displayName = blankToNull(changes.displayName);
    if (changes.company !== undefined) next.company = blankToNull(changes.company);
    if (changes.phone !== undefined) this.applyPhone(member, changes.phone, next, errors);
    if (changes.timezone !== undefined) {
      if (isValidTimeZone(changes.timezone)) next.timezone = changes.timezone;
      else errors.push({ field: 'timezone', message: 'must be an IANA time zone such as Asia/Shanghai' });
    }
    this.applyNumber('digestHour', changes.digestHour, 0, 23, next, errors);
    this.applyNumber('digestWeekday', changes.digestWeekday, 0, 6, next, errors);
    for (const field of ['quietStart', 'quietEnd'] as const) {
      const value = changes[field];
      if (value === undefined) continue;
      if (CLOCK_TIME.test(value)) next[field] = value;
      else errors.push({ field, message: 'must be HH:MM (00:00 to 23:59)' });
    }
    if (changes.emailEnabled !== undefined) next.emailEnabled = changes.emailEnabled;
    if (changes.consentToAlerts === true) next.consentAt = member.consentAt ?? new Date();
    if (changes.consentToAlerts === false) Object.assign(next, { consentAt: null, smsEnabled: false });
    if (changes.smsEnabled !== undefined) this.applySms(member, changes, next, errors);
    if (errors.length) throw new ValidationError(errors);
    if (next.phone !== undefined && next.phone !== member.phone) await this.phoneVerification.discard(memberId);
    if (Object.keys(next).length) await this.members.update(memberId, next);
    return this.get(memberId);
  }

  private applyPhone(member: Member, input: string | null, next: Partial<Member>, errors: FieldError[]): void {
    const phone = blankToNull(input) === null ? null : toE164(input!);
    if (phone === null && blankToNull(input) !== null) {
      errors.push({ field: 'phone', message: 'must be a valid phone number, e.g. 13800138000 or +8613800138000' });
      return;
    }
    if (phone === member.phone) return;
    // A new number has to be verified again before any SMS goes to it.
    Object.assign(next, { phone, phoneVerifiedAt: null, smsEnabled: false });
  }

  private applyNumber(
    field: 'digestHour' | 'digestWeekday',
    value: number | undefined,
    min: number,
    max: number,
    next: Partial<Member>,
    errors: FieldError[],
  ): void {
    if (value === undefined) return;
    if (Number.isInteger(value) && value >= min && value <= max) next[field] = value;
    else errors.push({ field, message: `must be an integer from ${min} to ${max}` });
  }

  private applySms(member: Member, changes: ProfileChanges, next: Partial<Member>, errors: FieldError[]): void {
    if (!changes.smsEnabled) {
      next.smsEnabled = false;
      return;
    }
    const phoneVerified = next.phoneVerifiedAt !== undefined ? next.phoneVerifiedAt : member.phoneVerifiedAt;
    const consent = next.consentAt !== undefined ? next.consentAt : member.consentAt;
    if (phoneVerified && consent) next.smsEnabled = true;
    else errors.push({ field: 'smsEnabled', message: 'needs a verified phone number and consent to alerts first' });
  }
}
