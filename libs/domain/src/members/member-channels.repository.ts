import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface SmsRecipient {
  phone: string | null;
  phone_verified_at: Date | null;
  consent_at: Date | null;
  sms_enabled: boolean;
  timezone: string;
  quiet_start: string;
  quiet_end: string;
}

/** What senders read and write about a member's channels. */
@Injectable()
export class MemberChannelsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A 5xx bounce: the address gets no more notifications until the member fixes it. */
  async markEmailBounced(memberId: string): Promise<void> {
    await this.dataSource.query(`UPDATE members SET email_bounced_at = now() WHERE id = $1`, [memberId]);
  }

  async smsRecipient(memberId: string): Promise<SmsRecipient | null> {
    const [m]: SmsRecipient[] = await this.dataSource.query(
      `SELECT phone, phone_verified_at, consent_at, sms_enabled, timezone, quiet_start, quiet_end FROM members WHERE id = $1`,
      [memberId],
    );
    return m ?? null;
  }
}
