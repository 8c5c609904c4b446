import { MigrationInterface, QueryRunner } from "typeorm";

/** A tender past its bid deadline is held back unless the subscription asks for it; the ledger row says why. */
export class ExpiredTenders1796432500000 implements MigrationInterface {
    name = 'ExpiredTenders1796432500000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "subscriptions" ADD "include_expired" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "only_before_deadline" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "held_reason" character varying(32)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "held_reason"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "only_before_deadline"`);
        await queryRunner.query(`ALTER TABLE "subscriptions" DROP COLUMN "include_expired"`);
    }

}
