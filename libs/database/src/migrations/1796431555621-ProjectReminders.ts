import { MigrationInterface, QueryRunner } from "typeorm";

/** Deadline reminders sent to followers: unique per member, project, deadline, offset and channel. */
export class ProjectReminders1796431555621 implements MigrationInterface {
    name = 'ProjectReminders1796431555621'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "project_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "project_id" uuid NOT NULL, "deadline_at" TIMESTAMP WITH TIME ZONE NOT NULL, "offset_hours" integer NOT NULL, "channel" character varying(8) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_project_reminders" UNIQUE ("member_id", "project_id", "deadline_at", "offset_hours", "channel"), CONSTRAINT "PK_e81473eaad0fd57b0055a3621ad" PRIMARY KEY ("id"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "project_reminders"`);
    }

}
