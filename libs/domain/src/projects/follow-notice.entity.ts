import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Bulletin } from '../bulletins/bulletin.entity';
import { Member } from '../members/member.entity';

/**
 * Why a bulletin reached a member without a keyword match: they follow its project. Beside the
 * notification ledger (which stays one row per member, bulletin and channel), it carries the
 * reason and what the notice changed, for the message and the inbox.
 */
@Entity({ name: 'follow_notices' })
@Unique('uq_follow_notices_member_bulletin', ['memberId', 'bulletinId'])
// The inbox pages a member's notices newest first.
@Index('ix_follow_notices_member_created', ['memberId', 'createdAt'])
export class FollowNotice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'bulletin_id', type: 'uuid' })
  bulletinId: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  /** e.g. ["截止时间改为 12月27日 09:30", "中标单位：某某公司", "中标金额：452万元"]. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  changes: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @ManyToOne(() => Bulletin, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bulletin_id' })
  bulletin?: Bulletin;
}
