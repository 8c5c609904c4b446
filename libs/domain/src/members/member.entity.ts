import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type MemberRole = 'member' | 'admin';
export type MemberPlan = 'free' | 'pro';
export type MemberStatus = 'active' | 'suspended';

@Entity({ name: 'members' })
@Check('ck_members_role', `role IN ('member','admin')`)
@Check('ck_members_plan', `plan IN ('free','pro')`)
@Check('ck_members_status', `status IN ('active','suspended')`)
@Check('ck_members_digest_hour', `digest_hour BETWEEN 0 AND 23`)
@Check('ck_members_digest_weekday', `digest_weekday BETWEEN 0 AND 6`)
export class Member {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased, so the unique index is case-insensitive. */
  @Index('uq_members_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 16, default: 'member' })
  role: MemberRole;

  @Column({ type: 'varchar', length: 16, default: 'free' })
  plan: MemberPlan;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: MemberStatus;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ name: 'display_name', type: 'varchar', length: 100, nullable: true })
  displayName: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  company: string | null;

  /** E.164, e.g. +8613800138000. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ name: 'phone_verified_at', type: 'timestamptz', nullable: true })
  phoneVerifiedAt: Date | null;

  @Column({ type: 'varchar', length: 64, default: 'Asia/Shanghai' })
  timezone: string;

  @Column({ name: 'digest_hour', type: 'smallint', default: 8 })
  digestHour: number;

  /** 0 = Sunday … 6 = Saturday, for weekly digests. */
  @Column({ name: 'digest_weekday', type: 'smallint', default: 1 })
  digestWeekday: number;

  /** SMS quiet hours as HH:MM in the member's timezone. */
  @Column({ name: 'quiet_start', type: 'varchar', length: 5, default: '22:00' })
  quietStart: string;

  @Column({ name: 'quiet_end', type: 'varchar', length: 5, default: '08:00' })
  quietEnd: string;

  @Column({ name: 'email_enabled', type: 'boolean', default: true })
  emailEnabled: boolean;

  @Column({ name: 'sms_enabled', type: 'boolean', default: false })
  smsEnabled: boolean;

  /** When the member agreed to receive alerts (needed before any SMS). */
  @Column({ name: 'consent_at', type: 'timestamptz', nullable: true })
  consentAt: Date | null;

  /** Bumped when credentials change or all sessions end: access tokens of older versions stop working. */
  @Column({ name: 'token_version', type: 'int', default: 0 })
  tokenVersion: number;

  /** Set on a permanent SMTP failure: no more email until the address changes. */
  @Column({ name: 'email_bounced_at', type: 'timestamptz', nullable: true })
  emailBouncedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
