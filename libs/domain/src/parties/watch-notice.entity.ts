import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Bulletin } from '../bulletins/bulletin.entity';
import { Member } from '../members/member.entity';

/** Why a bulletin reached a member through a party watch: which watch, in which role. */
@Entity({ name: 'watch_notices' })
@Unique('uq_watch_notices_member_bulletin', ['memberId', 'bulletinId'])
// The inbox pages a member's notices newest first.
@Index('ix_watch_notices_member_created', ['memberId', 'createdAt'])
export class WatchNotice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'bulletin_id', type: 'uuid' })
  bulletinId: string;

  @Column({ name: 'watch_id', type: 'uuid' })
  watchId: string;

  /** The role the organisation had in this notice (buyer, agency, winner). */
  @Column({ type: 'varchar', length: 8 })
  role: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @ManyToOne(() => Bulletin, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bulletin_id' })
  bulletin?: Bulletin;
}
