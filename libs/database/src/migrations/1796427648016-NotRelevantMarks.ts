import { MigrationInterface, QueryRunner } from "typeorm";

export class NotRelevantMarks1796427648016 implements MigrationInterface {
    name = 'NotRelevantMarks1796427648016'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "not_relevant_marks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "subscription_id" uuid NOT NULL, "bulletin_id" uuid NOT NULL, "match_id" uuid NOT NULL, "terms" text array NOT NULL DEFAULT '{}', "reason" character varying(200), "source" character varying(8) NOT NULL DEFAULT 'app', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_not_relevant_member_subscription_bulletin" UNIQUE ("member_id", "subscription_id", "bulletin_id"), CONSTRAINT "ck_not_relevant_source" CHECK (source IN ('app','email')), CONSTRAINT "PK_8cbd897ef14b0574e9a0830192d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_not_relevant_subscription" ON "not_relevant_marks"  ("subscription_id") `);
        await queryRunner.query(`CREATE INDEX "ix_not_relevant_match" ON "not_relevant_marks"  ("match_id") `);
        await queryRunner.query(`CREATE INDEX "ix_not_relevant_created" ON "not_relevant_marks"  ("created_at") `);
        await queryRunner.query(`ALTER TABLE "not_relevant_marks" ADD CONSTRAINT "FK_e56e38d97edc15d553a26bfa90f" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "not_relevant_marks" ADD CONSTRAINT "FK_ce69744425a55a6da8221b8faf4" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "not_relevant_marks" ADD CONSTRAINT "FK_7773dd0e74fc0918135397393e9" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "not_relevant_marks" ADD CONSTRAINT "FK_d0d162e364b6383fc787cdbe8aa" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "not_relevant_marks" DROP CONSTRAINT "FK_d0d162e364b6383fc787cdbe8aa"`);
        await queryRunner.query(`ALTER TABLE "not_relevant_marks" DROP CONSTRAINT "FK_7773dd0e74fc0918135397393e9"`);
        await queryRunner.query(`ALTER TABLE "not_relevant_marks" DROP CONSTRAINT "FK_ce69744425a55a6da8221b8faf4"`);
        await queryRunner.query(`ALTER TABLE "not_relevant_marks" DROP CONSTRAINT "FK_e56e38d97edc15d553a26bfa90f"`);
        await queryRunner.query(`DROP INDEX "public"."ix_not_relevant_created"`);
        await queryRunner.query(`DROP INDEX "public"."ix_not_relevant_match"`);
        await queryRunner.query(`DROP INDEX "public"."ix_not_relevant_subscription"`);
        await queryRunner.query(`DROP TABLE "not_relevant_marks"`);
    }

}
