import { MigrationInterface, QueryRunner } from "typeorm";

export class BulletinIngest1795738787519 implements MigrationInterface {
    name = 'BulletinIngest1795738787519'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "bulletins" ADD "project_key" character varying(64)`);
        await queryRunner.query(`ALTER TABLE "bulletins" ADD "content_hash" character varying(64) NOT NULL`);
        await queryRunner.query(`ALTER TABLE "bulletins" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "bulletins" ADD "matched_shards" smallint array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`CREATE INDEX "ix_bulletins_project_key" ON "bulletins"  ("project_key") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_bulletins_project_key"`);
        await queryRunner.query(`ALTER TABLE "bulletins" DROP COLUMN "matched_shards"`);
        await queryRunner.query(`ALTER TABLE "bulletins" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "bulletins" DROP COLUMN "content_hash"`);
        await queryRunner.query(`ALTER TABLE "bulletins" DROP COLUMN "project_key"`);
    }

}
