import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The sweep asks, every few seconds, which members have instant notifications waiting without an
 * open window. With only the general pending index it walked every pending digest notification
 * too (hundreds of thousands at 100k subscriptions) and probed deliveries through the due-date
 * index: one sweep took minutes of database CPU. Both halves of the question get an index of
 * their own, each holding only the rows the question is about.
 */
export class LedgerSweepIndexes1796506069343 implements MigrationInterface {
    name = 'LedgerSweepIndexes1796506069343'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "ix_deliveries_open_instant" ON "deliveries"  ("member_id", "channel") WHERE kind = 'instant' AND status IN ('pending','sending','held')`);
        await queryRunner.query(`CREATE INDEX "ix_notifications_pending_instant" ON "notifications"  ("member_id", "channel", "created_at") WHERE status = 'pending' AND frequency = 'instant'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_notifications_pending_instant"`);
        await queryRunner.query(`DROP INDEX "public"."ix_deliveries_open_instant"`);
    }

}
