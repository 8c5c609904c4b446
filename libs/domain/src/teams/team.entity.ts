import { Column, CreateDateColumn, Entity, Index, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Member } from '../members/member.entity';

/**
 * A named group of members set up by an admin, whose matches go to the team's own webhook or chat
 * robot (an endpoint with `team_id`). `subscriptionIds` narrows it to chosen subscriptions of the
 * members; empty means every match of every member.
 */
@Entity({ name: 'teams' })
export class Team {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_teams_name', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'subscription_ids', type: 'uuid', array: true, default: () => "'{}'" })
  subscriptionIds: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToMany(() => Member, { onDelete: 'CASCADE' })
  @JoinTable({
    name: 'team_members',
    joinColumn: { name: 'team_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'member_id', referencedColumnName: 'id' },
  })
  members?: Member[];
}
