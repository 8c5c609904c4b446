import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Projects: the notices of one procurement linked together at ingest (bulletins.project_id), the
 * keys they were linked under, and the project's summary (stage, deadline, budget, winners).
 */
export class Projects1796430462144 implements MigrationInterface {
    name = 'Projects1796430462144'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(64) NOT NULL, "name" text NOT NULL, "buyer" character varying(500), "project_code" character varying(200), "category" character varying(16) NOT NULL, "stage" character varying(32), "deadline_at" TIMESTAMP WITH TIME ZONE, "budget_yuan" numeric(18,2), "winners" text array NOT NULL DEFAULT '{}', "award_yuan" numeric(18,2), "notice_count" integer NOT NULL DEFAULT '0', "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "merged_into" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_projects_key" ON "projects"  ("key") `);
        await queryRunner.query(`CREATE INDEX "ix_projects_last_seen" ON "projects"  ("last_seen_at") `);
        await queryRunner.query(`CREATE TABLE "project_link_keys" ("key" character varying(600) NOT NULL, "project_id" uuid NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fdbafcada20ef2e9341899b2a47" PRIMARY KEY ("key"))`);
        await queryRunner.query(`CREATE INDEX "ix_project_link_keys_project" ON "project_link_keys"  ("project_id") `);
        await queryRunner.query(`ALTER TABLE "bulletins" ADD "project_id" uuid`);
        await queryRunner.query(`CREATE INDEX "ix_bulletins_project" ON "bulletins"  ("project_id") `);
        await queryRunner.query(`ALTER TABLE "project_link_keys" ADD CONSTRAINT "FK_9f6a73c74871053a9594750f1c3" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "project_link_keys" DROP CONSTRAINT "FK_9f6a73c74871053a9594750f1c3"`);
        await queryRunner.query(`DROP INDEX "public"."ix_bulletins_project"`);
        await queryRunner.query(`ALTER TABLE "bulletins" DROP COLUMN "project_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_project_link_keys_project"`);
        await queryRunner.query(`DROP TABLE "project_link_keys"`);
        await queryRunner.query(`DROP INDEX "public"."ix_projects_last_seen"`);
        await queryRunner.query(`DROP INDEX "public"."uq_projects_key"`);
        await queryRunner.query(`DROP TABLE "projects"`);
    }

}
