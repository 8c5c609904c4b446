import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Channel } from '../subscriptions/subscription.entity';
import type { DeliveryKind, DeliveryStatus } from './delivery.entity';

export interface MemberDelivery {
  id: string;
  channel: Channel;
  kind: DeliveryKind;
  status: DeliveryStatus;
  subject: string | null;
  bulletins: number;
  createdAt: Date;
  sentAt: Date | null;
}

/** A member's own delivery history (always scoped to the member). */
@Injectable()
export class MemberDeliveriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listForMember(memberId: string, limit: number): Promise<MemberDelivery[]> {
    return this.dataSource.query(
      `SELECT d.id, d.channel, d.kind, d.status, d.subject, d.created_at AS "createdAt", d.sent_at AS "sentAt",
              (SELECT count(*)::int FROM notifications n WHERE n.delivery_id = d.id) AS bulletins
         FROM deliveries d WHERE d.member_id = $1
        ORDER BY d.created_at DESC LIMIT $2`,
      [memberId, limit],
    );
  }
}
