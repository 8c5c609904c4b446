import { MigrationInterface, QueryRunner } from "typeorm";

export class MatchHitDetails1796428286741 implements MigrationInterface {
    name = 'MatchHitDetails1796428286741'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "matches" ADD "hit_details" jsonb NOT NULL DEFAULT '[]'`);
        await queryRunner.query(`ALTER TABLE "matches" ADD "score" smallint`);
        await queryRunner.query(`ALTER TABLE "matches" ADD CONSTRAINT "ck_matches_score" CHECK (score BETWEEN 0 AND 100)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "ck_matches_score"`);
        await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "score"`);
        await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "hit_details"`);
    }

}
