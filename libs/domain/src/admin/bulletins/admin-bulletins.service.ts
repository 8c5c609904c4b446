import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../shared/domain.errors';
import { AUDIT_ACTIONS, type AuditActor } from '../audit/audit-actions';
import { AuditTrail } from '../audit/audit-trail.service';
import { type AdminBulletinDetail, AdminBulletinsRepository } from './admin-bulletins.repository';

@Injectable()
export class AdminBulletinsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bulletins: AdminBulletinsRepository,
    private readonly audit: AuditTrail,
  ) {}

  async get(id: string): Promise<AdminBulletinDetail> {
    const bulletin = await this.bulletins.find(id);
    if (!bulletin) throw new NotFoundError('Bulletin');
    return bulletin;
  }

  /**
   * The source took the notice back: the worker no longer matches it, and what has not been sent
   * yet is suppressed. Members already told are not told again. Idempotent.
   */
  async withdraw(actor: AuditActor, id: string): Promise<{ withdrawnAt: Date; suppressedNotifications: number }> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.bulletins.lock(em, id);
      if (!before) throw new NotFoundError('Bulletin');
      const withdrawnAt = await this.bulletins.markWithdrawn(em, id);
      const suppressedNotifications = await this.bulletins.suppressUnsent(em, id);
      const after = { withdrawnAt, suppressedNotifications };
      await this.audit.record(
        actor,
        {
          action: AUDIT_ACTIONS.bulletinWithdraw,
          targetType: 'bulletin',
          targetId: id,
          before: { withdrawnAt: before.withdrawnAt },
          after,
        },
        em,
      );
      return after;
    });
  }
}
