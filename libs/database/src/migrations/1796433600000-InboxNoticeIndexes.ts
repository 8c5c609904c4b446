import { MigrationInterface, QueryRunner } from "typeorm";

/** The inbox pages a member's follow and watch notices newest first, beside their matches. */
export class InboxNoticeIndexes1796433600000 implements MigrationInterface {
    name = 'InboxNoticeIndexes1796433600000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "ix_follow_notices_member_created" ON "follow_notices" ("member_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "ix_watch_notices_member_created" ON "watch_notices" ("member_id", "created_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_watch_notices_member_created"`);
        await queryRunner.query(`DROP INDEX "public"."ix_follow_notices_member_created"`);
    }

}
