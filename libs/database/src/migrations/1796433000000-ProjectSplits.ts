import { MigrationInterface, QueryRunner } from "typeorm";

/** Projects an admin split apart: linking does not join them again. */
export class ProjectSplits1796433000000 implements MigrationInterface {
    name = 'ProjectSplits1796433000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "project_splits" ("project_id" uuid NOT NULL, "split_from" uuid NOT NULL, "shared_keys" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_project_splits" PRIMARY KEY ("project_id", "split_from"))`);
        await queryRunner.query(`CREATE INDEX "ix_project_splits_split_from" ON "project_splits" ("split_from") `);
        await queryRunner.query(`ALTER TABLE "project_splits" ADD CONSTRAINT "FK_514a1ebdc34898d9184897f501f" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project_splits" ADD CONSTRAINT "FK_7a7708e5684fe15dfdc4f2982b5" FOREIGN KEY ("split_from") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "project_splits" DROP CONSTRAINT "FK_7a7708e5684fe15dfdc4f2982b5"`);
        await queryRunner.query(`ALTER TABLE "project_splits" DROP CONSTRAINT "FK_514a1ebdc34898d9184897f501f"`);
        await queryRunner.query(`DROP INDEX "public"."ix_project_splits_split_from"`);
        await queryRunner.query(`DROP TABLE "project_splits"`);
    }

}
