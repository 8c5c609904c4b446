import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Member } from './member.entity';

/** The one pending SMS code of a member: stored as an HMAC, bound to the number it was sent to. */
@Entity({ name: 'phone_codes' })
export class PhoneCode {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @OneToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  /** E.164 number the code went to; a code is void once the member's number changes. */
  @Column({ type: 'varchar', length: 20 })
  phone: string;

  @Column({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
