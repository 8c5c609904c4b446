import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications are written without a delivery (about 150 rows per bulletin at 100k
 * subscriptions) and get one only when a sender takes them; suppressed ones never do. Indexing
 * the NULLs cost an index entry per row for nothing: every lookup is by a delivery's id.
 */
export class NotificationsDeliveryIndexPartial1796507000000 implements MigrationInterface {
  name = 'NotificationsDeliveryIndexPartial1796507000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_delivery"`);
    await queryRunner.query(`CREATE INDEX "ix_notifications_delivery" ON "notifications" ("delivery_id") WHERE delivery_id IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_delivery"`);
    await queryRunner.query(`CREATE INDEX "ix_notifications_delivery" ON "notifications" ("delivery_id") `);
  }
}
