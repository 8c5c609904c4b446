import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bulletin writes one notification per member it reaches, and each index led by the member put
 * that row's entry on a page of its own: three such indexes (the unique key and two pending
 * indexes) read and dirtied about three pages per row once the ledger outgrew the buffer cache.
 * - The unique key leads with the bulletin, so one bulletin's rows share pages; it also serves
 *   what is asked by bulletin (admin counts, withdrawal, the cascade from a deleted bulletin), which
 *   had no index at all.
 * - The two pending indexes become one led by frequency: the instant sweep and the digest planner
 *   each read only their own frequencies, and a delivery's assignment names all three columns.
 * - Suppressed rows, the only ones a member's pages ask for by member without a delivery, get a
 *   small index of their own; the rest are reached through the member's deliveries.
 */
export class NotificationsKeyedByBulletin1796509200000 implements MigrationInterface {
  name = 'NotificationsKeyedByBulletin1796509200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "uq_notifications_member_bulletin_channel"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "uq_notifications_bulletin_member_channel" UNIQUE ("bulletin_id", "member_id", "channel", "bulletin_month")`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_pending"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_pending_instant"`);
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_pending" ON "notifications" ("frequency", "member_id", "channel", "created_at") WHERE status = 'pending'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_notifications_suppressed" ON "notifications" ("member_id") WHERE status = 'suppressed'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_suppressed"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_pending"`);
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_pending_instant" ON "notifications" ("member_id", "channel", "created_at") WHERE status = 'pending' AND frequency = 'instant'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_notifications_pending" ON "notifications" ("member_id", "channel", "frequency") WHERE status = 'pending'`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "uq_notifications_bulletin_member_channel"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "uq_notifications_member_bulletin_channel" UNIQUE ("member_id", "bulletin_id", "channel", "bulletin_month")`,
    );
  }
}
