import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Following projects: who follows which project (channels, reminder offsets), and follow_notices,
 * the reason a notice reached a follower without a keyword match and what it changed.
 */
export class ProjectFollows1796430952431 implements MigrationInterface {
    name = 'ProjectFollows1796430952431'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "follow_notices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "bulletin_id" uuid NOT NULL, "project_id" uuid NOT NULL, "changes" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_follow_notices_member_bulletin" UNIQUE ("member_id", "bulletin_id"), CONSTRAINT "PK_f15bb5bafdfa74945bce01c37e9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "project_follows" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "project_id" uuid NOT NULL, "channels" text array NOT NULL DEFAULT '{email}', "reminder_offsets_hours" integer array NOT NULL DEFAULT '{72,24}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_project_follows_member_project" UNIQUE ("member_id", "project_id"), CONSTRAINT "ck_project_follows_channels" CHECK (channels <@ ARRAY['email','sms']::text[] AND cardinality(channels) > 0), CONSTRAINT "PK_a560091ddcfaa018cc421b5053d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_project_follows_project" ON "project_follows"  ("project_id") `);
        await queryRunner.query(`ALTER TABLE "follow_notices" ADD CONSTRAINT "FK_780b3b22f3a55af905964d93130" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "follow_notices" ADD CONSTRAINT "FK_84b6a4adfaf92ef258390d9f79e" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project_follows" ADD CONSTRAINT "FK_d4791bb6fa55d05e2b5695692fb" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project_follows" ADD CONSTRAINT "FK_1afff7508dd78b5581137fb1350" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "project_follows" DROP CONSTRAINT "FK_1afff7508dd78b5581137fb1350"`);
        await queryRunner.query(`ALTER TABLE "project_follows" DROP CONSTRAINT "FK_d4791bb6fa55d05e2b5695692fb"`);
        await queryRunner.query(`ALTER TABLE "follow_notices" DROP CONSTRAINT "FK_84b6a4adfaf92ef258390d9f79e"`);
        await queryRunner.query(`ALTER TABLE "follow_notices" DROP CONSTRAINT "FK_780b3b22f3a55af905964d93130"`);
        await queryRunner.query(`DROP INDEX "public"."ix_project_follows_project"`);
        await queryRunner.query(`DROP TABLE "project_follows"`);
        await queryRunner.query(`DROP TABLE "follow_notices"`);
    }

}
