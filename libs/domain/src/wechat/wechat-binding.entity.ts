import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Member } from '../members/member.entity';

/** A member's WeChat account as the 服务号 knows it (its openid), bound through OAuth. */
@Entity({ name: 'wechat_bindings' })
export class WechatBinding {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  openid: string;

  @CreateDateColumn({ name: 'bound_at', type: 'timestamptz' })
  boundAt: Date;

  @OneToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;
}
